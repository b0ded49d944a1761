import type { AppContext } from '../services/appContext';
import { sweepDueIssues } from '../services/sweepDueIssues';

/** The `fiveMinute` scheduled trigger: queue the issues whose warning or breach has come. */
export async function onSlaSweep(ctx: AppContext): Promise<void> {
  const { queued } = await sweepDueIssues(ctx);
  if (queued > 0) ctx.log('sweep queued due issues', { queued });
}
