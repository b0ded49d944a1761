import type { AppContext } from '../services/appContext';
import { queueDueRetries } from '../services/retrySchedule';
import { sweepDueIssues } from '../services/sweepDueIssues';

/**
 * The `fiveMinute` scheduled trigger: queue the work on the retry schedule that is due, the
 * issues whose warning or breach has come, and those not yet evaluated under the contract in
 * force, except the issues the retry schedule brings back at their own pace.
 */
export async function onSlaSweep(ctx: AppContext): Promise<void> {
  const retries = await queueDueRetries(ctx);
  const { queued, reevaluated } = await sweepDueIssues(ctx, {
    leaveOut: retries.retryingIssues,
  });
  if (retries.queued > 0) ctx.log('sweep queued retries', { retries: retries.queued });
  if (queued > 0) ctx.log('sweep queued due issues', { queued });
  if (reevaluated > 0) ctx.log('sweep queued issues to re-evaluate', { reevaluated });
}
