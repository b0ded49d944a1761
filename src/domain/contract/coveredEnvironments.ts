import type { Agreement, Customer, Environment } from './types';

/**
 * The customer's environments an agreement covers, in the customer's order: those it lists,
 * or when it lists none, every one running its product (as `resolveAgreement` reads it). A
 * listed environment always runs the agreement's product in a valid contract; the product check
 * keeps it so for a draft.
 */
export function coveredEnvironments(
  customer: Customer,
  agreement: Pick<Agreement, 'environments' | 'product'>,
): Environment[] {
  const listed = agreement.environments;
  return customer.environments.filter(
    (e) => e.product === agreement.product && (!listed || listed.includes(e.id)),
  );
}
