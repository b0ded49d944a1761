/**
 * The management report added up from its months: each month's figures per group (computed once
 * for a closed month and kept, or live for the open one) add into the period's. Counts add;
 * duration histograms add bucket by bucket, and the percentiles come from the sum; case load
 * and open breaches are the last month's, at the period's end. Equal to `managementReportFromFacts`
 * over the same facts (a store test holds them equal).
 */
import {
  addHistograms,
  EMPTY_HISTOGRAM,
  histogramCount,
  histogramPercentile,
  type DurationHistogram,
} from './durationHistogram';
import type { GoalMeasure } from './goalMeasures';
import {
  emptyGroupFigures,
  inScope,
  reportFromFigures,
  type GroupFigures,
  type ManagementQuery,
  type ManagementReport,
  type TimeFigures,
} from './managementReport';

/** One group's cases in a month. */
export interface MonthCaseFigures {
  readonly group: string | null;
  /** Issues created in the month. */
  readonly received: number;
  /** Issues whose latest resolution falls in the month. */
  readonly resolved: number;
  /** Issues open at the month's end. */
  readonly caseLoadAtEnd: number;
}

/** One group's cycles of one goal (and internal flag) in a month. */
export interface MonthGoalFigures {
  readonly group: string | null;
  readonly goal: string;
  readonly internal: boolean;
  /** Cycles completed in the month, met and missed. */
  readonly met: number;
  readonly missed: number;
  /** Cycles breached by the month's end and not stopped by then. */
  readonly openBreachesAtEnd: number;
  /** Elapsed time of the cycles completed in the month. */
  readonly histogram: DurationHistogram;
}

/** A month's figures for one grouping. */
export interface MonthFigures {
  readonly cases: readonly MonthCaseFigures[];
  readonly goals: readonly MonthGoalFigures[];
}

export function timeFiguresOfHistogram(histogram: DurationHistogram): TimeFigures {
  return {
    count: histogramCount(histogram),
    medianMs: histogramPercentile(histogram, 50),
    p90Ms: histogramPercentile(histogram, 90),
  };
}

/** The report of `query` from the figures of its months, in the order of `query.months`. */
export function reportFromMonths(
  query: ManagementQuery,
  months: readonly MonthFigures[],
): ManagementReport {
  if (months.length !== query.months.length) throw new Error('one figures per month');
  const measureOf = new Map<string, GoalMeasure>();
  for (const measure of ['reaction', 'resolution'] as const) {
    for (const goal of query.measures[measure]) measureOf.set(goal, measure);
  }
  const groups = new Map<string | null, GroupFigures>();
  const histograms = new Map<string | null, Record<GoalMeasure, DurationHistogram>>();
  const figures = (group: string | null): GroupFigures => {
    let found = groups.get(group);
    if (!found) {
      groups.set(group, (found = emptyGroupFigures()));
      histograms.set(group, { reaction: EMPTY_HISTOGRAM, resolution: EMPTY_HISTOGRAM });
    }
    return found;
  };
  const last = months.length - 1;
  const monthly = months.map((month, i) => {
    const total = { met: 0, missed: 0 };
    for (const row of month.cases) {
      const f = figures(row.group);
      f.received += row.received;
      f.resolved += row.resolved;
      if (i === last) f.caseLoad += row.caseLoadAtEnd;
    }
    for (const row of month.goals) {
      if (!inScope(query.goals, row.internal)) continue;
      const f = figures(row.group);
      f.met += row.met;
      f.missed += row.missed;
      total.met += row.met;
      total.missed += row.missed;
      if (i === last) f.openBreaches += row.openBreachesAtEnd;
      const measure = measureOf.get(row.goal);
      if (!measure) continue;
      const sums = histograms.get(row.group)!;
      sums[measure] = addHistograms(sums[measure], row.histogram);
    }
    return total;
  });
  for (const [group, f] of groups) {
    const { reaction, resolution } = histograms.get(group)!;
    f.reaction = timeFiguresOfHistogram(reaction);
    f.resolution = timeFiguresOfHistogram(resolution);
  }
  return reportFromFigures(query, groups, monthly);
}
