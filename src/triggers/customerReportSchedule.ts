import type { AppContext } from '../services/appContext';
import { issueDueCustomerReports } from '../services/customerReports';
import { refreshStaleRollups } from '../services/reports/refreshStaleRollups';

/**
 * How long the hourly run may spend rebuilding the management report's stale monthly rollups,
 * of its 55 s (`src/forge/timeLimits.ts`): a month's build is a few statements over one month of
 * facts, so this covers the months a day of changes reaches; what is left waits an hour.
 */
export const ROLLUP_REFRESH_BUDGET_MS = 25_000;

/**
 * The `hour` scheduled trigger: issue each monthly agreement's report for the period that has
 * ended in its time zone, once, and deliver it; hourly, so a report is out within the hour after
 * its month ends, and a failed delivery is tried again an hour later. Then rebuild the stale
 * rollups of months people report on, so that the next management report reads them.
 */
export async function onCustomerReportSchedule(ctx: AppContext): Promise<void> {
  await issueDueCustomerReports(ctx);
  const rebuilt = await refreshStaleRollups(
    ctx.sql,
    ctx.now(),
    Date.now() + ROLLUP_REFRESH_BUDGET_MS,
  );
  if (rebuilt > 0) ctx.log('management report rollups rebuilt', { months: rebuilt });
}
