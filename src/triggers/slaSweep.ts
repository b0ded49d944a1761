import type { AppContext } from '../services/appContext';
import { sweepDueIssues } from '../services/sweepDueIssues';

/**
 * The `fiveMinute` scheduled trigger: queue the issues whose warning or breach has come, and
 * those not yet evaluated under the contract in force.
 */
export async function onSlaSweep(ctx: AppContext): Promise<void> {
  const { queued, reevaluated } = await sweepDueIssues(ctx);
  if (queued > 0) ctx.log('sweep queued due issues', { queued });
  if (reevaluated > 0) ctx.log('sweep queued issues to re-evaluate', { reevaluated });
}
