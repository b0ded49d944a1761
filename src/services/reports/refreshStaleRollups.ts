/**
 * Keeps the months people report on current in the background: the hourly report schedule
 * rebuilds the closed months whose rollup is stale (facts changed since its build), newest first,
 * within a time budget. A month gets a rollup row the first time a report covers it, so only
 * months someone has looked at are kept; the next report then reads them instead of paying for
 * the rebuild inside its 25 s resolver call.
 */
import type { SqlDatabase } from '../../storage/sql/schema';
import { buildMonthRollup } from './buildMonthRollup';
import { rollupMonthKey } from './monthRollups';

/** The most months one run looks at: two years of one time zone's months. */
export const STALE_ROLLUPS_PER_RUN = 24;

/**
 * Rebuilds stale closed months (end ≤ `now`) until `budgetEnds` (wall clock, ms) has passed;
 * answers how many it rebuilt. A month left over is rebuilt by the next run or the next report.
 */
export async function refreshStaleRollups(
  db: SqlDatabase,
  now: number,
  budgetEnds: number,
): Promise<number> {
  const rows = await db
    .selectFrom('rollup_months')
    .selectAll()
    .where('end_ms', '<=', now)
    .where((eb) => eb.or([eb('build_id', 'is', null), eb('built_at', '<=', eb.ref('changed_at'))]))
    .orderBy('end_ms', 'desc')
    .limit(STALE_ROLLUPS_PER_RUN)
    .execute();
  let rebuilt = 0;
  for (const row of rows) {
    if (Date.now() >= budgetEnds) break;
    const month = { start: Number(row.start_ms), end: Number(row.end_ms) };
    await buildMonthRollup(db, { key: rollupMonthKey(month), ...month });
    rebuilt += 1;
  }
  return rebuilt;
}
