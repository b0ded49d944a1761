/**
 * The management report computed in the database: every figure is a COUNT or SUM with GROUP BY,
 * and the percentiles a window (ROW_NUMBER over the group, by elapsed time) that returns only the
 * rows at the nearest ranks. Window functions and integer comparisons run alike on TiDB (Forge
 * SQL), MariaDB and Postgres (PGlite), where PERCENTILE_CONT does not exist on TiDB. So a report
 * over 100,000 issues reads a few rows per group, whatever the period: no paging, no
 * pre-aggregation (see the bench). `managementReportFromFacts` is the definition; a store test
 * holds both equal. Forge SQL gives each SELECT 5 s, 16 MiB of memory and a 4 MiB response
 * (https://developer.atlassian.com/platform/forge/limits-sql): five statements, each a scan with
 * a small answer; the percentile window sorts one measure's completed cycles of the period.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nearestRankIndex } from '../../domain/reports/nearestRank';
import type { GoalMeasure } from '../../domain/reports/goalMeasures';
import {
  emptyGroupFigures,
  reportFromFigures,
  type GoalScope,
  type GroupFigures,
  type ManagementQuery,
  type ManagementReport,
  type ReportGrouping,
  type TimeFigures,
} from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';

/** The column of each grouping, the same name in `issue_facts` and `goal_cycles`. */
const GROUP_COLUMN = {
  team: 'team',
  customer: 'customer',
  product: 'product',
  agreement: 'agreement',
  issueType: 'issue_type',
  assignee: 'assignee',
} as const satisfies Record<ReportGrouping, string>;

/** BIGINT sums come back as strings from Postgres and MySQL drivers. */
const count = (value: unknown): number => Number(value ?? 0);

const internalFlag = (scope: GoalScope): 0 | 1 | null =>
  scope === 'all' ? null : scope === 'ola' ? 1 : 0;

