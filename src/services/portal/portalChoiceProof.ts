/**
 * Who may make a portal choice is decided where the app can tell: the create panel's resolver
 * runs as the customer, and Jira shows a person their own e-mail address, so it knows they are a
 * contact of the customer even when the contract names them by address only. When the choice is
 * applied later, as the app, Jira usually hides the reporter's address (profile visibility), so
 * the resolver's finding travels with the choice as an HMAC-SHA256 of the account id and the
 * customer under a key only the app holds: a customer cannot make one for another account or
 * another customer.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const message = (accountId: string, customer: string) =>
  `slm-portal-request/1\n${accountId}\n${customer}`;

/** The proof that `accountId` is a contact of `customer`, as hex. */
export function portalChoiceProof(key: string, accountId: string, customer: string): string {
  return createHmac('sha256', key).update(message(accountId, customer)).digest('hex');
}

/** Whether `proof` is the app's proof that `accountId` is a contact of `customer`. */
export function isPortalChoiceProof(
  key: string,
  accountId: string,
  customer: string,
  proof: unknown,
): boolean {
  if (typeof proof !== 'string' || !/^[0-9a-f]{64}$/.test(proof)) return false;
  const expected = Buffer.from(portalChoiceProof(key, accountId, customer), 'hex');
  return timingSafeEqual(expected, Buffer.from(proof, 'hex'));
}
