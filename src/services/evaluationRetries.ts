import { deleteMany, getMany, setMany } from '../storage/batches';
import { evaluationRetryKey, EVALUATION_RETRIES } from '../storage/storageKeys';
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
 * Puts issues whose evaluation failed for good (their event's retries used up, Jira refused
 * them, or they failed within a batch that went on without them) on the retry schedule, each
 * later after each failure in a row. Nothing else may bring an issue back: its state may be one
 * that no sweep looks at (parked, with nothing due), so it is never given up on; a permanent
 * failure costs one evaluation every half hour. Read and written in Forge's batches.
 */
export async function rememberFailedEvaluations(
  ctx: AppContext,
  failures: readonly { readonly issueKey: string; readonly error: unknown }[],
): Promise<void> {
  const keys = failures.map((f) => evaluationRetryKey(f.issueKey));
  const before = await getMany<ScheduledRetry>(ctx.store, keys);
  const now = ctx.now();
  await setMany(
    ctx.store,
    failures.map(({ issueKey, error }, i) => {
      const failures = (before.get(keys[i]!)?.failures ?? 0) + 1;
      const retry: ScheduledRetry = {
        job: { issueKey, reason: 'evaluation failed before' },
        dueAt: now + Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS),
        failedAt: new Date(now).toISOString(),
        failures,
        lastError: String(error).slice(0, MAX_ERROR_LENGTH),
      };
      return { key: keys[i]!, value: retry };
    }),
  );
}

/**
 * Takes issues off the retry schedule after evaluations that succeeded, except those that
 * failed again after the evaluation began (`startedAt`, epoch ms). The schedule holds only the
 * issues failing now, so it is listed once for the whole batch and only its issues are read.
 */
export async function forgetFailedEvaluations(
  ctx: AppContext,
  issueKeys: readonly string[],
  startedAt: number,
): Promise<void> {
  const scheduled = new Set(await ctx.store.keys(EVALUATION_RETRIES));
  const keys = issueKeys.map(evaluationRetryKey).filter((key) => scheduled.has(key));
  if (keys.length === 0) return;
  const retries = await getMany<ScheduledRetry>(ctx.store, keys);
  await deleteMany(
    ctx.store,
    [...retries].flatMap(([key, retry]) =>
      retry.failedAt && Date.parse(retry.failedAt) <= startedAt ? [key] : [],
    ),
  );
}
