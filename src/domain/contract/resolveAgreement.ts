import { isValidAt } from './agreementValidity';
import type { CompiledAgreement, CompiledObligation, ContractModel } from './compileContract';

/** The issue fields that decide which agreement applies. */
export interface AgreementKey {
  readonly customer?: string | null;
  readonly environment?: string | null;
  readonly product?: string | null;
  readonly issueType: string;
  /** When the issue was created (epoch ms): the agreement must be valid then. */
  readonly created: number;
}

export type AgreementResolution =
  | {
      readonly agreement: CompiledAgreement;
      /** The obligations that list the issue type, in the agreement's order. */
      readonly obligations: readonly CompiledObligation[];
    }
  | { readonly agreement: null; readonly reason: string };

/**
 * Which agreement applies to an issue. An agreement matches when it is the issue's customer's,
 * covers the issue's product, covers its environment, was valid when the issue was created
 * (`validFrom` ≤ created < `validTo`) and has an obligation for its issue type.
 *
 * Precedence: an agreement that lists the environment wins over one that covers every
 * environment of the customer. Two matches at the same level cannot happen: validation refuses
 * overlapping agreements. When none matches, `reason` says which condition failed first.
 */
export function resolveAgreement(model: ContractModel, key: AgreementKey): AgreementResolution {
  if (!key.customer) return { agreement: null, reason: 'the issue has no customer' };
  const own = model.agreements.filter((a) => a.agreement.customer === key.customer);
  if (own.length === 0) {
    return { agreement: null, reason: `customer "${key.customer}" has no SLA agreement` };
  }
  const forProduct = own.filter((a) => a.agreement.product === key.product);
  if (forProduct.length === 0) {
    return {
      agreement: null,
      reason: key.product
        ? `no agreement of customer "${key.customer}" covers product "${key.product}"`
        : 'the issue has no product',
    };
  }
  const covering = forProduct.filter(
    (a) => !a.agreement.environments || a.agreement.environments.includes(key.environment ?? ''),
  );
  if (covering.length === 0) {
    return {
      agreement: null,
      reason: key.environment
        ? `no agreement of customer "${key.customer}" covers environment "${key.environment}"`
        : 'the issue has no environment',
    };
  }
  const valid = covering.filter((a) => isValidAt(a.validity, key.created));
  if (valid.length === 0) {
    return {
      agreement: null,
      reason: `no agreement for "${key.customer}" was valid on ${new Date(key.created).toISOString().slice(0, 10)}, when the issue was created`,
    };
  }
  const matches = valid
    .map((agreement) => ({
      agreement,
      obligations: agreement.obligations.filter((o) =>
        o.obligation.issueTypes.includes(key.issueType),
      ),
    }))
    .filter((match) => match.obligations.length > 0);
  if (matches.length === 0) {
    return {
      agreement: null,
      reason: `no agreement for "${key.customer}" has an obligation for issue type "${key.issueType}"`,
    };
  }
  return matches.find((m) => m.agreement.agreement.environments) ?? matches[0]!;
}
