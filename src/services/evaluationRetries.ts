import { evaluationRetryKey } from '../storage/storageKeys';
import type { AppContext } from './appContext';
import type { ScheduledRetry } from './retrySchedule';

/**
 * The first retry comes 5 minutes after a failure, each next one twice as late, 30 minutes at
 * most: once Jira is well again, an issue is up to date within half an hour.
 */
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 30 * 60_000;
/** An error text is kept with the retry: a few hundred characters say enough. */
const MAX_ERROR_LENGTH = 500;

/**
 * Puts an issue whose evaluation failed for good (its event's retries used up, or Jira refused
 * it) on the retry schedule, later after each failure in a row. Nothing else may bring the issue
 * back: its state may be one that no sweep looks at (parked, with nothing due), so it is never
 * given up on; a permanent failure costs one evaluation every half hour.
 */
export async function rememberFailedEvaluation(
  ctx: AppContext,
  issueKey: string,
  error: unknown,
): Promise<void> {
  const key = evaluationRetryKey(issueKey);
  const failures = ((await ctx.store.get<ScheduledRetry>(key))?.failures ?? 0) + 1;
  const now = ctx.now();
  const retry: ScheduledRetry = {
    job: { issueKey, reason: 'evaluation failed before' },
    dueAt: now + Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS),
    failedAt: new Date(now).toISOString(),
    failures,
    lastError: String(error).slice(0, MAX_ERROR_LENGTH),
  };
  await ctx.store.set(key, retry);
}

/**
 * Takes the issue off the retry schedule after an evaluation that succeeded, unless the issue
 * failed again after that evaluation began (`startedAt`, epoch ms).
 */
export async function forgetFailedEvaluation(
  ctx: AppContext,
  issueKey: string,
  startedAt: number,
): Promise<void> {
  const key = evaluationRetryKey(issueKey);
  const retry = await ctx.store.get<ScheduledRetry>(key);
  if (retry?.failedAt && Date.parse(retry.failedAt) <= startedAt) await ctx.store.delete(key);
}