export async function managementReportQuery(
  db: SqlDatabase,
  query: ManagementQuery,
): Promise<ManagementReport> {
  const { months, grouping, goals } = query;
  const start = months[0]!.start;
  const end = months[months.length - 1]!.end;
  const column = GROUP_COLUMN[grouping];
  const flag = internalFlag(goals);
  const groups = new Map<string | null, GroupFigures>();
  const figures = (group: string | null): GroupFigures => {
    let found = groups.get(group);
    if (!found) groups.set(group, (found = emptyGroupFigures()));
    return found;
  };

  // Cases: received, resolved in the period, open at its end. Only issues alive in the period.
  const cases = await db
    .selectFrom('issue_facts')
    .select((eb) => [
      eb.ref(column).as('grp'),
      eb.fn
        .sum<string>(
          eb
            .case()
            .when(eb.and([eb('created_at', '>=', start), eb('created_at', '<', end)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('received'),
      eb.fn
        .sum<string>(
          eb
            .case()
            .when(eb.and([eb('resolved_at', '>=', start), eb('resolved_at', '<', end)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('resolved'),
      eb.fn
        .sum<string>(
          eb
            .case()
            .when(eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', end)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('case_load'),
    ])
    .where('created_at', '<', end)
    .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', start)]))
    .groupBy(column)
    .execute();
  for (const row of cases) {
    const f = figures(row.grp);
    f.received = count(row.received);
    f.resolved = count(row.resolved);
    f.caseLoad = count(row.case_load);
  }

  const cyclesInScope = db
    .selectFrom('goal_cycles')
    .$if(flag !== null, (qb) => qb.where('internal', '=', flag!));

  // Goal cycles completed in the period, by group and month. The month is a CASE over the
  // month boundaries, inlined as literals so SELECT and GROUP BY hold the same expression.
  const monthOf = sql<number>`case ${sql.join(
    months.map((m, i) => sql`when stopped_at < ${sql.lit(m.end)} then ${sql.lit(i)}`),
    sql` `,
  )} end`;
  const completed = await cyclesInScope
    .select((eb) => [
      eb.ref(column).as('grp'),
      monthOf.as('month'),
      eb.fn.sum<string>(eb.case().when('result', '=', 'met').then(1).else(0).end()).as('met'),
      eb.fn.sum<string>(eb.case().when('result', '=', 'missed').then(1).else(0).end()).as('missed'),
    ])
    .where('result', 'in', ['met', 'missed'])
    .where('stopped_at', '>=', start)
    .where('stopped_at', '<', end)
    .groupBy([column, monthOf])
    .execute();
  const monthly = months.map(() => ({ met: 0, missed: 0 }));
  for (const row of completed) {
    const f = figures(row.grp);
    f.met += count(row.met);
    f.missed += count(row.missed);
    monthly[Number(row.month)]!.met += count(row.met);
    monthly[Number(row.month)]!.missed += count(row.missed);
  }

  // Breached by the period's end and not stopped by then.
  const breaches = await cyclesInScope
    .select((eb) => [eb.ref(column).as('grp'), eb.fn.countAll<string>().as('open_breaches')])
    .where('breached_at', '<', end)
    .where((eb) => eb.or([eb('stopped_at', 'is', null), eb('stopped_at', '>=', end)]))
    .groupBy(column)
    .execute();
  for (const row of breaches) figures(row.grp).openBreaches = count(row.open_breaches);

  for (const measure of ['reaction', 'resolution'] as const) {
    for (const [group, times] of await percentiles(db, query, measure, start, end)) {
      figures(group)[measure] = times;
    }
  }

  return reportFromFigures(query, groups, monthly);
}

/**
 * Median and 90th percentile of the measure's elapsed business time per group, by nearest rank:
 * the row numbered r of n is the P-th percentile when r is the least with 100·r ≥ P·n, i.e.
 * 100·r ≥ P·n > 100·(r − 1) — integer arithmetic, the same on every engine.
 */
async function percentiles(
  db: SqlDatabase,
  query: ManagementQuery,
  measure: GoalMeasure,
  start: number,
  end: number,
): Promise<Map<string | null, TimeFigures>> {
  const goalIds = query.measures[measure];
  const result = new Map<string | null, TimeFigures>();
  if (goalIds.length === 0) return result;
  const column = GROUP_COLUMN[query.grouping];
  const flag = internalFlag(query.goals);
  const ranked = db
    .selectFrom('goal_cycles')
    .select((eb) => [
      eb.ref(column).as('grp'),
      'elapsed_ms',
      sql<number>`row_number() over (partition by ${sql.ref(column)} order by elapsed_ms)`.as('rn'),
      sql<number>`count(*) over (partition by ${sql.ref(column)})`.as('n'),
    ])
    .where('goal', 'in', goalIds)
    .where('result', 'in', ['met', 'missed'])
    .where('stopped_at', '>=', start)
    .where('stopped_at', '<', end)
    .$if(flag !== null, (qb) => qb.where('internal', '=', flag!))
    .as('ranked');
  const atRank = (p: number): Expression<SqlBool> =>
    sql<SqlBool>`(100 * rn >= ${sql.lit(p)} * n and 100 * (rn - 1) < ${sql.lit(p)} * n)`;
  const rows = await db
    .selectFrom(ranked)
    .select(['grp', 'elapsed_ms', 'rn', 'n'])
    .where((eb) => eb.or([atRank(50), atRank(90)]))
    .execute();
  const picked = new Map<string | null, { n: number; at: Map<number, number> }>();
  for (const row of rows) {
    let entry = picked.get(row.grp);
    if (!entry) picked.set(row.grp, (entry = { n: count(row.n), at: new Map() }));
    entry.at.set(count(row.rn), count(row.elapsed_ms));
  }
  for (const [group, { n, at }] of picked) {
    result.set(group, {
      count: n,
      medianMs: at.get(nearestRankIndex(n, 50)) ?? null,
      p90Ms: at.get(nearestRankIndex(n, 90)) ?? null,
    });
  }
  return result;
}
