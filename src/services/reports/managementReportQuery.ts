/**
 * The management report from monthly rollups: a closed month's figures are pre-aggregated once
 * and kept until facts that may change them are written (`monthRollups.ts`); the month still
 * open at `now`, and any later one, is added up live from the facts (`monthFiguresQuery.ts`)
 * and never kept. The months then add up into the report (`reportFromMonths`), which a store
 * test holds equal to the definition, `managementReportFromFacts`.
 *
 * Statements: with every closed month current, one to read the months and two to read their
 * figures, plus three per open month. The first report after facts changed also builds each
 * changed month (`buildMonthRollup.ts`: about eight statements, each reading one month), within
 * one 25 s resolver call even for a year of 100,000 issues (see the bench).
 *
 * Months are keyed by their instants `[start, end)`, not by name: a month in the viewer's time
 * zone is another rollup than the same month in a zone with other boundaries (each zone in use
 * costs its own rollups: some rows a group and goal a month), and zones with the same boundaries
 * share one.
 */
import type { ManagementQuery, ManagementReport } from '../../domain/reports/managementReport';
import { reportFromMonths, type MonthFigures } from '../../domain/reports/monthFigures';
import type { SqlDatabase } from '../../storage/sql/schema';
import { buildMonthRollup } from './buildMonthRollup';
import { queryMonthFigures } from './monthFiguresQuery';
import {
  createRollupMonths,
  isCurrent,
  readRollupFigures,
  readRollupMonths,
  rollupMonthKey,
} from './monthRollups';

export async function managementReportQuery(
  db: SqlDatabase,
  query: ManagementQuery,
  now: number,
): Promise<ManagementReport> {
  const { grouping } = query;
  const closed = query.months.filter((m) => m.end <= now);
  const rollups = await readRollupMonths(db, closed);
  await createRollupMonths(
    db,
    closed.filter((m) => !rollups.has(rollupMonthKey(m))),
  );
  const current = closed.flatMap((m) => {
    const rollup = rollups.get(rollupMonthKey(m));
    return rollup && isCurrent(rollup)
      ? [{ start: m.start, end: m.end, buildId: rollup.buildId }]
      : [];
  });
  const stored = await readRollupFigures(db, current, grouping);
  const months: MonthFigures[] = [];
  for (const month of query.months) {
    if (month.end > now) {
      months.push((await queryMonthFigures(db, month, [grouping])).get(grouping)!);
    } else {
      months.push(
        stored.get(rollupMonthKey(month)) ?? (await buildMonthRollup(db, month)).get(grouping)!,
      );
    }
  }
  return reportFromMonths(query, months);
}
