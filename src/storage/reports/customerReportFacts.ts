import type { ReportGoalFact, ReportIssueFact } from '../../domain/reports/reportFacts';
import type { ReportPeriod } from '../../domain/reports/reportPeriod';
import type { SqlDatabase } from '../sql/schema';

/**
 * Rows per page. Forge SQL answers at most 4 MiB per query and gives a SELECT 5 s
 * (https://developer.atlassian.com/platform/forge/limits-sql): a goal cycle row is well under
 * 500 bytes, so a page stays below 1 MiB whatever the month holds.
 */
export const REPORT_FACTS_PAGE_SIZE = 2000;

/** The fact rows one agreement's report for `period` needs, and no others. */
export interface CustomerReportFacts {
  readonly issues: ReportIssueFact[];
  readonly goals: ReportGoalFact[];
}

export async function fetchCustomerReportFacts(
  db: SqlDatabase,
  agreement: string,
  period: ReportPeriod,
  pageSize = REPORT_FACTS_PAGE_SIZE,
): Promise<CustomerReportFacts> {
  return {
    issues: await fetchIssues(db, agreement, period, pageSize),
    goals: await fetchGoals(db, agreement, period, pageSize),
  };
}

/** Issues created in the period, or created before its end and still open at it. */
async function fetchIssues(
  db: SqlDatabase,
  agreement: string,
  period: ReportPeriod,
  pageSize: number,
): Promise<ReportIssueFact[]> {
  const issues: ReportIssueFact[] = [];
  for (let after: string | null = null; ;) {
    const page = await db
      .selectFrom('issue_facts')
      .select([
        'issue_id',
        'issue_key',
        'status',
        'priority',
        'priority_name',
        'priority_rank',
        'created_at',
        'resolved',
        'resolved_at',
      ])
      .where('agreement', '=', agreement)
      .where('created_at', '<', period.end)
      .where((eb) =>
        eb.or([
          eb('created_at', '>=', period.start),
          eb('resolved', '=', 0),
          eb('resolved_at', '>=', period.end),
        ]),
      )
      .$if(after !== null, (query) => query.where('issue_id', '>', after!))
      .orderBy('issue_id')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      issues.push({
        issueKey: row.issue_key,
        status: row.status,
        priority: row.priority,
        priorityName: row.priority_name,
        priorityRank: row.priority_rank === null ? null : Number(row.priority_rank),
        createdAt: Number(row.created_at),
        // A reopened issue is open again, whatever resolution it had before.
        resolvedAt:
          Number(row.resolved) === 1 && row.resolved_at !== null ? Number(row.resolved_at) : null,
      });
    }
    if (page.length < pageSize) return issues;
    after = page[page.length - 1]!.issue_id;
  }
}

interface GoalPosition {
  readonly issue: string;
  readonly goal: string;
  readonly cycle: number;
}

/**
 * Promised (not internal) goal cycles completed in the period or running at its end: started
 * before the end, and not stopped before the start.
 */
async function fetchGoals(
  db: SqlDatabase,
  agreement: string,
  period: ReportPeriod,
  pageSize: number,
): Promise<ReportGoalFact[]> {
  const goals: ReportGoalFact[] = [];
  for (let after: GoalPosition | null = null; ;) {
    const page = await goalPage(db, agreement, period, after, pageSize);
    goals.push(...page.goals);
    if (page.goals.length < pageSize) return goals;
    after = page.last;
  }
}

/** One page of `fetchGoals`, in key order after `after`, and the key of its last row. */
async function goalPage(
  db: SqlDatabase,
  agreement: string,
  period: ReportPeriod,
  after: GoalPosition | null,
  pageSize: number,
): Promise<{ goals: ReportGoalFact[]; last: GoalPosition | null }> {
  const rows = await db
    .selectFrom('goal_cycles as g')
    .innerJoin('issue_facts as f', 'f.issue_id', 'g.issue_id')
    .select([
      'g.issue_id',
      'f.issue_key',
      'g.goal',
      'g.goal_name',
      'g.cycle',
      'g.internal',
      'g.priority',
      'f.priority_name',
      'g.priority_rank',
      'g.started_at',
      'g.stopped_at',
      'g.target_ms',
      'g.elapsed_ms',
      'g.result',
      'g.breached_at',
    ])
    .where('g.agreement', '=', agreement)
    .where('g.internal', '=', 0)
    .where('g.started_at', '<', period.end)
    .where((eb) => eb.or([eb('g.stopped_at', 'is', null), eb('g.stopped_at', '>=', period.start)]))
    .$if(after !== null, (query) =>
      query.where((eb) =>
        eb.or([
          eb('g.issue_id', '>', after!.issue),
          eb.and([eb('g.issue_id', '=', after!.issue), eb('g.goal', '>', after!.goal)]),
          eb.and([
            eb('g.issue_id', '=', after!.issue),
            eb('g.goal', '=', after!.goal),
            eb('g.cycle', '>', after!.cycle),
          ]),
        ]),
      ),
    )
    .orderBy('g.issue_id')
    .orderBy('g.goal')
    .orderBy('g.cycle')
    .limit(pageSize)
    .execute();
  const last = rows[rows.length - 1];
  return {
    last: last ? { issue: last.issue_id, goal: last.goal, cycle: Number(last.cycle) } : null,
    goals: rows.map((row) => ({
      issueKey: row.issue_key,
      goal: row.goal,
      goalName: row.goal_name,
      cycle: Number(row.cycle),
      internal: Number(row.internal) === 1,
      priority: row.priority,
      // The priority's name as the issue was last evaluated: goal_cycles keeps only its id.
      priorityName: row.priority_name,
      priorityRank: row.priority_rank === null ? null : Number(row.priority_rank),
      startedAt: Number(row.started_at),
      stoppedAt: row.stopped_at === null ? null : Number(row.stopped_at),
      targetMs: Number(row.target_ms),
      elapsedMs: Number(row.elapsed_ms),
      result: row.result,
      breachedAt: row.breached_at === null ? null : Number(row.breached_at),
    })),
  };
}
