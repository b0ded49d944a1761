import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { JiraError } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';

/** Forge delivers an async event again at most four times (Async events API, "Retry events"). */
const MAX_RETRIES = 4;
/** The first retry waits a minute, each next one twice as long: 1, 2, 4, 8 minutes. */
const FIRST_RETRY_AFTER_SECONDS = 60;

/**
 * Jira refused the request itself (a 4xx other than a time-out or a rate limit): the same
 * request will be refused again, so retrying cannot help.
 */
const isRefusal = (error: unknown): error is JiraError =>
  error instanceof JiraError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

/**
 * What the consumer answers Forge when an evaluation failed. A failure that may pass (Jira
 * rate limits and 5xx that outlasted the client's own retries, network or storage trouble)
 * asks for the event again with an `InvocationError`, waiting longer each time, while retries
 * are left. Otherwise the failure is logged and the event ends; the issue keeps no state, or
 * the state of the contract version before, so the sweep finds it again.
 */
export function answerFailure(
  event: Pick<AsyncEvent, 'body' | 'retryContext'>,
  error: unknown,
  ctx: AppContext,
): InvocationError | undefined {
  const retryCount = event.retryContext?.retryCount ?? 0;
  if (!isRefusal(error) && retryCount < MAX_RETRIES) {
    return new InvocationError({
      retryAfter: FIRST_RETRY_AFTER_SECONDS * 2 ** retryCount,
      retryReason:
        error instanceof JiraError && error.status === 429
          ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
          : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
  ctx.log('evaluation failed', {
    ...event.body,
    ...(error instanceof JiraError && { status: error.status }),
    error: String(error),
    retries: retryCount,
  });
  return undefined;
}
