/**
 * The Survicate web trigger (manifest.yml: `webtrigger` survicate-feedback). Forge hands the
 * function the HTTP request as `{ method, path, headers, body, queryParameters }`, headers as
 * arrays of strings and the body as the raw string, and sends back `{ statusCode, headers, body }`
 * (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/). The URL has no
 * authentication of its own ("anyone can use the URL": manifest reference, "Web trigger"), so
 * every request must carry Survicate's HMAC-SHA256 signature of the body in its `Hmac` header
 * (https://developers.survicate.com/webhooks/security/), checked against the signing secret an
 * admin set. Nothing is stored unless the request is signed, well-formed and new.
 */
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { readSurvicateEvent } from '../domain/quality/survicateEvent';
import { isSurvicateSignature } from '../services/quality/survicateSignature';
import { field } from '../domain/validation';
import { JiraBusyError } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';
import { answer, header, invalid } from './webTriggerAnswers';
import { recordFeedback } from '../services/quality/recordFeedback';
import { loadQualitySettings } from '../storage/qualitySettings';
import { survicateSecret } from '../storage/survicateSecret';

/**
 * The largest body accepted, in bytes. A Survicate answer is 1–2 KB; Forge bounds the whole
 * request by the function payload size (Invocation limits), far above this.
 */
export const SURVICATE_MAX_BODY_BYTES = 64 * 1024;

/** The `webtrigger` module's key in manifest.yml. */
export const SURVICATE_FEEDBACK_TRIGGER = 'survicate-feedback';

/** The account the audit trail names for what arrives through the web trigger. */
export const SURVICATE_ACTOR = 'survicate';

/** The part of Forge's request the trigger reads (`WebTriggerRequest` of @forge/api). */
export type SurvicateWebhookRequest = Pick<WebTriggerRequest, 'method' | 'headers' | 'body'>;

export async function onSurvicateWebhook(
  request: SurvicateWebhookRequest,
  ctx: AppContext,
): Promise<WebTriggerResponse> {
  if (request.method !== 'POST') {
    return answer(405, { error: 'Survicate delivers events with POST.' }, { allow: ['POST'] });
  }
  const body = typeof request.body === 'string' ? request.body : '';
  const size = Buffer.byteLength(body, 'utf8');
  if (size > SURVICATE_MAX_BODY_BYTES) {
    return answer(413, {
      error: `The body is ${size} bytes; at most ${SURVICATE_MAX_BODY_BYTES} are accepted.`,
    });
  }
  const secret = await survicateSecret(ctx.secrets);
  if (!secret) {
    return answer(503, {
      error:
        'No Survicate signing secret is set: an admin sets it on the app’s admin page (Quality › Survicate).',
    });
  }
  if (!isSurvicateSignature(secret, body, header(request.headers, 'hmac'))) {
    return answer(401, { error: 'The Hmac header is missing or does not sign this body.' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return invalid(400, [{ path: '$', message: 'the body is not JSON' }], 'event');
  }
  const { survicate } = await loadQualitySettings(ctx.store);
  const reading = readSurvicateEvent(parsed, {
    issueKey: survicate.issueKeyAttribute,
    customer: survicate.customerAttribute,
  });
  switch (reading.kind) {
    case 'invalid':
      return invalid(400, reading.errors, 'event');
    case 'unscorable':
      return invalid(422, reading.errors, 'event');
    case 'ignored':
      return answer(202, { messageId: reading.messageId, status: reading.reason });
    case 'answer':
      break;
  }
  const { answer: survicateAnswer } = reading;
  try {
    const outcome = await recordFeedback(
      ctx,
      {
        source: 'survicate',
        sourceId: survicateAnswer.messageId,
        scale: survicateAnswer.scale,
        score: survicateAnswer.score,
        reason: null,
        comment: survicateAnswer.comment,
        issueKey: survicateAnswer.issueKey,
        customer: survicateAnswer.customer,
        answeredAt: survicateAnswer.answeredAt,
        rawPayload: body,
      },
      SURVICATE_ACTOR,
    );
    switch (outcome.kind) {
      case 'replayed':
        return answer(409, {
          error: `Message ${survicateAnswer.messageId} was received before; nothing changed.`,
          feedbackId: outcome.feedbackId,
        });
      case 'unknownIssue':
        return invalid(
          422,
          [
            {
              path: field(
                '$.event.questionAnswered.respondent.attributes',
                survicate.issueKeyAttribute,
              ),
              message: `no issue ${outcome.issueKey} exists, or the app cannot see it`,
            },
          ],
          'event',
        );
      case 'recorded':
        return answer(202, {
          feedbackId: outcome.feedback.id,
          flagged: outcome.feedback.flagCauses.length > 0,
        });
    }
  } catch (error) {
    // Jira stayed busy past the trigger's retry budget: Survicate delivers again later.
    if (error instanceof JiraBusyError) {
      const seconds = error.retryAfterSeconds;
      return answer(
        503,
        { error: `Jira is busy; deliver again in ${seconds} s.` },
        { 'retry-after': [String(seconds)] },
      );
    }
    throw error;
  }
}
