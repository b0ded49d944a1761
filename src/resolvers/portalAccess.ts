import type { Customer } from '../domain/contract/types';
import { contactMatcher } from '../domain/contract/customerContacts';
import type { ContractModel } from '../domain/contract/compileContract';
import type { JiraUser } from '../jira/types';
import { ResolverError, type ResolverCall, type ResolverContext } from './resolverKit';

/** Someone signed in on the customer portal, and the organisations they speak for. */
export interface PortalViewer {
  readonly user: JiraUser & { readonly timeZone?: string };
  readonly timeZone: string;
  /** The contract's customers whose contact the viewer is: all they may see of the contract. */
  readonly customers: readonly Customer[];
  readonly model: ContractModel | null;
}

/**
 * The portal's gate, in every portal resolver: anonymous visitors see nothing, and a signed-in
 * person speaks only for the contract customers they are a contact of (by account id, or by the
 * e-mail address Jira shows them as themselves). Staff on the portal are treated the same way:
 * the portal shows only what a customer may see.
 */
export async function requirePortalViewer(
  call: ResolverCall,
  ctx: ResolverContext,
): Promise<PortalViewer> {
  if (call.accountType === 'anonymous' || call.accountId === '') {
    throw new ResolverError('forbidden', 'Log in to the portal to see your service levels.');
  }
  const [user, model] = await Promise.all([ctx.jiraAsUser.myself(), ctx.contracts.model()]);
  const customers = (model?.contract.customers ?? []).filter((c) => contactMatcher(c)(user));
  return { user, timeZone: user.timeZone ?? 'UTC', customers, model };
}
