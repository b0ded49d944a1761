/**
 * When the sweep tries a closure again. An attempt may run as long as a Forge function may (the
 * consumer's 900 s: https://developer.atlassian.com/platform/forge/limits-invocation/), so no
 * retry comes sooner than 15 minutes after an attempt started: a running attempt is never taken
 * over. Then the wait doubles, 15 min, 30 min, 1 h, 2 h, 4 h, capped at 6 h, and after 8 attempts
 * (about 20 hours of Jira refusing) the closure is left `failed` for an administrator.
 */

export const CLOSURE_LEASE_MS = 15 * 60_000;
export const MAX_CLOSURE_WAIT_MS = 6 * 3_600_000;
export const MAX_CLOSURE_ATTEMPTS = 8;

/** The wait after attempt number `attempts` (1-based) before the next. */
export const closureRetryWaitMs = (attempts: number): number =>
  Math.min(CLOSURE_LEASE_MS * 2 ** Math.max(0, attempts - 1), MAX_CLOSURE_WAIT_MS);

/** A closure's progress as far as retrying goes. */
export interface ClosureProgress {
  readonly status: string;
  readonly attempts: number;
  readonly claimedAt: number;
  readonly attemptedAt: number | null;
}

/**
 * Whether the sweep tries the closure again at `now`: not closed, attempts left, and its wait
 * over (a claim never attempted counts from the claim, with the lease).
 */
export function closureRetryDue(closure: ClosureProgress, now: number): boolean {
  if (closure.status === 'closed' || closure.attempts >= MAX_CLOSURE_ATTEMPTS) return false;
  const since = closure.attemptedAt ?? closure.claimedAt;
  const wait = closure.attempts === 0 ? CLOSURE_LEASE_MS : closureRetryWaitMs(closure.attempts);
  return now - since >= wait;
}
