import { getMany, setMany } from '../storage/batches';
import { RETRIES } from '../storage/storageKeys';
import type { AppContext } from './appContext';
import type { EvaluationJob } from './evaluationJob';

/**
 * Work that failed and must come back by itself, one KVS value per item (`escalationRetryKey`,
 * `evaluationRetryKey`): the job to queue again, and when.
 */
export interface ScheduledRetry {
  readonly job: EvaluationJob;
  /** When to queue the job, epoch ms. */
  readonly dueAt: number;
  /** For an evaluation: when it last failed for good (ISO), and how many times in a row. */
  readonly failedAt?: string;
  readonly failures?: number;
  readonly lastError?: string;
}

/** Forge takes at most 50 events a push (Async events API, "Push API"). */
const EVENTS_PER_PUSH = 50;
/** Retries queued per sweep, the longest due first: a backlog drains over a few sweeps. */
const RETRIES_PER_SWEEP = 100;
/**
 * A queued retry is due again after this long unless its job settles it first: longer than the
 * consumer's own retries of an event last (1 + 2 + 4 + 8 minutes), so a job lost on the way
 * still comes back, and one still being retried is not queued twice.
 */
const REQUEUE_AFTER_MS = 20 * 60_000;

/**
 * The sweep's part of the retry schedule: queues the retries that are due, the longest due
 * first and a bounded number per run, each due again later in case its job is lost. Returns the
 * issues with an evaluation retry scheduled, which the sweep leaves to the schedule: an issue
 * that keeps failing then comes back at its own backed-off pace, never ahead of the others.
 */
export async function queueDueRetries(
  ctx: AppContext,
): Promise<{ queued: number; retryingIssues: ReadonlySet<string> }> {
  const entries = await readSchedule(ctx);
  const now = ctx.now();
  const due = entries
    .filter(({ retry }) => retry.dueAt <= now)
    .sort((a, b) => a.retry.dueAt - b.retry.dueAt)
    .slice(0, RETRIES_PER_SWEEP);
  for (let i = 0; i < due.length; i += EVENTS_PER_PUSH) {
    const batch = due.slice(i, i + EVENTS_PER_PUSH);
    await ctx.queue.push(batch.map(({ retry }) => ({ ...retry.job, retrying: true })));
    await setMany(
      ctx.store,
      batch.map(({ key, retry }) => ({ key, value: { ...retry, dueAt: now + REQUEUE_AFTER_MS } })),
    );
  }
  const retryingIssues = new Set(
    entries.flatMap(({ retry }) =>
      retry.job.issueKey && !retry.job.escalation ? [retry.job.issueKey] : [],
    ),
  );
  return { queued: due.length, retryingIssues };
}

/**
 * Every scheduled retry, read in Forge's batches. The schedule holds only work that is failing
 * now (an entry goes when its work succeeds or is given up), so reading it whole stays small.
 */
async function readSchedule(ctx: AppContext): Promise<{ key: string; retry: ScheduledRetry }[]> {
  const retries = await getMany<ScheduledRetry>(ctx.store, await ctx.store.keys(RETRIES));
  return [...retries].map(([key, retry]) => ({ key, retry }));
}
