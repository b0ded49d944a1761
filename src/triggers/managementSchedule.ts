import type { AppContext } from '../services/appContext';
import { raiseKpiActions } from '../services/kpi/kpiActions';
import { raiseRiskDropActions } from '../services/risk/riskDropActions';
import { remindAnnualReview } from '../services/review/annualReviewReminder';

/**
 * Daily: the KPIs that missed their target or worsened twice, and the risk areas whose score
 * dropped, get their owner's action issue (each once per month). One failing does not keep the
 * other from running; the failure is logged and thrown so Forge records the run as failed.
 */
export async function onManagementSchedule(ctx: AppContext): Promise<void> {
  // The annual review is asked for in its month, never issued here (annualReviewReminder.ts).
  const results = await Promise.allSettled([
    raiseKpiActions(ctx),
    raiseRiskDropActions(ctx),
    remindAnnualReview(ctx),
  ]);
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const failure of failures) {
    ctx.log('management schedule: a step failed', { error: String(failure.reason) });
  }
  if (failures.length > 0) throw failures[0]!.reason;
}
