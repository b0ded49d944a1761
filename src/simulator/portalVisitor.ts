/**
 * Who is on the customer portal, and what Forge tells a portal module's resolver about them.
 * The portal has its own sign-in: a visitor with no `sim-user` cookie (or `X-Sim-User` header),
 * or who logged out on the portal (`sim-portal-out` names them), is anonymous, whatever Jira's
 * pages default to.
 */
import type http from 'node:http';
import type { PortalAccountType, PortalCall, ResolverCall } from '../resolvers/resolverKit';
import { PORTAL_KINDS, type UiModule } from './manifestModules';
import type { Simulator } from './simulator';

/** The cookie a portal "Log out" sets, naming the account that logged out. */
export const PORTAL_LOGGED_OUT_COOKIE = 'sim-portal-out';

function cookie(request: http.IncomingMessage, name: string): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(request.headers.cookie ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** The portal visitor's account id; '' for an anonymous visitor. */
export function portalVisitor(request: http.IncomingMessage): string {
  const header = request.headers['x-sim-user'];
  if (typeof header === 'string') return header === 'anonymous' ? '' : header;
  const user = cookie(request, 'sim-user');
  if (!user) return '';
  return cookie(request, PORTAL_LOGGED_OUT_COOKIE) === user ? '' : user;
}

/**
 * Forge's `accountType` for a portal caller: `licensed` for Atlassian accounts (agents),
 * `customer` for portal-only customer accounts, `anonymous` for no one
 * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-jsm-users/).
 * The simulated site licenses every Atlassian account, so it has no `unlicensed` users.
 */
export async function portalAccountType(
  sim: Simulator,
  accountId: string,
): Promise<PortalAccountType> {
  if (accountId === '') return 'anonymous';
  const me = await sim.jira.handle({ method: 'GET', path: '/rest/api/3/myself', accountId });
  if (me.status !== 200) return 'anonymous';
  return (me.body as { accountType?: string }).accountType === 'customer' ? 'customer' : 'licensed';
}

export const isPortalModule = (module: UiModule): boolean =>
  (PORTAL_KINDS as readonly string[]).includes(module.kind);

/** Whether a module lets an account of this type run the app (`unlicensedAccess`). */
export function mayRun(module: UiModule, accountType: PortalAccountType): boolean {
  return accountType === 'licensed' || module.unlicensedAccess.includes(accountType);
}

/** The portal context the host read from the frame's data attributes, numbers checked. */
export function portalCallOf(input: unknown): PortalCall {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const id = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
  const portalId = id(raw.portalId);
  const requestTypeId = id(raw.requestTypeId);
  return {
    ...(typeof portalId === 'number' && Number.isInteger(portalId) && { portalId }),
    ...(typeof requestTypeId === 'number' && Number.isInteger(requestTypeId) && { requestTypeId }),
    ...(typeof raw.requestKey === 'string' &&
      raw.requestKey !== '' && {
        requestKey: raw.requestKey,
      }),
  };
}

export type InvokeCaller =
  | { readonly accountId: string; readonly call: ResolverCall }
  | { readonly refusal: { readonly status: number; readonly body: unknown } };

/**
 * The caller of `/_sim/invoke`, as Forge would give it to the resolver. A portal module runs as
 * the portal visitor, with `accountType` and `portal`; Forge refuses to run it for an account
 * type its `unlicensedAccess` does not list. Other modules run as Jira's user, with the issue.
 */
export async function invokeCaller(
  sim: Simulator,
  request: http.IncomingMessage,
  module: UiModule,
  input: { issueKey?: string | null; portal?: unknown },
  jiraUser: string,
): Promise<InvokeCaller> {
  if (!isPortalModule(module)) {
    return {
      accountId: jiraUser,
      call: { accountId: jiraUser, ...(input.issueKey && { issueKey: input.issueKey }) },
    };
  }
  const accountId = portalVisitor(request);
  const accountType = await portalAccountType(sim, accountId);
  if (!mayRun(module, accountType)) {
    return {
      refusal: {
        status: 403,
        body: {
          errorType: 'UNLICENSED_ACCESS_DENIED',
          message: `${module.title} is not available to ${accountType} users: the module's unlicensedAccess does not list "${accountType}".`,
        },
      },
    };
  }
  const portal = portalCallOf(input.portal);
  return {
    accountId: accountType === 'anonymous' ? '' : accountId,
    call: { accountId: accountType === 'anonymous' ? '' : accountId, accountType, portal },
  };
}
