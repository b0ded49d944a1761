import { randomUUID } from 'node:crypto';
import { readFeedbackComment } from '../domain/quality/feedbackComment';
import { isScoreOn } from '../domain/quality/feedbackScale';
import type { FeedbackReason } from '../domain/quality/qualityRules';
import type { ValidationError } from '../domain/validation';
import type { IssueFeedbackEntry, IssueFeedbackView } from './feedbackViews';
import { recordFeedback } from '../services/quality/recordFeedback';
import { feedbackOfIssue, type StoredFeedback } from '../storage/quality/feedbackRecords';
import { loadQualitySettings } from '../storage/qualitySettings';
import {
  invalid,
  payloadObject,
  requireIssueAccess,
  ResolverError,
  type ResolverContext,
  type ResolverFunction,
  resolver,
} from './resolverKit';
import { audienceOf } from './viewerAudience';

/**
 * The issue panel's "Customer feedback" section: `getIssueFeedback` lists the case's feedback
 * with the form's reasons, `submitFeedback` records the app's own 1–5 answer. Both need the
 * caller to see the issue (asked of Jira as the caller). Staff see every answer on the case; a
 * customer (a portal account or a contact of a contract's customer) only gives theirs.
 */
export const issueFeedbackResolvers: Readonly<Record<string, ResolverFunction>> = {
  getIssueFeedback: resolver(async (payload, call, ctx): Promise<IssueFeedbackView> => {
    const issueKey = readIssueKey(payloadObject(payload), call.issueKey);
    await requireIssueAccess(ctx, issueKey);
    return issueFeedbackView(ctx, issueKey);
  }),

  submitFeedback: resolver(async (payload, call, ctx): Promise<IssueFeedbackView> => {
    const input = payloadObject(payload);
    const issueKey = readIssueKey(input, call.issueKey);
    await requireIssueAccess(ctx, issueKey);
    const { rules } = await loadQualitySettings(ctx.store);
    const form = readForm(input, rules.reasons);
    const outcome = await recordFeedback(
      ctx,
      {
        source: 'app',
        sourceId: randomUUID(),
        scale: 'csat',
        score: form.score,
        reason: form.reason,
        comment: form.comment,
        issueKey,
        customer: null,
        answeredAt: ctx.now(),
        rawPayload: JSON.stringify({ issueKey, ...form, by: call.accountId }),
      },
      call.accountId,
    );
    if (outcome.kind === 'unknownIssue') {
      throw new ResolverError('notFound', `Issue ${issueKey} does not exist any more.`);
    }
    return issueFeedbackView(ctx, issueKey);
  }),
};

/** The issue key of the payload; in an issue panel it must be the panel's own issue. */
function readIssueKey(input: Record<string, unknown>, panelIssue: string | undefined): string {
  const issueKey = input.issueKey ?? panelIssue;
  if (typeof issueKey !== 'string' || !/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(issueKey)) {
    throw invalid([{ path: '$.issueKey', message: 'must be an issue key such as SUP-12' }]);
  }
  if (panelIssue !== undefined && issueKey !== panelIssue) {
    throw invalid([{ path: '$.issueKey', message: `must be the panel's issue, ${panelIssue}` }]);
  }
  return issueKey;
}

interface FeedbackForm {
  readonly score: number;
  readonly reason: string | null;
  readonly comment: string | null;
}

/** The form's fields, every problem at its path. */
function readForm(
  input: Record<string, unknown>,
  reasons: readonly FeedbackReason[],
): FeedbackForm {
  const errors: ValidationError[] = [];
  const { score, reason, comment } = input;
  if (typeof score !== 'number' || !isScoreOn('csat', score)) {
    errors.push({ path: '$.score', message: 'must be a whole number from 1 to 5' });
  }
  if (reason !== null && reason !== undefined && !reasons.some((r) => r.id === reason)) {
    const ids = reasons.map((r) => r.id).join(', ');
    errors.push({ path: '$.reason', message: `must be null or one of the reasons: ${ids}` });
  }
  const text = readFeedbackComment(comment, errors);
  if (errors.length > 0) throw invalid(errors);
  return {
    score: score as number,
    reason: (reason as string | null | undefined) ?? null,
    comment: text,
  };
}

async function issueFeedbackView(
  ctx: ResolverContext,
  issueKey: string,
): Promise<IssueFeedbackView> {
  const [{ rules }, me, model] = await Promise.all([
    loadQualitySettings(ctx.store),
    ctx.jiraAsUser.myself(),
    ctx.contracts.model(),
  ]);
  const staff = audienceOf(me, model?.contract) === 'agent';
  const feedback = staff ? await feedbackOfIssue(ctx.sql, issueKey) : [];
  const entry = (f: StoredFeedback): IssueFeedbackEntry => {
    const reason = f.reason === null ? null : rules.reasons.find((r) => r.id === f.reason);
    return {
      id: f.id,
      source: f.source,
      scale: f.scale,
      score: f.score,
      reason: f.reason === null ? null : { id: f.reason, label: reason?.label ?? f.reason },
      comment: f.comment,
      answeredAt: new Date(f.answeredAt).toISOString(),
      flagged: f.flagCauses.length > 0,
    };
  };
  return { issueKey, reasons: rules.reasons, feedback: feedback.map(entry) };
}
