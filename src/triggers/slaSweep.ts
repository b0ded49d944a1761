import type { AppContext } from '../services/appContext';
import { sweepDevLoop } from '../services/devloop/retryClosures';
import { sweepFollowUps } from '../services/quality/overdueFollowUps';
import { queueDueRetries } from '../services/retrySchedule';
import { sweepDueIssues } from '../services/sweepDueIssues';

/**
 * The `fiveMinute` scheduled trigger: queue the work on the retry schedule that is due, the
 * issues whose warning or breach has come, and those not yet evaluated under the contract in
 * force, except the issues the retry schedule brings back at their own pace; then the quality
 * loop's follow-ups (`overdueFollowUps.ts`).
 */
export async function onSlaSweep(ctx: AppContext): Promise<void> {
  const retries = await queueDueRetries(ctx);
  const { queued, reevaluated } = await sweepDueIssues(ctx, {
    leaveOut: retries.retryingIssues,
  });
  if (retries.queued > 0) ctx.log('sweep queued retries', { retries: retries.queued });
  if (queued > 0) ctx.log('sweep queued due issues', { queued });
  if (reevaluated > 0) ctx.log('sweep queued issues to re-evaluate', { reevaluated });
  // The quality loop's follow-ups: overdue ones escalated once, lost ones queued again. Its
  // failure (say, before the SQL migrations ran) is logged and ends nothing of the SLA sweep.
  try {
    const quality = await sweepFollowUps(ctx);
    if (quality.escalated > 0 || quality.requeued > 0)
      ctx.log('sweep of follow-ups', { ...quality });
  } catch (error) {
    ctx.log('sweep of follow-ups failed', { error: String(error) });
  }
  // The development loop: closures and release notes retried, lost work queued again.
  try {
    const devLoop = await sweepDevLoop(ctx);
    if (devLoop.retried > 0 || devLoop.requeuedReports > 0 || devLoop.requeuedCases > 0)
      ctx.log('sweep of the development loop', { ...devLoop });
  } catch (error) {
    ctx.log('sweep of the development loop failed', { error: String(error) });
  }
}
