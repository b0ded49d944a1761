import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import { PORTAL_CHOICE_PROPERTY } from '../resolvers/portalViews';
import { appAccountId } from '../services/appAccount';
import type { AppContext } from '../services/appContext';
import type { EvaluationJob } from '../services/evaluationJob';
import { rememberFailedEvaluations } from '../services/evaluationRetries';
import { readJsmFeedbackOnResolution, resolvedByEvent } from '../services/quality/jsmFeedback';
import { complaintOnEvent } from '../services/relationships/complaintIntake';
import { mirrorDevIssue, mirrorReleasedVersion } from '../services/devloop/devIssueEvents';
import { deleteMany } from '../storage/batches';
import { IssueSlaRecords } from '../storage/issueSlaRecords';
import {
  escalationClaimsOf,
  escalationRetriesOf,
  evaluationRetryKey,
} from '../storage/storageKeys';

/**
 * The part of a Forge product event the app reads (`avi:jira:*:issue`, `avi:jira:*:version`,
 * `avi:jira:*:issue-property`).
 */
export interface ProductEvent {
  readonly eventType: string;
  readonly issue?: { readonly id: string; readonly key: string };
  readonly version?: { readonly id: string | number };
  /** The issue property a property event is about. */
  readonly property?: { readonly key: string };
  /** The account that caused the event. */
  readonly atlassianId?: string | null;
  /** What an issue update changed (`avi:jira:updated:issue`). */
  readonly changelog?: {
    readonly items?: readonly { field?: string; fieldId?: string; to?: string | null }[];
  };
}

/** Someone wrote or deleted an issue property (the app's own writes never come: ignoreSelf). */
const PROPERTY_EVENTS = ['avi:jira:set:issue-property', 'avi:jira:deleted:issue-property'];

/**
 * The product-event trigger. It does no evaluation itself (a trigger has 25 s and Jira may
 * send bursts): it queues the issue for the consumer, which replays the whole history, so a
 * duplicated event costs one idempotent re-evaluation and a lost one is repaired by the next.
 * A change to the `slm` property queues the issue too, with who changed it: the re-evaluation
 * writes the app's property back and logs them. So does the portal's choice
 * (`slm-portal-request`) being set: JSM may store it after the created event, and the
 * re-evaluation applies it. Version events queue the version's issues (the development loop
 * acts on them).
 */
export async function onProductEvent(event: ProductEvent, ctx: AppContext): Promise<void> {
  if (event.eventType === 'avi:jira:deleted:issue' && event.issue) {
    // Nothing to evaluate any more: drop the escalation ledgers, the retries and the record.
    const keys = [
      ...(await ctx.store.keys(escalationClaimsOf(event.issue.id))),
      ...(await ctx.store.keys(escalationRetriesOf(event.issue.id))),
      evaluationRetryKey(event.issue.key),
    ];
    await deleteMany(ctx.store, keys);
    await new IssueSlaRecords(ctx.entities).delete(event.issue.id);
    return;
  }
  if (event.issue && portalChoiceSet(event)) {
    await queueIssue(ctx, { issueKey: event.issue.key, reason: event.eventType });
  } else if (PROPERTY_EVENTS.includes(event.eventType)) {
    if (!event.issue || (event.property && event.property.key !== SLM_PROPERTY_KEY)) return;
    // The app's own writes: Forge holds them back (`ignoreSelf`), and should one come anyway,
    // re-evaluating would write the property again and raise another, without end.
    if (event.atlassianId && event.atlassianId === (await appAccountId(ctx.jira))) return;
    await queueIssue(ctx, {
      issueKey: event.issue.key,
      reason: event.eventType,
      ...(event.atlassianId && { changedBy: event.atlassianId }),
    });
  } else if (event.issue) {
    await queueIssue(ctx, { issueKey: event.issue.key, reason: event.eventType });
    // A resolved request may carry the customer's CSAT: one read (the sweep catches later ones).
    if (resolvedByEvent(event)) await readJsmFeedbackOnResolution(ctx, event.issue.key);
    // A new complaint (created, or its type changed to one) joins the quality loop's feedback.
    await complaintOnEvent(ctx, event);
    // A development issue's change is mirrored on the cases handed over to it.
    if (event.eventType === 'avi:jira:updated:issue') {
      await mirroring(ctx, event.issue.key, () => mirrorDevIssue(ctx, event.issue!.key));
    }
  } else if (event.version) {
    await ctx.queue.push([{ versionId: String(event.version.id), reason: event.eventType }]);
    if (event.eventType === 'avi:jira:released:version') {
      const versionId = String(event.version.id);
      await mirroring(ctx, `version ${versionId}`, () => mirrorReleasedVersion(ctx, versionId));
    }
  }
}

/** The portal's create panel choice was stored on an issue (the portal writes it as the customer). */
const portalChoiceSet = (event: ProductEvent) =>
  event.eventType === 'avi:jira:set:issue-property' &&
  event.property?.key === PORTAL_CHOICE_PROPERTY;

/**
 * Mirrors development on the cases; a failure (Jira busy) is logged, not thrown: the issue is
 * queued already, and the next update of the development issue (or the version's release)
 * repairs it, as the mirror compares Jira's current state with what was recorded.
 */
async function mirroring(ctx: AppContext, what: string, mirror: () => Promise<void>) {
  try {
    await mirror();
  } catch (error) {
    ctx.log('could not mirror development on the cases', { what, error: String(error) });
  }
}

/**
 * Queues an issue for the consumer. Should the queue refuse (Forge's limit of 500 events a
 * minute, an outage), the issue goes on the retry schedule instead: the change is not lost.
 */
async function queueIssue(ctx: AppContext, job: EvaluationJob & { issueKey: string }) {
  try {
    await ctx.queue.push([job]);
  } catch (error) {
    ctx.log('could not queue the issue; the sweep brings it back', {
      ...job,
      error: String(error),
    });
    await rememberFailedEvaluations(ctx, [{ issueKey: job.issueKey, error }]);
  }
}
