/**
 * The management report: figures across customers for a run of months, grouped by one
 * dimension. `managementReportFromFacts` is its definition over fact rows in memory; the store
 * computes the same figures in SQL (`src/services/reports/`) and a test holds both equal.
 */
import { compliance } from './compliance';
import type { Compliance } from './customerReport';
import type { GoalMeasure } from './goalMeasures';
import { bucketValue, durationBucket } from './durationBuckets';
import { nearestRank } from './nearestRank';

export const REPORT_GROUPINGS = [
  'team',
  'customer',
  'product',
  'agreement',
  'issueType',
  'assignee',
] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** Which goals count: all, those promised to customers (SLA), or internal ones only (OLA). */
export const GOAL_SCOPES = ['all', 'sla', 'ola'] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];

export type ReportDimensions = { readonly [G in ReportGrouping]: string | null };

/** One issue as the facts record it. */
export interface CaseFact extends ReportDimensions {
  readonly issueId: string;
  readonly createdAt: number;
  /** The latest resolution; null while open. */
  readonly resolvedAt: number | null;
}

/** One goal cycle as the facts record it (dimensions as at its last evaluation). */
export interface CycleFact extends ReportDimensions {
  readonly issueId: string;
  readonly goal: string;
  readonly internal: boolean;
  readonly result: 'met' | 'missed' | 'running';
  readonly elapsedMs: number;
  readonly stoppedAt: number | null;
  readonly breachedAt: number | null;
}

