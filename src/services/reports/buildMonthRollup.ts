import { randomInt } from 'node:crypto';
import {
  REPORT_GROUPINGS,
  type ReportGrouping,
  type ReportMonth,
} from '../../domain/reports/managementReport';
import type { MonthFigures } from '../../domain/reports/monthFigures';
import type { SqlDatabase } from '../../storage/sql/schema';
import { statementChunks } from '../../storage/sql/upsert';
import { queryMonthFigures } from './monthFiguresQuery';
import { CLOCK_SKEW_MARGIN_MS } from './monthRollups';
import { caseFiguresRows, goalFiguresRows, WHOLE_MONTH, type RollupBuild } from './rollupRows';

/**
 * Builds a closed month's rollup (the rules are in `monthRollups.ts`; its row must exist): its
 * figures for every grouping from the facts, stored under a new build id, then pointed at, then
 * the month's older builds deleted. Answers the figures it computed, for the report that asked.
 *
 * Statements: three reads (each answers a row per group of every grouping, and per goal and
 * duration bucket), the inserts (`statementChunks`: within Forge SQL's 1 MiB a request), one
 * update and two deletes.
 */
export async function buildMonthRollup(
  db: SqlDatabase,
  month: ReportMonth,
): Promise<Map<ReportGrouping, MonthFigures>> {
  const builtAt = Date.now() - CLOCK_SKEW_MARGIN_MS;
  const build: RollupBuild = { start: month.start, end: month.end, buildId: buildIdAt(builtAt) };
  const figures = await queryMonthFigures(db, month, REPORT_GROUPINGS);

  const cases = [...figures].flatMap(([grouping, f]) => caseFiguresRows(build, grouping, f));
  // The whole month's totals: whichever grouping, every issue is in one of its groups.
  const anyGrouping = figures.get(REPORT_GROUPINGS[0])!;
  const total = (pick: (row: MonthFigures['cases'][number]) => number): number =>
    anyGrouping.cases.reduce((sum, row) => sum + pick(row), 0);
  cases.push(
    ...caseFiguresRows(build, WHOLE_MONTH, {
      cases: [
        {
          group: null,
          received: total((row) => row.received),
          resolved: total((row) => row.resolved),
          caseLoadAtEnd: total((row) => row.caseLoadAtEnd),
        },
      ],
      goals: [],
    }),
  );
  const goals = [...figures].flatMap(([grouping, f]) => goalFiguresRows(build, grouping, f));
  if (goals.length > 0) {
    for (const chunk of statementChunks(goals)) {
      await db.insertInto('rollup_goal_figures').values(chunk).execute();
    }
  }
  for (const chunk of statementChunks(cases)) {
    await db.insertInto('rollup_case_figures').values(chunk).execute();
  }

  await db
    .updateTable('rollup_months')
    .set({ build_id: build.buildId, built_at: builtAt })
    .where('start_ms', '=', month.start)
    .where('end_ms', '=', month.end)
    .where((eb) => eb.or([eb('build_id', 'is', null), eb('build_id', '<', build.buildId)]))
    .execute();
  // Case rows first: see `monthRollups.ts`.
  for (const table of ['rollup_case_figures', 'rollup_goal_figures'] as const) {
    await db
      .deleteFrom(table)
      .where('start_ms', '=', month.start)
      .where('end_ms', '=', month.end)
      .where('build_id', '<', (eb) =>
        eb
          .selectFrom('rollup_months')
          .select('build_id')
          .where('start_ms', '=', month.start)
          .where('end_ms', '=', month.end),
      )
      .execute();
  }
  return figures;
}

/**
 * A build id that sorts by `builtAt` (as digits: alike in every collation), then by a random
 * part that tells apart two builds of the same millisecond.
 */
function buildIdAt(builtAt: number): string {
  return `${String(builtAt).padStart(15, '0')}${String(randomInt(0, 1e12)).padStart(12, '0')}`;
}
