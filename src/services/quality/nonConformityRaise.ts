import { randomUUID } from 'node:crypto';
import type { Feedback } from '../../domain/quality/feedback';
import type { NonConformitySettings } from '../../domain/quality/qualitySettings';
import { createIssue, linkIssues } from '../../jira/issueCreation';
import { appendAudit } from '../../storage/quality/qualityAudit';
import { isJiraRefusal } from '../../jira/jiraClient';
import {
  abandonClaim,
  claimNonConformity,
  linkFeedback,
  recordIssueKey,
  type NonConformity,
} from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';
import { evidenceDescription } from './nonConformityEvidence';

/**
 * Raising a non-conformity: claim the row first (for a group, the unique open group key is the
 * claim), then create the Jira issue, record its key, and link the evidence. A crash between the
 * claim and the create leaves a `pending:` row that holds the group (so nothing raises a second
 * one); the daily job takes such claims over (`recoverPendingClaims`): it finds the issue by the
 * claim's label if it was created, or creates it, and links the evidence.
 */

/** The Jira link type between a non-conformity and its cases and follow-ups. */
export const NC_LINK_TYPE = 'Relates';

/** A label on the issue that names its claim, so a crashed raise finds its issue again. */
export const claimLabel = (ncId: string): string => `quality-nc-${ncId}`;

export interface RaiseRequest {
  readonly groupKey: string | null;
  readonly summary: string;
  /** Why: the evidence summary, or the lead's reason. */
  readonly reason: string;
  readonly feedback: readonly Feedback[];
  readonly raisedBy: string;
  /** Who owns the non-conformity in Jira (gets Jira's notifications of it); null: nobody yet. */
  readonly assignee: string | null;
}

export type RaiseOutcome =
  | { readonly raised: true; readonly ncId: string; readonly issueKey: string }
  | { readonly raised: false };

export async function raiseNonConformity(
  ctx: AppContext,
  settings: NonConformitySettings & { readonly projectKey: string },
  request: RaiseRequest,
): Promise<RaiseOutcome> {
  const id = randomUUID();
  const at = ctx.now();
  const claimed = await claimNonConformity(ctx.sql, {
    id,
    groupKey: request.groupKey,
    raisedAt: at,
    raisedBy: request.raisedBy,
    reason: request.reason,
  });
  if (!claimed) return { raised: false };
  await appendAudit(ctx.sql, { type: 'nonConformity', id }, request.raisedBy, at, [
    {
      action: 'raise',
      field: null,
      before: undefined,
      after: {
        groupKey: request.groupKey,
        reason: request.reason,
        summary: request.summary,
        assignee: request.assignee,
        feedbackIds: request.feedback.map((f) => f.id),
      },
    },
  ]);
  let issueKey: string;
  try {
    issueKey = await createNonConformityIssue(ctx, settings, id, request);
  } catch (error) {
    // Jira refused (settings it cannot take): asking again will not help, so the claim is given
    // up, on the record. Anything else (busy, a crash) leaves the claim for the daily job.
    if (isJiraRefusal(error)) {
      await abandonClaim(ctx.sql, id, ctx.now());
      await appendAudit(ctx.sql, { type: 'nonConformity', id }, 'app', ctx.now(), [
        { action: 'raiseRefused', field: null, before: undefined, after: error.message },
      ]);
    }
    throw error;
  }
  await linkEvidence(ctx, { id, issueKey }, request.feedback);
  return { raised: true, ncId: id, issueKey };
}

/** Creates the issue of a claimed non-conformity and records its key. */
export async function createNonConformityIssue(
  ctx: AppContext,
  settings: NonConformitySettings & { readonly projectKey: string },
  ncId: string,
  request: Pick<RaiseRequest, 'summary' | 'reason' | 'feedback' | 'assignee'>,
): Promise<string> {
  const { key } = await createIssue(ctx.jira, {
    projectKey: settings.projectKey,
    issueType: settings.issueType,
    summary: request.summary,
    description: evidenceDescription(request.reason, request.feedback),
    labels: [claimLabel(ncId)],
    ...(request.assignee && { assignee: request.assignee }),
  });
  await recordIssueKey(ctx.sql, ncId, key);
  await appendAudit(ctx.sql, { type: 'nonConformity', id: ncId }, 'app', ctx.now(), [
    { action: 'issueCreated', field: 'issueKey', before: null, after: key },
  ]);
  return key;
}

/**
 * Links feedback to a non-conformity: a row per feedback (once), and a Jira "Relates" link from
 * the issue to each case and follow-up issue not linked yet. REST v3 has no bulk link operation
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-links/), so it is
 * one request per issue linked; feedback already linked costs none. Answers the feedback linked.
 */
export async function linkEvidence(
  ctx: AppContext,
  nc: Pick<NonConformity, 'id'> & { readonly issueKey: string },
  feedback: readonly Feedback[],
): Promise<Feedback[]> {
  const at = ctx.now();
  const linked: Feedback[] = [];
  for (const f of feedback) {
    const made = await linkFeedback(ctx.sql, {
      ncId: nc.id,
      feedbackId: f.id,
      caseKey: f.issueKey,
      at,
    });
    if (made) linked.push(f);
  }
  if (linked.length === 0) return linked;
  const followUps = await ctx.sql
    .selectFrom('follow_ups')
    .select(['feedback_id', 'issue_key'])
    .where(
      'feedback_id',
      'in',
      linked.map((f) => f.id),
    )
    .execute();
  const issues = new Set<string>();
  for (const f of linked) if (f.issueKey) issues.add(f.issueKey);
  for (const row of followUps) issues.add(row.issue_key);
  issues.delete(nc.issueKey);
  for (const issueKey of [...issues].sort()) {
    await linkIssues(ctx.jira, NC_LINK_TYPE, nc.issueKey, issueKey);
  }
  await appendAudit(
    ctx.sql,
    { type: 'nonConformity', id: nc.id },
    'app',
    at,
    linked.map((f) => ({
      action: 'linkFeedback',
      field: 'evidence',
      before: undefined,
      after: { feedbackId: f.id, caseKey: f.issueKey },
    })),
  );
  return linked;
}
