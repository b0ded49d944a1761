import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { isJiraRefusal, JiraBusyError, JiraError } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';
import { createFollowUp } from '../services/quality/followUpIssue';

/** What the intake pushes on `quality-events` for each flagged feedback. */
export type QualityEventBody = {
  readonly feedbackId: string;
};

export type QualityEvent = Pick<AsyncEvent<QualityEventBody>, 'body' | 'retryContext'>;

/** Forge delivers an async event again at most four times (Async events API, "Retry events"). */
const MAX_RETRIES = 4;

/**
 * The `quality-events` consumer: creates the follow-up of one flagged feedback
 * (`createFollowUp`, exactly once however often the event comes). A failure that may pass (Jira
 * busy or down, storage trouble) asks Forge for the event again, a minute later and twice as long
 * each time (https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/);
 * Jira refusing the request (a project or issue type removed since the settings were saved) is
 * logged, not retried. Either way the sweep takes up flagged feedback still without a follow-up.
 */
export async function onQualityEvent(
  event: QualityEvent,
  ctx: AppContext,
): Promise<InvocationError | undefined> {
  const feedbackId = (event.body as Partial<QualityEventBody> | undefined)?.feedbackId;
  if (typeof feedbackId !== 'string' || feedbackId === '') {
    ctx.log('quality event without a feedback id, dropped', { body: event.body });
    return undefined;
  }
  try {
    const outcome = await createFollowUp(ctx, feedbackId);
    if (outcome.kind === 'skipped') ctx.log('no follow-up', { feedbackId, why: outcome.why });
    return undefined;
  } catch (error) {
    const retryCount = event.retryContext?.retryCount ?? 0;
    ctx.log('follow-up failed', {
      feedbackId,
      ...(error instanceof JiraError && { status: error.status }),
      error: String(error),
      retries: retryCount,
    });
    if (isJiraRefusal(error) || retryCount >= MAX_RETRIES) return undefined;
    const asked = error instanceof JiraBusyError ? error.retryAfterSeconds : 0;
    return new InvocationError({
      retryAfter: Math.min(Math.max(60 * 2 ** retryCount, asked), 900),
      retryReason:
        error instanceof JiraError && error.status === 429
          ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
          : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
}
