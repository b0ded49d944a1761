/**
 * A month's figures as rows of `rollup_case_figures` and `rollup_goal_figures`, and back. The
 * group is part of the rows' key, which no engine lets be null, so it is stored as `''` for the
 * empty group and with a `=` before any value.
 */
import type { Insertable } from 'kysely';
import { histogramText, parseHistogramText } from '../../domain/reports/durationHistogram';
import type { MonthFigures } from '../../domain/reports/monthFigures';
import type { RollupCaseFiguresTable, RollupGoalFiguresTable } from '../../storage/sql/schema';

export type CaseFiguresRow = Insertable<RollupCaseFiguresTable>;
export type GoalFiguresRow = Insertable<RollupGoalFiguresTable>;

/** Which build of which month the rows are. */
export interface RollupBuild {
  readonly start: number;
  readonly end: number;
  readonly buildId: string;
}

/**
 * The `grouped_by` of the one case row every build stores, the month's totals over every issue:
 * a build whose rows are being read has them all while this row is there (see `monthRollups.ts`).
 */
export const WHOLE_MONTH = 'all';

export const rollupGroupKey = (group: string | null): string => (group === null ? '' : `=${group}`);

export const groupOfRollupKey = (key: string): string | null => (key === '' ? null : key.slice(1));

const count = (value: unknown): number => Number(value);

export function caseFiguresRows(
  { start, end, buildId }: RollupBuild,
  groupedBy: string,
  figures: MonthFigures,
): CaseFiguresRow[] {
  return figures.cases.map((row) => ({
    start_ms: start,
    end_ms: end,
    build_id: buildId,
    grouped_by: groupedBy,
    grp: rollupGroupKey(row.group),
    received: row.received,
    resolved: row.resolved,
    case_load_at_end: row.caseLoadAtEnd,
  }));
}

export function goalFiguresRows(
  { start, end, buildId }: RollupBuild,
  groupedBy: string,
  figures: MonthFigures,
): GoalFiguresRow[] {
  return figures.goals.map((row) => ({
    start_ms: start,
    end_ms: end,
    build_id: buildId,
    grouped_by: groupedBy,
    grp: rollupGroupKey(row.group),
    goal: row.goal,
    internal: row.internal ? 1 : 0,
    met: row.met,
    missed: row.missed,
    open_breaches_at_end: row.openBreachesAtEnd,
    histogram: histogramText(row.histogram),
  }));
}

/** One grouping's figures of a build from its rows (as read: numbers may be strings). */
export function monthFiguresOfRows(
  cases: readonly CaseFiguresRow[],
  goals: readonly GoalFiguresRow[],
): MonthFigures {
  return {
    cases: cases.map((row) => ({
      group: groupOfRollupKey(row.grp),
      received: count(row.received),
      resolved: count(row.resolved),
      caseLoadAtEnd: count(row.case_load_at_end),
    })),
    goals: goals.map((row) => ({
      group: groupOfRollupKey(row.grp),
      goal: row.goal,
      internal: count(row.internal) === 1,
      met: count(row.met),
      missed: count(row.missed),
      openBreachesAtEnd: count(row.open_breaches_at_end),
      histogram: parseHistogramText(row.histogram),
    })),
  };
}
