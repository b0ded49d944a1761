/**
 * The work list's Quality tab: the review queue of open follow-ups, and recording one.
 *
 * Who: Jira administrators and members of the `team-leads` group, as for the reports
 * (`reports.ts`); the queue shows every customer's feedback, so nobody else sees it. A follow-up
 * is recorded by its own lead or by an administrator. Each call checks, since a resolver can be
 * invoked directly, not only from the page.
 */
import { dueText } from '../domain/quality/followUpDue';
import { FOLLOW_UP_OUTCOMES, readFollowUpRecord } from '../domain/quality/followUpRecord';
import { isRecord, type ValidationError } from '../domain/validation';
import { followUpCalendar } from '../services/quality/followUpIssue';
import { recordFollowUp } from '../services/quality/followUpRecording';
import { followUpOf, openFollowUps, type QueueCursor } from '../storage/quality/followUpRecords';
import { loadQualitySettings } from '../storage/qualitySettings';
import { reasonText, scoreText } from '../services/quality/followUpContent';
import type { RecordedFollowUp, ReviewPage, ReviewRow } from './qualityViews';
import { requireTeamLead } from './teamLeads';
import { userNames } from './userNames';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';

/** The most rows one page of the queue holds, and the default. */
export const REVIEW_PAGE_MAX = 50;
const REVIEW_PAGE_DEFAULT = 25;

type Reviewer = { readonly accountId: string; readonly admin: boolean };

/** The caller must be a Jira administrator or a team lead. */
async function requireReviewer(ctx: ResolverContext, accountId: string): Promise<Reviewer> {
  const { admin } = await requireTeamLead(ctx, 'see and record follow-ups of feedback');
  return { accountId, admin };
}

function readPageRequest(input: Record<string, unknown>): {
  after: QueueCursor | null;
  limit: number;
} {
  const errors: ValidationError[] = [];
  for (const name of Object.keys(input)) {
    if (name !== 'after' && name !== 'limit') {
      errors.push({ path: `$.${name}`, message: 'is not a field of the request' });
    }
  }
  const { after = null, limit = REVIEW_PAGE_DEFAULT } = input;
  if (
    after !== null &&
    !(
      isRecord(after) &&
      Number.isSafeInteger(after.dueAt) &&
      typeof after.feedbackId === 'string' &&
      after.feedbackId.length <= 64
    )
  ) {
    errors.push({ path: '$.after', message: 'must be the `next` of the page before, or null' });
  }
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > REVIEW_PAGE_MAX
  ) {
    errors.push({
      path: '$.limit',
      message: `must be a whole number from 1 to ${REVIEW_PAGE_MAX}`,
    });
  }
  if (errors.length > 0) throw invalid(errors);
  return { after: after as QueueCursor | null, limit: limit as number };
}

export const qualityReviewResolvers: ResolverDefinitions = {
  /**
   * A page of open follow-ups, by due instant (overdue first); payload
   * `{ after?: { dueAt, feedbackId } | null, limit?: 1–50 }`.
   */
  listReviewQueue: resolver(async (payload, call, ctx): Promise<ReviewPage> => {
    const request = readPageRequest(payloadObject(payload));
    const reviewer = await requireReviewer(ctx, call.accountId);
    const [settings, model] = await Promise.all([
      loadQualitySettings(ctx.store),
      ctx.contracts.model(),
    ]);
    const calendar = followUpCalendar(settings, model);
    // One more than the page, to know whether another follows.
    const found = await openFollowUps(ctx.sql, request.after, request.limit + 1);
    const page = found.slice(0, request.limit);
    // The leads' display names as the viewer may see them; a lead Jira does not show keeps its id.
    const names = await userNames(
      ctx,
      page.flatMap(({ followUp }) => (followUp.lead ? [followUp.lead] : [])),
    );
    const now = ctx.now();
    const rows = page.map(({ feedback, followUp }): ReviewRow => ({
      feedbackId: feedback.id,
      caseKey: feedback.issueKey,
      followUpKey: followUp.issueKey,
      customer: feedback.customer,
      score: scoreText(feedback),
      reason: reasonText(feedback.reason, settings.rules),
      comment: feedback.comment,
      lead: followUp.lead,
      leadName: followUp.lead ? (names[followUp.lead] ?? null) : null,
      dueAt: followUp.dueAt,
      due: dueText(calendar, followUp.dueAt, now),
      overdue: now > followUp.dueAt,
      escalated: followUp.escalatedAt !== null,
      canRecord: reviewer.admin || followUp.lead === reviewer.accountId,
    }));
    const last = page.at(-1);
    return {
      rows,
      next:
        found.length > request.limit && last
          ? { dueAt: last.followUp.dueAt, feedbackId: last.feedback.id }
          : null,
      outcomes: FOLLOW_UP_OUTCOMES,
    };
  }),

  /**
   * Records what the lead did: payload `{ feedbackId, customerContacted: boolean, outcome, note }`
   * with `outcome` one of `FOLLOW_UP_OUTCOMES`. Once: a second record is refused (`conflict`).
   */
  recordFollowUp: resolver(async (payload, call, ctx): Promise<RecordedFollowUp> => {
    const read = readFollowUpRecord(payload ?? {});
    if ('errors' in read) throw invalid(read.errors);
    const reviewer = await requireReviewer(ctx, call.accountId);
    const followUp = await followUpOf(ctx.sql, read.request.feedbackId);
    if (!followUp) {
      throw new ResolverError('notFound', `No follow-up of feedback ${read.request.feedbackId}.`);
    }
    if (!reviewer.admin && followUp.lead !== reviewer.accountId) {
      throw new ResolverError(
        'forbidden',
        'Only the lead of this follow-up or a Jira administrator can record it.',
      );
    }
    const recorded = await recordFollowUp(ctx, followUp, read.request, call.accountId);
    if (!recorded) {
      throw new ResolverError('conflict', 'This follow-up has been recorded already: reload.');
    }
    return recorded;
  }),
};
