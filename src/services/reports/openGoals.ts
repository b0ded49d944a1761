/**
 * The open goals the operational view sorts into buckets, from two sources, each the one that
 * knows: goals already breached come from the SQL facts (every evaluation writes the cycle and
 * when it breached); goals about to breach come from the app's `issue-sla` records, because
 * only the evaluation projects when a running clock will breach (`breachesAt`, in business time
 * on the goal's calendar) and the facts hold no deadline. The records' index on `nextCheckMs`
 * (the next warning or breach) finds exactly the issues with something due by the day's end.
 */
import type { OpenGoal } from '../../domain/reports/operationalView';
import { IssueSlaRecords } from '../../storage/issueSlaRecords';
import type { SqlDatabase } from '../../storage/sql/schema';
import type { AppContext } from '../appContext';
import { chunks } from '../../chunks';

/** Issues read per `IN (…)` list: far within every engine's parameter limit. */
const IDS_PER_QUERY = 1000;

export async function openGoals(
  ctx: Pick<AppContext, 'entities'> & { readonly sql: SqlDatabase },
  now: number,
  dayEnd: number,
): Promise<OpenGoal[]> {
  const breached = await ctx.sql
    .selectFrom('goal_cycles as g')
    .innerJoin('issue_facts as f', 'f.issue_id', 'g.issue_id')
    .select(['f.issue_key', 'g.team', 'g.goal', 'g.goal_name', 'g.internal', 'g.breached_at'])
    .where('g.result', '=', 'running')
    .where('g.breached_at', '<=', now)
    .where('f.resolved', '=', 0)
    .execute();
  const goals: OpenGoal[] = breached.map((row) => ({
    issueKey: row.issue_key,
    team: row.team,
    goal: row.goal,
    goalName: row.goal_name,
    internal: Number(row.internal) === 1,
    breachedAt: Number(row.breached_at),
    breachesAt: null,
  }));

  const upcoming: { issueId: string; goal: Omit<OpenGoal, 'team'> }[] = [];
  for await (const record of new IssueSlaRecords(ctx.entities).due(dayEnd)) {
    for (const goal of record.property.goals) {
      if (goal.state !== 'running' || goal.breached || goal.breachesAt === null) continue;
      upcoming.push({
        issueId: record.issueId,
        goal: {
          issueKey: record.issueKey,
          goal: goal.goal,
          goalName: goal.name,
          internal: goal.internal,
          breachedAt: null,
          breachesAt: Date.parse(goal.breachesAt),
        },
      });
    }
  }
  const teamOf = new Map<string, string | null>();
  for (const ids of chunks([...new Set(upcoming.map((u) => u.issueId))], IDS_PER_QUERY)) {
    const rows = await ctx.sql
      .selectFrom('issue_facts')
      .select(['issue_id', 'team'])
      .where('issue_id', 'in', ids)
      .execute();
    for (const row of rows) teamOf.set(row.issue_id, row.team);
  }
  for (const { issueId, goal } of upcoming)
    goals.push({ ...goal, team: teamOf.get(issueId) ?? null });
  return goals;
}
