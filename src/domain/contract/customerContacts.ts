import type { Customer } from './types';

/** A person as Jira describes them, as far as telling a customer's contact needs. */
export interface Person {
  readonly accountId: string;
  /** Present only when the person's profile shows it (Atlassian profile visibility). */
  readonly emailAddress?: string | null;
}

/**
 * Whether a person is one of the customer's contacts: by account id, or by e-mail address for
 * contacts the contract names by address only, when the person's profile shows it.
 *
 * @example contactMatcher(schultz)({ accountId: 'cust-mette-schultz' }) // true
 */
export function contactMatcher(customer: Customer | undefined): (person: Person) => boolean {
  const contacts = customer?.contacts ?? [];
  const accountIds = new Set(contacts.flatMap((c) => (c.accountId ? [c.accountId] : [])));
  const emails = new Set(contacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])));
  return (person) =>
    accountIds.has(person.accountId) ||
    (typeof person.emailAddress === 'string' && emails.has(person.emailAddress.toLowerCase()));
}
