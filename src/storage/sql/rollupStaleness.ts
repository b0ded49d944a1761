import type { SqlDatabase } from './schema';

/**
 * Marks the management report's monthly rollups that a write of facts may have changed: every
 * month ending after `since` (the earliest creation among the issues whose figures changed: an
 * issue counts only in months from its creation on). One statement, run after the facts are
 * written; `changed_at` only moves forward. `wallClockNow` is the real time, not the business
 * clock: see `src/services/reports/monthRollups.ts`.
 */
export async function markRollupsChanged(
  db: SqlDatabase,
  since: number,
  wallClockNow: number,
): Promise<void> {
  await db
    .updateTable('rollup_months')
    .set({ changed_at: wallClockNow })
    .where('end_ms', '>', since)
    .where('changed_at', '<', wallClockNow)
    .execute();
}
