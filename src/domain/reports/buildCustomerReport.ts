import type { ReportGoalFact, ReportIssueFact } from './reportFacts';
import type { ReportPeriod } from './reportPeriod';
import {
  CUSTOMER_REPORT_FORMAT,
  type Compliance,
  type CustomerReport,
  type ReportGoalRow,
  type ReportPriority,
} from './customerReport';

export interface CustomerReportInput {
  readonly agreement: { readonly id: string; readonly name: string };
  readonly customer: { readonly id: string; readonly name: string };
  readonly period: ReportPeriod;
  readonly contractVersion: number | null;
  readonly issues: readonly ReportIssueFact[];
  readonly goals: readonly ReportGoalFact[];
}

const iso = (t: number) => new Date(t).toISOString();
const within = (t: number, period: ReportPeriod) => period.start <= t && t < period.end;

/**
 * The figures of one agreement's period, from its fact rows (extra rows are ignored, so the
 * store may hand over more than the period needs). The rules:
 * - a case counts as created in the period when it was created in `[start, end)`, and as
 *   active at its end when created before the end and not resolved by then;
 * - a goal cycle counts in compliance once, in the period it stopped (was completed): a goal
 *   missed in one period and completed in the next counts, as missed, in the next; in the
 *   first it is listed as `breached` (running past its target at the period end);
 * - a reopened case's goals start new cycles: each completed cycle counts on its own;
 * - internal (OLA) goals are left out entirely: this is the customer's copy.
 */
export function buildCustomerReport(input: CustomerReportInput): CustomerReport {
  const { period } = input;
  const active = input.issues.filter(
    (issue) =>
      issue.createdAt < period.end && (issue.resolvedAt === null || issue.resolvedAt >= period.end),
  );
  const promised = input.goals.filter((goal) => !goal.internal);
  const completed = promised.filter(
    (goal) =>
      goal.stoppedAt !== null && within(goal.stoppedAt, period) && goal.result !== 'running',
  );
  const runningAtEnd = promised.filter(
    (goal) =>
      goal.startedAt < period.end && (goal.stoppedAt === null || goal.stoppedAt >= period.end),
  );
  return {
    format: CUSTOMER_REPORT_FORMAT,
    agreement: input.agreement,
    customer: input.customer,
    period: {
      key: period.key,
      start: iso(period.start),
      end: iso(period.end),
      timeZone: period.timeZone,
    },
    contractVersion: input.contractVersion,
    casesCreated: input.issues.filter((issue) => within(issue.createdAt, period)).length,
    activeAtEnd: {
      total: active.length,
      byStatus: [...groupBy(active, (issue) => issue.status)]
        .map(([status, rows]) => ({ status, count: rows.length }))
        .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
      byPriority: byPriority(active).map(([priority, rows]) => ({
        ...priority,
        count: rows.length,
      })),
    },
    compliance: {
      total: complianceOf(completed),
      byGoal: [...groupBy(completed, (goal) => goal.goal)]
        .map(([goal, rows]) => ({ goal, goalName: rows[0]!.goalName, ...complianceOf(rows) }))
        .sort((a, b) => a.goalName.localeCompare(b.goalName) || a.goal.localeCompare(b.goal)),
      byPriority: byPriority(completed).map(([priority, rows]) => ({
        ...priority,
        ...complianceOf(rows),
      })),
    },
    goals: [
      ...completed.map((goal) => goalRow(goal, goal.result as 'met' | 'missed', goal.elapsedMs)),
      ...runningAtEnd.map((goal) =>
        goalRow(
          goal,
          goal.breachedAt !== null && goal.breachedAt < period.end ? 'breached' : 'running',
          null,
        ),
      ),
    ].sort(
      (a, b) =>
        a.startedAt.localeCompare(b.startedAt) ||
        a.issueKey.localeCompare(b.issueKey) ||
        a.goal.localeCompare(b.goal) ||
        a.cycle - b.cycle,
    ),
  };
}

function goalRow(
  goal: ReportGoalFact,
  result: ReportGoalRow['result'],
  elapsedMs: number | null,
): ReportGoalRow {
  return {
    issueKey: goal.issueKey,
    goal: goal.goal,
    goalName: goal.goalName,
    cycle: goal.cycle,
    priority: priorityOf(goal),
    targetMs: goal.targetMs,
    elapsedMs,
    result,
    startedAt: iso(goal.startedAt),
    stoppedAt: result === 'met' || result === 'missed' ? iso(goal.stoppedAt!) : null,
  };
}

function complianceOf(goals: readonly ReportGoalFact[]): Compliance {
  const met = goals.filter((goal) => goal.result === 'met').length;
  const missed = goals.length - met;
  return {
    met,
    missed,
    compliancePct: goals.length === 0 ? null : Math.round((met / goals.length) * 1000) / 10,
  };
}

type Prioritised = Pick<ReportIssueFact, 'priority' | 'priorityName' | 'priorityRank'>;

const priorityOf = (row: Prioritised): ReportPriority => ({
  id: row.priority,
  name: row.priorityName,
  rank: row.priorityRank,
});

/** Rows grouped by priority, most urgent (lowest rank) first, rows without one last. */
function byPriority<T extends Prioritised>(rows: readonly T[]): [ReportPriority, T[]][] {
  return [...groupBy(rows, (row) => row.priority ?? '')]
    .map(([, group]): [ReportPriority, T[]] => [priorityOf(group[0]!), group])
    .sort(
      ([a], [b]) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id ?? '').localeCompare(b.id ?? ''),
    );
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const name = key(row);
    const group = groups.get(name);
    if (group) group.push(row);
    else groups.set(name, [row]);
  }
  return groups;
}
