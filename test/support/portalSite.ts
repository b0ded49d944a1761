/**
 * The demo site seen from the customer portal, for the portal resolvers' tests: calls
 * `portal-resolver` functions the way Forge does for a portal module (the account type, and the
 * request of a request-detail page in `call.portal`), as the given person.
 */
import { appResolvers } from '../../src/handlers';
import type { PortalAccountType, ResolverCall } from '../../src/resolvers/resolverKit';
import type { ResolverResult } from '../../src/resolvers/views';
import { DEMO_PORTAL_ID } from '../../src/simulator/demo/site';
import { DEMO_USERS, demoSimulator } from './simulator';

export { DEMO_USERS };

/** Contacts of two customers of the example contract, as the demo site names their accounts. */
export const METTE_OF_SCHULTZ = 'cust-mette-schultz';
export const INGRID_OF_FJELLHEIM = 'cust-ingrid-bakke';

/** Someone on the portal: a customer, staff (`licensed`), or an anonymous visitor. */
export interface PortalPerson {
  readonly accountId: string;
  readonly accountType: PortalAccountType;
}

export const customer = (accountId: string): PortalPerson => ({
  accountId,
  accountType: 'customer',
});
export const staff = (accountId: string = DEMO_USERS.agents[0]): PortalPerson => ({
  accountId,
  accountType: 'licensed',
});
export const ANONYMOUS: PortalPerson = { accountId: '', accountType: 'anonymous' };

/** The two contacts as customers on the portal: each speaks for their own organisation only. */
export const METTE = customer(METTE_OF_SCHULTZ);
export const INGRID = customer(INGRID_OF_FJELLHEIM);

export async function portalSite(start?: number) {
  const env = await demoSimulator(start);
  /** Calls a portal resolver function as `person`, on the page of `requestKey` if given. */
  const invoke = <T>(
    person: PortalPerson,
    name: string,
    payload: unknown = {},
    requestKey?: string,
  ): Promise<ResolverResult<T>> => {
    const call: ResolverCall = {
      accountId: person.accountId,
      accountType: person.accountType,
      portal: { portalId: DEMO_PORTAL_ID, ...(requestKey !== undefined && { requestKey }) },
    };
    const fn = appResolvers.portalResolver[name];
    if (!fn) throw new Error(`portal-resolver has no function ${name}`);
    return fn(payload, call, env.sim.forge.resolverContext(person.accountId)) as Promise<
      ResolverResult<T>
    >;
  };
  return { ...env, invoke };
}

/** The data of a successful answer; the error as the test's failure otherwise. */
export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
}
