import { isScoreOn } from '../../domain/quality/feedbackScale';
import { isRecord } from '../../domain/validation';
import type { JiraClient } from '../../jira/jiraClient';
import { feedbackFromSource } from '../../storage/quality/feedbackRecords';
import { loadQualitySettings } from '../../storage/qualitySettings';
import type { AppContext } from '../appContext';
import { recordFeedback, type RecordOutcome } from './recordFeedback';

/** A request's CSAT as Jira Service Management answers it. */
export interface JsmCsat {
  readonly rating: number;
  readonly comment: string | null;
  /** The answer as received, kept with the record. */
  readonly raw: unknown;
}

/** The account the audit trail names for ratings read from Jira Service Management. */
export const JSM_ACTOR = 'jira-service-management';

/**
 * A request's CSAT rating (`GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback`: `{ type:
 * 'csat', rating: 1..5, comment: { body } }`, 404 while the customer has given none or when the
 * issue is no service request); null when there is none.
 */
export async function readJsmCsat(jira: JiraClient, issueKey: string): Promise<JsmCsat | null> {
  const response = await jira.call(
    'requestFeedback',
    { requestIdOrKey: issueKey },
    { allow404: true },
  );
  if (response.status === 404) return null;
  const body = response.body;
  if (!isRecord(body) || typeof body.rating !== 'number' || !isScoreOn('csat', body.rating)) {
    // Not the documented shape: logged by the caller, never recorded as a score.
    throw new Error(`unexpected JSM feedback for ${issueKey}: ${JSON.stringify(body)}`);
  }
  const comment =
    isRecord(body.comment) && typeof body.comment.body === 'string' ? body.comment.body : '';
  return { rating: body.rating, comment: comment.trim() === '' ? null : comment, raw: body };
}

export type JsmFeedbackOutcome = RecordOutcome | { readonly kind: 'none' | 'disabled' };

/**
 * Records a request's CSAT once, as `jsm` feedback whose source id is the issue key (JSM keeps
 * one rating per request). A request already recorded costs no Jira request.
 */
export async function recordJsmFeedback(
  ctx: AppContext,
  issueKey: string,
): Promise<JsmFeedbackOutcome> {
  if (!(await loadQualitySettings(ctx.store)).readJsmCsat) return { kind: 'disabled' };
  const earlier = await feedbackFromSource(ctx.sql, 'jsm', issueKey);
  if (earlier) return { kind: 'replayed', feedbackId: earlier.id };
  const csat = await readJsmCsat(ctx.jira, issueKey);
  if (!csat) return { kind: 'none' };
  return recordFeedback(
    ctx,
    {
      source: 'jsm',
      sourceId: issueKey,
      scale: 'csat',
      score: csat.rating,
      reason: null,
      comment: csat.comment,
      issueKey,
      customer: null,
      // JSM's answer carries no date: the rating is dated when the app first reads it.
      answeredAt: ctx.now(),
      rawPayload: JSON.stringify(csat.raw),
    },
    JSM_ACTOR,
  );
}

/** Whether a product event is an issue update that set its resolution (the request was resolved). */
export function resolvedByEvent(event: {
  readonly eventType: string;
  readonly changelog?: {
    readonly items?: readonly { field?: string; fieldId?: string; to?: string | null }[];
  };
}): boolean {
  if (event.eventType !== 'avi:jira:updated:issue') return false;
  return (event.changelog?.items ?? []).some(
    (item) =>
      (item.fieldId ?? item.field) === 'resolution' && item.to !== null && item.to !== undefined,
  );
}

/**
 * Reads the CSAT of a request just resolved (the product trigger's hook). A failure is logged and
 * goes no further: the SLA work of the same event must not suffer, and the sweep reads it again.
 */
export async function readJsmFeedbackOnResolution(
  ctx: AppContext,
  issueKey: string,
): Promise<void> {
  try {
    await recordJsmFeedback(ctx, issueKey);
  } catch (error) {
    ctx.log('JSM feedback could not be read on resolution; the sweep reads it again', {
      issueKey,
      error: String(error),
    });
  }
}
