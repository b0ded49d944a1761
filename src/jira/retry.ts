import type { JiraHttpResponse } from './transport';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff when Jira gives no Retry-After; doubles each time, with jitter. */
  readonly baseDelayMs: number;
  /**
   * No single wait is longer. A `Retry-After` above it is not cut short (Jira refuses a request
   * sent before the time it asked for, "Rate limiting"): the request fails at once instead.
   */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

/** Jira answers 429 when rate limited and 5xx when it is briefly unwell: both are worth a retry. */
export const isRetryable = (status: number): boolean =>
  status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/** The wait Jira asks for with `Retry-After` (seconds), in ms; undefined when it asks for none. */
export function requestedWaitMs(response: JiraHttpResponse): number | undefined {
  const header = response.headers['retry-after'];
  const seconds = header === undefined ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Exponential backoff with full jitter before retry number `attempt` (0-based), capped. */
export function backoffMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  return Math.min(policy.baseDelayMs * 2 ** attempt * (0.5 + random() / 2), policy.maxDelayMs);
}

/**
 * The time one function invocation may spend waiting between Jira retries, all its requests
 * and clients together, so that retrying never runs it past its time limit.
 */
export class RetryBudget {
  private waitedMs = 0;

  constructor(readonly totalMs: number) {}

  get remainingMs(): number {
    return this.totalMs - this.waitedMs;
  }

  spend(ms: number): void {
    this.waitedMs += ms;
  }
}

/**
 * The budget of a function that Forge stops after `timeLimitSeconds`: 40 % of it for waiting,
 * the rest for the work (a resolver's 25 s leave 10 s of waiting, the consumer's 900 s six
 * minutes).
 */
export const retryBudgetFor = (timeLimitSeconds: number): RetryBudget =>
  new RetryBudget(timeLimitSeconds * 1000 * 0.4);
