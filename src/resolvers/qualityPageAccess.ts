import { requireAdmin, resolver, ResolverError, type ResolverContext } from './resolverKit';
import type { ResolverDefinitions } from './resolverKit';

/** What the Quality page's caller may do there, and the time zone their months are in. */
export interface QualityPageAccess {
  /** Jira administrators edit the register, KPIs, risk scores and reviews; everyone else reads. */
  readonly canEdit: boolean;
  readonly timeZone: string;
}

/**
 * The Quality page is for the service organisation: every Atlassian account with Jira access
 * reads it, but not a portal customer (`accountType: "customer"`) nor any other kind of account,
 * since it names customers, complaints and risks. Each resolver checks, as a resolver can be
 * invoked directly.
 */
export async function requireQualityReader(ctx: ResolverContext): Promise<QualityPageAccess> {
  const [me, { ADMINISTER }] = await Promise.all([
    ctx.jiraAsUser.myself(),
    ctx.jiraAsUser.myPermissions(['ADMINISTER']),
  ]);
  if (me.accountType !== 'atlassian') {
    throw new ResolverError(
      'forbidden',
      'Only the service organisation’s Jira users can see the Quality page.',
    );
  }
  return { canEdit: Boolean(ADMINISTER), timeZone: me.timeZone ?? 'UTC' };
}

/** Changes on the Quality page are for Jira administrators: `what` says which, for the refusal. */
export const requireQualityEditor = (ctx: ResolverContext, what: string): Promise<void> =>
  requireAdmin(ctx, what);

export const qualityPageAccessResolvers: ResolverDefinitions = {
  getQualityPageAccess: resolver((_payload, _call, ctx) => requireQualityReader(ctx)),
};
