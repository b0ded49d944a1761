import { ResolverError, type ResolverContext } from './resolverKit';

/**
 * The Jira group whose members, besides Jira administrators, read the reports and own quality
 * work (follow-ups, non-conformities, CAPA): the figures cover every customer and team, so agents
 * and customers may not. Each resolver checks, since a resolver can be invoked directly.
 */
export const TEAM_LEADS_GROUP = 'team-leads';

export interface TeamLead {
  readonly admin: boolean;
  /** The caller's time zone, for the months and days they see. */
  readonly timeZone: string;
}

/** The caller as a team lead (or a Jira administrator), or null when they are neither. */
export async function teamLeadOrNull(ctx: ResolverContext): Promise<TeamLead | null> {
  const [me, { ADMINISTER }] = await Promise.all([
    ctx.jiraAsUser.myselfWithGroups(),
    ctx.jiraAsUser.myPermissions(['ADMINISTER']),
  ]);
  if (!ADMINISTER && !me.groups.includes(TEAM_LEADS_GROUP)) return null;
  return { admin: Boolean(ADMINISTER), timeZone: me.timeZone ?? 'UTC' };
}

/** The caller must be a Jira administrator or a team lead to do `what` ("see the SLA reports"). */
export async function requireTeamLead(ctx: ResolverContext, what: string): Promise<TeamLead> {
  const lead = await teamLeadOrNull(ctx);
  if (!lead) {
    throw new ResolverError('forbidden', `Only Jira administrators and team leads can ${what}.`);
  }
  return lead;
}
