/**
 * Recording a follow-up: the row first (once: of two records at once exactly one lands), its
 * audit, then Jira: an ADF comment on the follow-up issue saying what was done, and the issue
 * moved to done when its workflow offers a transition into the done status category from where
 * it is (`GET`/`POST /rest/api/3/issue/{issueIdOrKey}/transitions`:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get).
 * Without one the issue is left where it is and the answer says so. Jira failing after the
 * record is stored does not undo it: the answer says what did not happen, and the log has why.
 */
import {
  FOLLOW_UP_OUTCOMES,
  type FollowUpRecordRequest,
} from '../../domain/quality/followUpRecord';
import { adfText } from '../../jira/adf';
import { recordFollowUpOutcome, type FollowUp } from '../../storage/quality/followUpRecords';
import { appendAudit } from '../../storage/quality/qualityAudit';
import type { RecordedFollowUp } from '../../resolvers/qualityViews';
import type { AppContext } from '../appContext';

interface Transition {
  readonly id: string;
  readonly name: string;
  readonly to?: { readonly statusCategory?: { readonly key?: string } };
}

/** Records `request` on `followUp` as `actor`; null when it was recorded before. */
export async function recordFollowUp(
  ctx: AppContext,
  followUp: FollowUp,
  request: FollowUpRecordRequest,
  actor: string,
): Promise<RecordedFollowUp | null> {
  const at = ctx.now();
  const record = {
    recordedAt: at,
    recordedBy: actor,
    customerContacted: request.customerContacted,
    outcome: request.outcome,
    note: request.note,
  };
  if (!(await recordFollowUpOutcome(ctx.sql, followUp.feedbackId, record))) return null;
  await appendAudit(ctx.sql, { type: 'followUp', id: followUp.feedbackId }, actor, at, [
    {
      action: 'record',
      field: 'customerContacted',
      before: null,
      after: request.customerContacted,
    },
    { action: 'record', field: 'outcome', before: null, after: request.outcome },
    { action: 'record', field: 'note', before: null, after: request.note },
  ]);
  const commented = await ctx.jira
    .addComment(followUp.issueKey, adfText(commentText(request)))
    .then(
      () => true,
      (error: unknown) => {
        ctx.log('follow-up recorded, comment failed', {
          issueKey: followUp.issueKey,
          error: String(error),
        });
        return false;
      },
    );
  const transition = await moveToDone(ctx, followUp.issueKey).catch((error: unknown) => {
    ctx.log('follow-up recorded, transition failed', {
      issueKey: followUp.issueKey,
      error: String(error),
    });
    return 'failed' as const;
  });
  return {
    feedbackId: followUp.feedbackId,
    issueKey: followUp.issueKey,
    recordedAt: at,
    commented,
    transition,
  };
}

function commentText(request: FollowUpRecordRequest): string {
  return [
    'Follow-up recorded.',
    `Customer contacted: ${request.customerContacted ? 'yes' : 'no'}`,
    `Outcome: ${FOLLOW_UP_OUTCOMES[request.outcome]}`,
    ...(request.note ? [`Note: ${request.note}`] : []),
  ].join('\n');
}

async function moveToDone(ctx: AppContext, issueKey: string): Promise<'done' | 'noDoneTransition'> {
  const response = await ctx.jira.call('getTransitions', { issueIdOrKey: issueKey });
  const { transitions = [] } = response.body as { transitions?: Transition[] };
  const done = transitions.find((t) => t.to?.statusCategory?.key === 'done');
  if (!done) return 'noDoneTransition';
  await ctx.jira.call(
    'doTransition',
    { issueIdOrKey: issueKey },
    { body: { transition: { id: done.id } } },
  );
  return 'done';
}