/** A month of the report, `[start, end)` in epoch ms. */
export interface ReportMonth {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export interface ManagementQuery {
  readonly months: readonly ReportMonth[];
  readonly grouping: ReportGrouping;
  readonly goals: GoalScope;
  /** Goal ids whose elapsed time is the time to reaction / to resolution (`goalMeasures`). */
  readonly measures: Readonly<Record<GoalMeasure, readonly string[]>>;
}

/** Business time to reaction or resolution over the goal cycles completed in the period. */
export interface TimeFigures {
  readonly count: number;
  /**
   * Nearest-rank percentiles, ms of business time, to a duration bucket's precision (within
   * ≈1.1 %, `durationBuckets.ts`): the value of the bucket of the duration at that rank. Null
   * when nothing completed.
   */
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

export interface ManagementRow extends Compliance {
  /** The group's value; null for issues without one (no team, unassigned…). */
  readonly group: string | null;
  /** Issues created in the period. */
  readonly received: number;
  /** Issues whose latest resolution falls in the period. */
  readonly resolved: number;
  /** Issues open at the period's end (created before it, not resolved by it). */
  readonly caseLoad: number;
  /** Goal cycles breached by the period's end and still running then. */
  readonly openBreaches: number;
  readonly reaction: TimeFigures;
  readonly resolution: TimeFigures;
}

export interface MonthCompliance extends Compliance {
  readonly month: string;
}

export interface ManagementReport {
  readonly from: string;
  readonly to: string;
  readonly start: number;
  readonly end: number;
  readonly grouping: ReportGrouping;
  readonly goals: GoalScope;
  /** By group value, the empty group (null) last. */
  readonly rows: readonly ManagementRow[];
  /** Compliance of each month, all groups together. */
  readonly months: readonly MonthCompliance[];
}

export const inScope = (scope: GoalScope, internal: boolean): boolean =>
  scope === 'all' || (scope === 'ola') === internal;

/** Orders rows by group value, the empty group last: the order the store returns too. */
export function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The figures of durations sorted ascending. A percentile is reported as the value of its
 * duration's bucket: the same as the nearest rank over bucketed durations (bucketing keeps the
 * order), which is what the store adds up month by month (`durationHistogram.ts`), so this
 * definition and the store's rollups agree exactly.
 */
export function timeFigures(sortedElapsedMs: readonly number[]): TimeFigures {
  const bucketed = (ms: number | null): number | null =>
    ms === null ? null : bucketValue(durationBucket(ms));
  return {
    count: sortedElapsedMs.length,
    medianMs: bucketed(nearestRank(sortedElapsedMs, 50)),
    p90Ms: bucketed(nearestRank(sortedElapsedMs, 90)),
  };
}

/** What one group adds up to, before its compliance is worked out. */
export interface GroupFigures {
  received: number;
  resolved: number;
  caseLoad: number;
  met: number;
  missed: number;
  openBreaches: number;
  reaction: TimeFigures;
  resolution: TimeFigures;
}

export const emptyGroupFigures = (): GroupFigures => ({
  received: 0,
  resolved: 0,
  caseLoad: 0,
  met: 0,
  missed: 0,
  openBreaches: 0,
  reaction: timeFigures([]),
  resolution: timeFigures([]),
});

/**
 * The report from each group's figures and each month's met and missed goals (in the order of
 * `query.months`): its rows in group order, with compliance worked out the same way for every
 * way the figures were added up.
 */
export function reportFromFigures(
  query: ManagementQuery,
  groups: ReadonlyMap<string | null, GroupFigures>,
  monthly: readonly { readonly met: number; readonly missed: number }[],
): ManagementReport {
  const { months, grouping, goals } = query;
  return {
    from: months[0]!.key,
    to: months[months.length - 1]!.key,
    start: months[0]!.start,
    end: months[months.length - 1]!.end,
    grouping,
    goals,
    rows: [...groups.entries()]
      .sort(([a], [b]) => compareGroups(a, b))
      .map(([group, f]) => ({
        group,
        received: f.received,
        resolved: f.resolved,
        caseLoad: f.caseLoad,
        ...compliance(f.met, f.missed),
        openBreaches: f.openBreaches,
        reaction: f.reaction,
        resolution: f.resolution,
      })),
    months: months.map((m, i) => ({
      month: m.key,
      ...compliance(monthly[i]!.met, monthly[i]!.missed),
    })),
  };
}

/** A group's figures while facts are added up: the elapsed times not yet ranked. */
interface GroupTally extends Omit<GroupFigures, 'reaction' | 'resolution'> {
  reaction: number[];
  resolution: number[];
}

const emptyTally = (): GroupTally => ({
  ...emptyGroupFigures(),
  reaction: [],
  resolution: [],
});

const within = (t: number | null, start: number, end: number): boolean =>
  t !== null && t >= start && t < end;

/** The management report computed from every fact in memory: the reference definition. */
export function managementReportFromFacts(
  cases: readonly CaseFact[],
  cycles: readonly CycleFact[],
  query: ManagementQuery,
): ManagementReport {
  const { months, grouping, goals } = query;
  const start = months[0]!.start;
  const end = months[months.length - 1]!.end;
  const measureOf = new Map<string, GoalMeasure>();
  for (const measure of ['reaction', 'resolution'] as const) {
    for (const goal of query.measures[measure]) measureOf.set(goal, measure);
  }
  const tallies = new Map<string | null, GroupTally>();
  const tally = (group: string | null): GroupTally => {
    let found = tallies.get(group);
    if (!found) tallies.set(group, (found = emptyTally()));
    return found;
  };
  for (const fact of cases) {
    const inReceived = within(fact.createdAt, start, end);
    const inResolved = within(fact.resolvedAt, start, end);
    const openAtEnd = fact.createdAt < end && (fact.resolvedAt === null || fact.resolvedAt >= end);
    if (!inReceived && !inResolved && !openAtEnd) continue;
    const t = tally(fact[grouping]);
    if (inReceived) t.received += 1;
    if (inResolved) t.resolved += 1;
    if (openAtEnd) t.caseLoad += 1;
  }
  const monthly = months.map(() => ({ met: 0, missed: 0 }));
  for (const fact of cycles) {
    if (!inScope(goals, fact.internal)) continue;
    const completed = fact.result !== 'running' && within(fact.stoppedAt, start, end);
    const openBreach =
      fact.breachedAt !== null &&
      fact.breachedAt < end &&
      (fact.stoppedAt === null || fact.stoppedAt >= end);
    if (!completed && !openBreach) continue;
    const t = tally(fact[grouping]);
    if (openBreach) t.openBreaches += 1;
    if (!completed) continue;
    t[fact.result === 'met' ? 'met' : 'missed'] += 1;
    const month = monthly[months.findIndex((m) => within(fact.stoppedAt, m.start, m.end))]!;
    month[fact.result === 'met' ? 'met' : 'missed'] += 1;
    const measure = measureOf.get(fact.goal);
    if (measure) t[measure].push(fact.elapsedMs);
  }
  const byValue = (a: number, b: number): number => a - b;
  const figures = new Map(
    [...tallies].map(([group, t]): [string | null, GroupFigures] => [
      group,
      {
        ...t,
        reaction: timeFigures(t.reaction.sort(byValue)),
        resolution: timeFigures(t.resolution.sort(byValue)),
      },
    ]),
  );
  return reportFromFigures(query, figures, monthly);
}
