import { REPORT_READERS_GROUP } from './reports';
import { ResolverError, type ResolverContext } from './resolverKit';

/**
 * Who owns quality work (raise non-conformities, change a CAPA): Jira administrators and members
 * of the `team-leads` group, the same people who read the reports (`reports.ts`). Everyone who
 * can see a non-conformity's issue may read its CAPA.
 */
export async function isQualityOwner(ctx: ResolverContext): Promise<boolean> {
  const [me, { ADMINISTER }] = await Promise.all([
    ctx.jiraAsUser.myselfWithGroups(),
    ctx.jiraAsUser.myPermissions(['ADMINISTER']),
  ]);
  return Boolean(ADMINISTER) || me.groups.includes(REPORT_READERS_GROUP);
}

export async function requireQualityOwner(ctx: ResolverContext, what: string): Promise<void> {
  if (!(await isQualityOwner(ctx))) {
    throw new ResolverError('forbidden', `Only Jira administrators and team leads can ${what}.`);
  }
}
