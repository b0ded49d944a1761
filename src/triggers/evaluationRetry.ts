import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { isJiraRefusal, JiraBusyError, JiraError } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';
import { refreshRequestsOf, type EvaluationJob } from '../services/evaluationJob';
import { rememberFailedEvaluations } from '../services/evaluationRetries';

/** Forge delivers an async event again at most four times (Async events API, "Retry events"). */
const MAX_RETRIES = 4;
/**
 * The first retry waits a minute, each next one twice as long: 1, 2, 4, 8 minutes; longer when
 * Jira asked for a longer wait with `Retry-After`, up to the 900 s Forge allows.
 */
const FIRST_RETRY_AFTER_SECONDS = 60;
const MAX_RETRY_AFTER_SECONDS = 900;

/**
 * What the consumer answers Forge when a job failed. A failure that may pass (Jira rate limits
 * and 5xx that outlasted the client's own retries, network or storage trouble) asks for the
 * event again with an `InvocationError`, waiting longer each time, while retries are left.
 * Otherwise, and for a job the retry schedule queued, the failure is logged and the event ends;
 * an issue's evaluation goes (back) on the app's retry schedule, which brings it back however
 * it failed (its state may be one no sweep looks at), every issue of a batch job too; an
 * escalation's retry stays on it.
 */
export async function answerFailure(
  event: Pick<AsyncEvent<EvaluationJob>, 'body' | 'retryContext'>,
  error: unknown,
  ctx: AppContext,
): Promise<InvocationError | undefined> {
  const retryCount = event.retryContext?.retryCount ?? 0;
  if (!isJiraRefusal(error) && !event.body.retrying && retryCount < MAX_RETRIES) {
    const asked = error instanceof JiraBusyError ? error.retryAfterSeconds : 0;
    return new InvocationError({
      retryAfter: Math.min(
        Math.max(FIRST_RETRY_AFTER_SECONDS * 2 ** retryCount, asked),
        MAX_RETRY_AFTER_SECONDS,
      ),
      retryReason:
        error instanceof JiraError && error.status === 429
          ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
          : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
  // What the batch's records said is the app's own bookkeeping: the log names the issues.
  const { records: _records, ...job } = event.body;
  ctx.log('evaluation failed', {
    ...job,
    ...(error instanceof JiraError && { status: error.status }),
    error: String(error),
    retries: retryCount,
  });
  if (!event.body.escalation) {
    const issues = refreshRequestsOf(event.body);
    if (issues.length > 0) {
      await rememberFailedEvaluations(
        ctx,
        issues.map(({ issueKey }) => ({ issueKey, error })),
      );
    }
  }
  return undefined;
}
