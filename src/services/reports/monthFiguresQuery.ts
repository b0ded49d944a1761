/**
 * A month's management figures computed from the facts, for one or several groupings at once:
 * what a month's rollup stores (`monthRollups.ts`) and what the open month is, live. Three
 * statements, whatever the number of groupings: each first adds the month's facts up by every
 * dimension together (`fine`, a few rows per combination of values), then sums that small table
 * once per grouping (UNION ALL), so the facts are scanned once. Histograms bucket each completed
 * cycle's elapsed time in SQL (`durationBucketSql.ts`) and count per bucket.
 *
 * Forge SQL gives each SELECT 5 s, 16 MiB of memory and a 4 MiB response
 * (https://developer.atlassian.com/platform/forge/limits-sql): a month's statements scan the
 * facts alive in the month (the open breaches at its end read every breached cycle) and answer
 * a row per group (and goal, and bucket).
 */
import { sql, type RawBuilder } from 'kysely';
import { histogramOfBuckets } from '../../domain/reports/durationHistogram';
import type { ReportGrouping } from '../../domain/reports/managementReport';
import type {
  MonthCaseFigures,
  MonthFigures,
  MonthGoalFigures,
} from '../../domain/reports/monthFigures';
import type { SqlDatabase } from '../../storage/sql/schema';
import { durationBucketSql } from './durationBucketSql';

/** The column of each grouping, the same name in `issue_facts` and `goal_cycles`. */
const GROUP_COLUMN = {
  team: 'team',
  customer: 'customer',
  product: 'product',
  agreement: 'agreement',
  issueType: 'issue_type',
  assignee: 'assignee',
} as const satisfies Record<ReportGrouping, string>;

const DIMENSIONS = sql.raw(Object.values(GROUP_COLUMN).join(', '));

/** BIGINT sums come back as strings from Postgres and MySQL drivers. */
const count = (value: unknown): number => Number(value ?? 0);

interface Month {
  readonly start: number;
  readonly end: number;
}

/** `select` once per grouping over `fine`, grouped by its column (and `groupBy`), unioned. */
function perGrouping(
  groupings: readonly ReportGrouping[],
  select: RawBuilder<unknown>,
  groupBy: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql.join(
    groupings.map((grouping) => {
      const column = sql.ref(GROUP_COLUMN[grouping]);
      return sql`select ${sql.lit(grouping)} as grouped_by, ${column} as grp, ${select} from fine group by ${column}${groupBy}`;
    }),
    sql` union all `,
  );
}

export async function queryMonthFigures(
  db: SqlDatabase,
  { start, end }: Month,
  groupings: readonly ReportGrouping[],
): Promise<Map<ReportGrouping, MonthFigures>> {
  const completed = sql`result in ('met', 'missed') and stopped_at >= ${start} and stopped_at < ${end}`;
  const openBreachAtEnd = sql`breached_at < ${end} and (stopped_at is null or stopped_at >= ${end})`;

  // Cases: received and resolved in the month, open at its end; only issues alive in it.
  const cases = await sql<{
    grouped_by: ReportGrouping;
    grp: string | null;
    received: unknown;
    resolved: unknown;
    case_load: unknown;
  }>`with fine as (
      select ${DIMENSIONS},
        sum(case when created_at >= ${start} and created_at < ${end} then 1 else 0 end) as received,
        sum(case when resolved_at >= ${start} and resolved_at < ${end} then 1 else 0 end) as resolved,
        sum(case when resolved_at is null or resolved_at >= ${end} then 1 else 0 end) as case_load
      from issue_facts
      where created_at < ${end} and (resolved_at is null or resolved_at >= ${start})
      group by ${DIMENSIONS})
    ${perGrouping(
      groupings,
      sql`sum(received) as received, sum(resolved) as resolved, sum(case_load) as case_load`,
      sql``,
    )}`.execute(db);

  // Goal cycles completed in the month, met and missed, and breached and open at its end.
  const goals = await sql<{
    grouped_by: ReportGrouping;
    grp: string | null;
    goal: string;
    internal: unknown;
    met: unknown;
    missed: unknown;
    open_breaches: unknown;
  }>`with fine as (
      select ${DIMENSIONS}, goal, internal,
        sum(case when ${completed} and result = 'met' then 1 else 0 end) as met,
        sum(case when ${completed} and result = 'missed' then 1 else 0 end) as missed,
        sum(case when ${openBreachAtEnd} then 1 else 0 end) as open_breaches
      from goal_cycles
      where (${completed}) or (${openBreachAtEnd})
      group by ${DIMENSIONS}, goal, internal)
    ${perGrouping(
      groupings,
      sql`goal, internal, sum(met) as met, sum(missed) as missed, sum(open_breaches) as open_breaches`,
      sql`, goal, internal`,
    )}`.execute(db);

  // The completed cycles' elapsed time, counted per duration bucket.
  const buckets = await sql<{
    grouped_by: ReportGrouping;
    grp: string | null;
    goal: string;
    internal: unknown;
    bucket: unknown;
    cycles: unknown;
  }>`with fine as (
      select ${DIMENSIONS}, goal, internal, bucket, count(*) as cycles
      from (
        select ${DIMENSIONS}, goal, internal, ${durationBucketSql()} as bucket
        from goal_cycles where ${completed}
      ) bucketed
      group by ${DIMENSIONS}, goal, internal, bucket)
    ${perGrouping(groupings, sql`goal, internal, bucket, sum(cycles) as cycles`, sql`, goal, internal, bucket`)}`.execute(
    db,
  );

  const result = new Map<ReportGrouping, MonthTally>(
    groupings.map((grouping) => [grouping, { cases: [], goals: new Map() }]),
  );
  for (const row of cases.rows) {
    result.get(row.grouped_by)!.cases.push({
      group: row.grp,
      received: count(row.received),
      resolved: count(row.resolved),
      caseLoadAtEnd: count(row.case_load),
    });
  }
  const goalKey = (row: { grp: string | null; goal: string; internal: unknown }): string =>
    JSON.stringify([row.grp, row.goal, count(row.internal)]);
  for (const row of goals.rows) {
    result.get(row.grouped_by)!.goals.set(goalKey(row), {
      group: row.grp,
      goal: row.goal,
      internal: count(row.internal) === 1,
      met: count(row.met),
      missed: count(row.missed),
      openBreachesAtEnd: count(row.open_breaches),
      buckets: [],
    });
  }
  for (const row of buckets.rows) {
    // Every completed cycle is counted in a goal row, so its group and goal are there.
    const goal = result.get(row.grouped_by)!.goals.get(goalKey(row))!;
    goal.buckets.push({ bucket: count(row.bucket), count: count(row.cycles) });
  }
  return new Map(
    [...result].map(([grouping, tally]) => [
      grouping,
      {
        cases: tally.cases,
        goals: [...tally.goals.values()].map(({ buckets: counted, ...goal }) => ({
          ...goal,
          histogram: histogramOfBuckets(counted),
        })),
      },
    ]),
  );
}

/** A grouping's figures while rows are read: goals by group, goal and flag. */
interface MonthTally {
  readonly cases: MonthCaseFigures[];
  readonly goals: Map<
    string,
    Omit<MonthGoalFigures, 'histogram'> & { buckets: { bucket: number; count: number }[] }
  >;
}
