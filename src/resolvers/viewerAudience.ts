import type { Contract } from '../domain/contract';
import { contactMatcher } from '../domain/contract/customerContacts';
import type { JiraUser } from '../jira/types';

/**
 * Who is looking at a screen: the service organisation's staff (`agent`), who see internal
 * goals, or a `customer`, who sees only the goals promised to them.
 */
export type Audience = 'agent' | 'customer';

/**
 * The viewer's audience, decided as the app decides whose comment is the customer's
 * (`issueSnapshot`): a Jira Service Management portal customer (`accountType: "customer"` in
 * `GET /myself`: "Jira Service Desk account representing an external service desk") or a
 * contact of one of the contract's customers is a customer. Only a regular Atlassian account
 * (`atlassian`) that is no customer's contact is staff, so an unknown kind of account sees the
 * customer's view.
 */
export function audienceOf(viewer: JiraUser, contract: Contract | undefined): Audience {
  if (viewer.accountType !== 'atlassian') return 'customer';
  const isContact = (contract?.customers ?? []).some((customer) =>
    contactMatcher(customer)(viewer),
  );
  return isContact ? 'customer' : 'agent';
}

/** The contract's customers the viewer may hear of: all for staff, their own for a customer. */
export function customersShownTo(
  viewer: JiraUser,
  audience: Audience,
  contract: Contract | undefined,
): Contract['customers'] {
  const customers = contract?.customers ?? [];
  return audience === 'agent'
    ? customers
    : customers.filter((customer) => contactMatcher(customer)(viewer));
}
