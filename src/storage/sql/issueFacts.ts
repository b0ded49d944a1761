import type { Insertable } from 'kysely';
import type { Evaluation, IssueSnapshot } from '../../domain/sla';
import type { GoalCyclesTable, GoalResult, IssueFactsTable, SqlDatabase } from './schema';
import { earliestRollupChange, storedRollupFingerprints } from './rollupFingerprint';
import { markRollupsChanged } from './rollupStaleness';
import { upsertRows } from './upsert';

export type IssueFactsRow = Insertable<IssueFactsTable>;
export type GoalCycleRow = Insertable<GoalCyclesTable>;

/** What an evaluation of one issue records: the issue's row and a row per cycle of each goal. */
export interface IssueFacts {
  readonly issue: IssueFactsRow;
  readonly cycles: readonly GoalCycleRow[];
  /**
   * Whether rows written before may not be among these (a goal or cycles fewer than before, or
   * nothing known of before): those are then deleted, so a report never counts a cycle that a
   * later evaluation no longer has.
   */
  readonly mayLeaveStale: boolean;
}

/** What the app knows of the issue besides its evaluation. */
export interface IssueFactsSource {
  readonly issueId: string;
  readonly assignee: string | null;
  /**
   * The team of the issue's Team field, by name (its id only where Jira gives no name), or null.
   * The name, not the id: reports show and group by it as people know the team, and the rows
   * stay readable in SQL; the cost is that a renamed team's issues keep the old name until each
   * is evaluated again, and two teams of one name are counted as one.
   */
  readonly team: string | null;
  /** Jira's name of the priority, for issues no agreement covers. */
  readonly priorityName: string | null;
  /** The goals and cycle counts the app recorded before, when it knows them. */
  readonly previousGoals: readonly { goal: string; cycleCount: number }[] | undefined;
}

/**
 * The facts of one evaluation, all cycles of every goal (the `slm` property keeps only the last
 * ones), with the issue's team as it is now for every cycle.
 */
export function issueFacts(
  source: IssueFactsSource,
  snapshot: IssueSnapshot,
  evaluation: Evaluation,
  evaluatedAt: number,
): IssueFacts {
  const dimensions = {
    customer: snapshot.customer ?? null,
    environment: snapshot.environment ?? null,
    product: snapshot.product ?? null,
    team: source.team,
    assignee: source.assignee,
    issue_type: snapshot.issueType,
    priority: evaluation.priority?.id ?? null,
    priority_rank: evaluation.priority?.rank ?? null,
  };
  const resolvedAt = resolutionInstant(snapshot);
  const issue: IssueFactsRow = {
    issue_id: source.issueId,
    issue_key: snapshot.key,
    ...dimensions,
    agreement: evaluation.agreement,
    contract_version: evaluation.contractVersion,
    priority_name: evaluation.priority?.name ?? source.priorityName,
    status: snapshot.status,
    resolved: resolvedAt === null ? 0 : 1,
    created_at: Date.parse(snapshot.created),
    resolved_at: resolvedAt,
    evaluated_at: evaluatedAt,
  };
  const { agreement, contractVersion } = evaluation;
  const cycles: GoalCycleRow[] =
    agreement === null || contractVersion === null
      ? []
      : evaluation.goals.flatMap((goal) =>
          goal.cycles.map((cycle, index) => ({
            issue_id: source.issueId,
            goal: goal.goal,
            cycle: index,
            goal_name: goal.name,
            internal: goal.internal ? 1 : 0,
            agreement,
            contract_version: contractVersion,
            ...dimensions,
            started_at: Date.parse(cycle.start),
            stopped_at: cycle.stop === null ? null : Date.parse(cycle.stop),
            target_ms: cycle.targetMs,
            elapsed_ms: cycle.elapsedMs,
            paused_ms: cycle.pausedMs,
            result: cycleResult(cycle),
            breached_at: cycle.breachedAt === null ? null : Date.parse(cycle.breachedAt),
            evaluated_at: evaluatedAt,
          })),
        );
  const counts = new Map(evaluation.goals.map((g) => [g.goal, g.cycles.length]));
  const mayLeaveStale =
    source.previousGoals === undefined ||
    source.previousGoals.some(({ goal, cycleCount }) => cycleCount > (counts.get(goal) ?? 0));
  return { issue, cycles, mayLeaveStale };
}

const cycleResult = (cycle: Evaluation['goals'][number]['cycles'][number]): GoalResult =>
  cycle.stop === null ? 'running' : cycle.elapsedMs > cycle.targetMs ? 'missed' : 'met';

/** When the issue was resolved, if it is: the last time its resolution was set. */
function resolutionInstant(snapshot: IssueSnapshot): number | null {
  for (let i = snapshot.history.length - 1; i >= 0; i--) {
    const entry = snapshot.history[i]!;
    if (entry.type === 'resolution') return entry.to === null ? null : Date.parse(entry.at);
  }
  return null;
}

/**
 * Writes the facts of a batch of evaluations made at `evaluatedAt`: one upsert of the issues,
 * one of their cycles (per `ROWS_PER_STATEMENT` rows) and, only when some issue may have left
 * rows behind, one delete of its rows this batch did not write. Replaying an evaluation
 * overwrites its rows, so nothing is ever counted twice. Around them, one read of what the store
 * held of the issues and, when some issue changed what the monthly rollups add up (not only a
 * running clock), one update that marks the months it may reach as stale
 * (`rollupFingerprint.ts`); a re-evaluation or recalculation run writes through here too.
 */
export async function writeIssueFacts(
  db: SqlDatabase,
  facts: readonly IssueFacts[],
  evaluatedAt: number,
): Promise<void> {
  if (facts.length === 0) return;
  const stored = await storedRollupFingerprints(
    db,
    facts.map((f) => f.issue.issue_id),
  );
  await upsertRows(
    db,
    'issue_facts',
    ['issue_id'],
    facts.map((f) => f.issue),
  );
  await upsertRows(
    db,
    'goal_cycles',
    ['issue_id', 'goal', 'cycle'],
    facts.flatMap((f) => f.cycles),
  );
  const stale = facts.filter((f) => f.mayLeaveStale).map((f) => f.issue.issue_id);
  if (stale.length > 0) {
    // Rows of an evaluation older than this one: not rewritten by it, so no longer measured.
    await db
      .deleteFrom('goal_cycles')
      .where('issue_id', 'in', stale)
      .where('evaluated_at', '<', evaluatedAt)
      .execute();
  }
  const changedSince = earliestRollupChange(facts, stored);
  // The wall clock, not `evaluatedAt` (the business clock): see `markRollupsChanged`.
  if (changedSince !== null) await markRollupsChanged(db, changedSince, Date.now());
}
