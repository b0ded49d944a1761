import type { AppContext } from '../services/appContext';
import { issueDueCustomerReports } from '../services/customerReports';

/**
 * The `hour` scheduled trigger: issue each agreement's report for the period that has ended in
 * its time zone, once; hourly, so a report is out within the hour after its month ends.
 */
export async function onCustomerReportSchedule(ctx: AppContext): Promise<void> {
  await issueDueCustomerReports(ctx);
}
