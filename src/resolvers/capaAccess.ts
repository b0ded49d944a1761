import type { ResolverContext } from './resolverKit';
import { requireTeamLead, teamLeadOrNull } from './teamLeads';

/**
 * Who owns quality work (raise non-conformities, change a CAPA): Jira administrators and members
 * of the `team-leads` group, the same people who read the reports (`teamLeads.ts`). Everyone who
 * can see a non-conformity's issue may read its CAPA.
 */
export async function isQualityOwner(ctx: ResolverContext): Promise<boolean> {
  return (await teamLeadOrNull(ctx)) !== null;
}

export async function requireQualityOwner(ctx: ResolverContext, what: string): Promise<void> {
  await requireTeamLead(ctx, what);
}
