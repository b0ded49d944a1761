import type { NonConformitySettings } from '../../domain/quality/qualitySettings';
import { auditTrail } from '../../storage/quality/qualityAudit';
import { fromFeedbackRow } from '../../storage/quality/feedbackRecords';
import { isJiraRefusal } from '../../jira/jiraClient';
import {
  abandonClaim,
  pendingNonConformities,
  recordIssueKey,
  type NonConformity,
} from '../../storage/quality/nonConformities';
import { appendAudit } from '../../storage/quality/qualityAudit';
import type { AppContext } from '../appContext';
import { claimLabel, createNonConformityIssue, linkEvidence } from './nonConformityRaise';

/**
 * How long a claim may wait for its issue before the daily job takes it over: longer than any
 * function that claims runs (a resolver 25 s, the scheduled job 55 s; Invocation limits,
 * https://developer.atlassian.com/platform/forge/limits-invocation/), so a raise still running
 * is never taken over.
 */
export const CLAIM_TAKEOVER_MS = 15 * 60_000;

/**
 * Takes over the claims a crashed raise left without an issue: the issue is looked up by the
 * claim's label (the crash may have come after the create), created if Jira has none, and the
 * evidence the raise recorded in the audit trail is linked. Answers how many it took over.
 */
export async function recoverPendingClaims(
  ctx: AppContext,
  settings: NonConformitySettings & { readonly projectKey: string },
  now: number,
): Promise<number> {
  let recovered = 0;
  for (const nc of await pendingNonConformities(ctx.sql)) {
    if (now - nc.raisedAt < CLAIM_TAKEOVER_MS) continue;
    try {
      await takeOver(ctx, settings, nc, now);
      recovered++;
    } catch (error) {
      // Jira refusing the issue will not cure itself: the claim is given up, on the record.
      if (isJiraRefusal(error)) {
        await abandonClaim(ctx.sql, nc.id, now);
        await appendAudit(ctx.sql, { type: 'nonConformity', id: nc.id }, 'app', now, [
          { action: 'raiseRefused', field: null, before: undefined, after: error.message },
        ]);
      }
      ctx.log('quality: taking over a non-conformity claim failed', {
        ncId: nc.id,
        error: String(error),
      });
    }
  }
  return recovered;
}

async function takeOver(
  ctx: AppContext,
  settings: NonConformitySettings & { readonly projectKey: string },
  nc: NonConformity,
  now: number,
): Promise<void> {
  const raise = (await auditTrail(ctx.sql, { type: 'nonConformity', id: nc.id })).find(
    (e) => e.action === 'raise',
  );
  const recorded = (raise?.after ?? {}) as {
    summary?: string;
    assignee?: string | null;
    feedbackIds?: string[];
  };
  const feedbackIds = recorded.feedbackIds ?? [];
  const feedback =
    feedbackIds.length === 0
      ? []
      : (
          await ctx.sql
            .selectFrom('feedback')
            .selectAll()
            .where('feedback_id', 'in', feedbackIds)
            .orderBy('answered_at')
            .execute()
        ).map(fromFeedbackRow);
  const page = await ctx.jira.searchPage({
    jql: `labels = "${claimLabel(nc.id)}"`,
    fields: ['summary'],
    maxResults: 1,
  });
  let issueKey = page.issues[0]?.key;
  if (issueKey) {
    await recordIssueKey(ctx.sql, nc.id, issueKey);
    await appendAudit(ctx.sql, { type: 'nonConformity', id: nc.id }, 'app', now, [
      { action: 'issueFound', field: 'issueKey', before: null, after: issueKey },
    ]);
  } else {
    issueKey = await createNonConformityIssue(ctx, settings, nc.id, {
      summary: recorded.summary ?? `Non-conformity: ${nc.reason.slice(0, 200)}`,
      reason: nc.reason,
      feedback,
      assignee: recorded.assignee ?? null,
    });
  }
  await linkEvidence(ctx, { id: nc.id, issueKey }, feedback);
}
