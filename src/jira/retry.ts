import type { JiraHttpResponse } from './transport';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff when Jira gives no Retry-After; doubles each time, with jitter. */
  readonly baseDelayMs: number;
  /** No single wait is longer: a Forge function has 25 s, the queue consumer 900 s. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

/** Jira answers 429 when rate limited and 5xx when it is briefly unwell: both are worth a retry. */
export const isRetryable = (status: number): boolean =>
  status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/**
 * How long to wait before retry number `attempt` (0-based): Jira's `Retry-After` (seconds) when
 * it sends one, else exponential backoff with full jitter; never more than `maxDelayMs`.
 */
export function retryDelay(
  response: JiraHttpResponse,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const header = response.headers['retry-after'];
  const seconds = header === undefined ? NaN : Number(header);
  const wanted =
    Number.isFinite(seconds) && seconds >= 0
      ? seconds * 1000
      : policy.baseDelayMs * 2 ** attempt * (0.5 + random() / 2);
  return Math.min(wanted, policy.maxDelayMs);
}
