import { parseInstant } from '../../domain/instant';
import { NO_SCALE } from '../../domain/quality/feedback';
import {
  isComplaintType,
  type RelationshipSettings,
} from '../../domain/relationships/relationshipSettings';
import { jiraInstantMs } from '../../jira/issueSnapshot';
import { loadRelationshipSettings } from '../../storage/relationshipSettings';
import type { AppContext } from '../appContext';
import { recordFeedback, type RecordOutcome } from '../quality/recordFeedback';

/** The reason a complaint is recorded with: recurrence groups complaints under it too. */
export const COMPLAINT_REASON = 'complaint';

/** The part of a product event that tells an issue became a complaint. */
export interface IssueEventLike {
  readonly eventType: string;
  /** Forge's issue events carry the issue's `fields` (its type among them) as of the event. */
  readonly issue?: {
    readonly id: string;
    readonly key: string;
    readonly fields?: { readonly issuetype?: { readonly name?: string } };
  };
  readonly atlassianId?: string | null;
  readonly changelog?: { readonly items?: readonly { field?: string; fieldId?: string }[] };
}

/**
 * Created, or its issue type changed: the events after which an issue may be a new complaint
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/: an update carries the
 * changelog, whose items name the field changed, `issuetype` for a type change).
 */
export const mayBecomeComplaint = (event: IssueEventLike): boolean =>
  event.eventType === 'avi:jira:created:issue' ||
  (event.eventType === 'avi:jira:updated:issue' &&
    (event.changelog?.items ?? []).some(
      (i) => i.field === 'issuetype' || i.fieldId === 'issuetype',
    ));

/**
 * Records an issue of a complaint issue type as feedback of source `complaint` (no score, always
 * flagged, reason `complaint`), once: its source id is the issue id, so a replayed event, or a
 * type changed away and back, records nothing new. Flagged feedback goes to the team lead's
 * follow-up (`quality-events`) and counts toward recurrence, as any negative feedback does.
 * Answers null when the issue is not a complaint. One Jira read (two when it is one).
 */
export async function recordComplaintIfAny(
  ctx: AppContext,
  settings: RelationshipSettings,
  issueKey: string,
  actor: string,
): Promise<RecordOutcome | null> {
  const issue = await ctx.jira.getIssue(issueKey, ['issuetype', 'created', 'summary']);
  const type = issue?.fields.issuetype?.name;
  if (!issue || !type) return null;
  if (!isComplaintType(settings, type)) return null;
  const created = issue.fields.created;
  return recordFeedback(
    ctx,
    {
      source: 'complaint',
      sourceId: issue.id,
      scale: NO_SCALE,
      score: 0,
      reason: COMPLAINT_REASON,
      comment: issue.fields.summary?.slice(0, 4000) ?? null,
      issueKey: issue.key,
      customer: null,
      // When the customer complained: when the issue was created (now, if Jira did not say).
      answeredAt: created ? parseJiraInstant(created, ctx.now()) : ctx.now(),
      rawPayload: JSON.stringify({ issueId: issue.id, issueKey: issue.key, issueType: type }),
    },
    actor,
  );
}

/** Jira's `created` ("2026-03-02T07:30:00.000+0000"), or `fallback` when it cannot be read. */
function parseJiraInstant(text: string, fallback: number): number {
  const t = jiraInstantMs(text);
  if (Number.isFinite(t)) return t;
  try {
    return parseInstant(text);
  } catch {
    return fallback;
  }
}

/**
 * The product-event hook: a failure (Jira busy, SQL down) is logged, not thrown, so the
 * evaluation queued for the same event is not retried for it; the complaint is recorded on the
 * issue's next type change or by hand.
 */
export async function complaintOnEvent(ctx: AppContext, event: IssueEventLike): Promise<void> {
  if (!event.issue || !mayBecomeComplaint(event)) return;
  try {
    // The event names the issue's type: most issues are no complaint, and cost no Jira read.
    const type = event.issue.fields?.issuetype?.name;
    const settings = await loadRelationshipSettings(ctx.store);
    if (type && !isComplaintType(settings, type)) return;
    await recordComplaintIfAny(ctx, settings, event.issue.key, event.atlassianId ?? 'jira');
  } catch (error) {
    ctx.log('could not record the complaint', { issueKey: event.issue.key, error: String(error) });
  }
}
