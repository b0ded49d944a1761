/**
 * The management report's monthly rollups: for each closed month, its figures for every grouping,
 * computed once from the facts and kept (`buildMonthRollup.ts`) until a write of facts that may
 * change them. A month is one row of `rollup_months`, which points at its current build; the
 * figure rows carry their build's id, and readers read only the rows of the builds pointed at.
 *
 * Forge SQL has no transactions (`src/forge/forgeSql.ts`), so every step is one statement that
 * leaves a readable state:
 * - writers of facts stamp `changed_at` on every month the change may reach
 *   (`src/storage/sql/rollupStaleness.ts`), after writing the facts;
 * - a month's row exists before its first build reads the facts, so no such stamp is lost;
 * - a build is current when its `built_at` (wall clock before it read the facts, less
 *   `CLOCK_SKEW_MARGIN_MS`) is after the month's `changed_at`: it read every write stamped before;
 * - build ids sort by `built_at`, and the pointer only moves to a later one, so of two
 *   concurrent builders the later wins; each then deletes the rows of builds older than the
 *   one pointed at: never the pointed build's rows, nor those of a build still being written
 *   (it is later than the pointed one, or it will not be pointed at);
 * - a reader that read a pointer may still find the build's rows deleted by a later build: it
 *   reads goal rows, then case rows, and builders delete case rows, then goal rows, so while the
 *   build's whole-month case row (`WHOLE_MONTH`) is there, its goal rows were read whole; a
 *   build without it is built again.
 *
 * The bookkeeping uses the wall clock, not the app's business clock (`ctx.now()`, which the
 * simulator and tests move by hand and may stand still while facts change): it orders writes
 * against builds as they really happened.
 */
import type { ReportGrouping, ReportMonth } from '../../domain/reports/managementReport';
import type { MonthFigures } from '../../domain/reports/monthFigures';
import type { SqlDatabase } from '../../storage/sql/schema';
import { sqlEngineOf } from '../../storage/sql/sqlEngine';
import { monthFiguresOfRows, WHOLE_MONTH, type RollupBuild } from './rollupRows';

/** How far the wall clocks of two Forge invocations may disagree, taken off `built_at`. */
export const CLOCK_SKEW_MARGIN_MS = 5_000;

export interface RollupMonth {
  readonly start: number;
  readonly end: number;
  readonly buildId: string | null;
  readonly builtAt: number | null;
  readonly changedAt: number;
}

/** The key of a month in what `readRollupMonths` answers. */
export const rollupMonthKey = (month: { start: number; end: number }): string =>
  `${month.start}/${month.end}`;

/** Whether the month's build is current: built after the last change of its facts. */
export const isCurrent = (month: RollupMonth): month is RollupMonth & { buildId: string } =>
  month.buildId !== null && month.builtAt !== null && month.builtAt > month.changedAt;

/** The rollup rows of the months that have one, by `[start, end)`: one statement. */
export async function readRollupMonths(
  db: SqlDatabase,
  months: readonly ReportMonth[],
): Promise<Map<string, RollupMonth>> {
  const found = new Map<string, RollupMonth>();
  if (months.length === 0) return found;
  const rows = await db
    .selectFrom('rollup_months')
    .selectAll()
    .where(
      'start_ms',
      'in',
      months.map((m) => m.start),
    )
    .execute();
  for (const row of rows) {
    const month: RollupMonth = {
      start: Number(row.start_ms),
      end: Number(row.end_ms),
      buildId: row.build_id,
      builtAt: row.built_at === null ? null : Number(row.built_at),
      changedAt: Number(row.changed_at),
    };
    found.set(rollupMonthKey(month), month);
  }
  return found;
}

/** Adds the rows of months that have none (a row that exists already stays as it is). */
export async function createRollupMonths(
  db: SqlDatabase,
  months: readonly ReportMonth[],
): Promise<void> {
  if (months.length === 0) return;
  const insert = db.insertInto('rollup_months').values(
    months.map((m) => ({
      start_ms: m.start,
      end_ms: m.end,
      build_id: null,
      built_at: null,
      changed_at: 0,
    })),
  );
  await (
    sqlEngineOf(db) === 'mysql'
      ? insert.onDuplicateKeyUpdate({ start_ms: (eb) => eb.ref('start_ms') })
      : insert.onConflict((conflict) => conflict.columns(['start_ms', 'end_ms']).doNothing())
  ).execute();
}

/**
 * One grouping's figures of each build, by month (`rollupMonthKey`); a build whose rows a later
 * build deleted meanwhile is left out. Two statements, whatever the number of months.
 */
export async function readRollupFigures(
  db: SqlDatabase,
  builds: readonly RollupBuild[],
  grouping: ReportGrouping,
): Promise<Map<string, MonthFigures>> {
  const figures = new Map<string, MonthFigures>();
  if (builds.length === 0) return figures;
  const starts = builds.map((b) => b.start);
  const ids = builds.map((b) => b.buildId);
  // Goal rows first: see the module's comment.
  const goals = await db
    .selectFrom('rollup_goal_figures')
    .selectAll()
    .where('start_ms', 'in', starts)
    .where('build_id', 'in', ids)
    .where('grouped_by', '=', grouping)
    .execute();
  const cases = await db
    .selectFrom('rollup_case_figures')
    .selectAll()
    .where('start_ms', 'in', starts)
    .where('build_id', 'in', ids)
    .where('grouped_by', 'in', [grouping, WHOLE_MONTH])
    .execute();
  for (const build of builds) {
    const ofBuild = <R extends { build_id: string }>(rows: readonly R[]) =>
      rows.filter((row) => row.build_id === build.buildId);
    const caseRows = ofBuild(cases);
    if (!caseRows.some((row) => row.grouped_by === WHOLE_MONTH)) continue;
    figures.set(
      rollupMonthKey(build),
      monthFiguresOfRows(
        caseRows.filter((row) => row.grouped_by === grouping),
        ofBuild(goals),
      ),
    );
  }
  return figures;
}
