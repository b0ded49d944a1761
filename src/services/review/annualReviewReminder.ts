/**
 * Daily: in the month the review schedule names, the annual management review of the 12 months
 * before is asked for with a Jira issue for the quality owner, once per period, unless a pack of
 * that period is issued already. The job never issues the review: a person does, on the Quality
 * page (ISO 9001 §9.3 asks top management to review; the app prepares the inputs).
 *
 * Exactly once: the period's claim row goes in before the issue is created, and the issue
 * carries the claim's label. A crash between the two leaves a claim without an issue: once older
 * than `REMINDER_CLAIM_LEASE_MS` the next run adopts the labelled issue or takes the claim over
 * (compare-and-set on its attempt) and creates it; a Jira refusal is noted and tried next day.
 */
import { localDateAt } from '../../domain/calendar/timeZone';
import { reviewDueAt, type ReviewScheduleSettings } from '../../domain/review/reviewSchedule';
import { reviewPeriodKey, type ReviewPeriod } from '../../domain/review/reviewPeriod';
import { reportPeriod, periodKeyAt } from '../../domain/reports/reportPeriod';
import { adfText } from '../../jira/adf';
import { createIssue } from '../../jira/issueCreation';
import { isJiraRefusal } from '../../jira/jiraClient';
import {
  claimReviewReminder,
  recordReviewReminder,
  reviewReminder,
  takeOverReviewReminder,
} from '../../storage/review/reviewReminders';
import { latestReviewPack } from '../../storage/review/reviewPacks';
import { loadReviewSchedule } from '../../storage/review/reviewScheduleSettings';
import type { AppContext } from '../appContext';
import { jqlString } from '../jqlString';

/**
 * A claim older than this belongs to an invocation that is gone: a scheduled function runs 900 s
 * at most (https://developer.atlassian.com/platform/forge/limits-invocation/), plus a margin.
 */
export const REMINDER_CLAIM_LEASE_MS = 16 * 60_000;

/** The label naming a period's reminder issue, so a crashed attempt finds it again. */
export const reviewReminderLabel = (period: ReviewPeriod): string =>
  `management-review-${period.from}-${period.to}`;

export type ReminderOutcome =
  | { readonly kind: 'notDue' | 'issued' | 'inProgress' }
  | { readonly kind: 'created' | 'adopted' | 'exists'; readonly issueKey: string }
  | { readonly kind: 'refused'; readonly message: string };

export async function remindAnnualReview(ctx: AppContext): Promise<ReminderOutcome> {
  const settings = await loadReviewSchedule(ctx.store);
  const now = ctx.now();
  const period = reviewDueAt(now, settings);
  if (!period) return { kind: 'notDue' };
  const key = reviewPeriodKey(period);
  if (await latestReviewPack(ctx.sql, key)) return { kind: 'issued' };
  let claim = await reviewReminder(ctx.sql, key);
  let attempt = 1;
  if (!claim) {
    if (!(await claimReviewReminder(ctx.sql, key, now))) return { kind: 'inProgress' };
  } else {
    if (claim.issueKey) return { kind: 'exists', issueKey: claim.issueKey };
    if (!claim.refused && now - claim.claimedAt < REMINDER_CLAIM_LEASE_MS)
      return { kind: 'inProgress' };
    if (!claim.refused) {
      const found = await issueByLabel(ctx, reviewReminderLabel(period));
      if (found) {
        await recordReviewReminder(ctx.sql, claim, { issueKey: found });
        return { kind: 'adopted', issueKey: found };
      }
    }
    if (!(await takeOverReviewReminder(ctx.sql, claim, now))) return { kind: 'inProgress' };
    attempt = claim.attempt + 1;
  }
  claim = { period: key, claimedAt: now, attempt, issueKey: null, refused: null };
  try {
    const { key: issueKey } = await createIssue(ctx.jira, {
      projectKey: settings.projectKey!,
      issueType: settings.issueType,
      summary: `Management review of ${period.from} to ${period.to}`,
      description: reminderText(period, settings),
      ...(settings.owner && { assignee: settings.owner }),
      dueDate: lastDayOfMonth(now, settings.timeZone),
      labels: [reviewReminderLabel(period)],
    });
    await recordReviewReminder(ctx.sql, claim, { issueKey });
    return { kind: 'created', issueKey };
  } catch (error) {
    if (!isJiraRefusal(error)) throw error;
    await recordReviewReminder(ctx.sql, claim, { refused: error.message });
    ctx.log('annual review reminder: Jira refused the issue', { error: error.message });
    return { kind: 'refused', message: error.message };
  }
}

const lastDayOfMonth = (now: number, timeZone: string): string =>
  localDateAt(timeZone, reportPeriod(periodKeyAt(now, timeZone), timeZone).end - 1);

const reminderText = (period: ReviewPeriod, settings: ReviewScheduleSettings) =>
  adfText(
    [
      `The annual management review (ISO 9001 §9.3) of ${period.from} to ${period.to} is due this month.`,
      'Open the Quality page, Management review tab: check the draft pack, enter the internal and external audit results of the period, hold the review, and issue the pack. The app prepares the inputs; it does not issue the review.',
      `Months are in ${settings.timeZone}.`,
    ].join('\n'),
  );

async function issueByLabel(ctx: AppContext, label: string): Promise<string | null> {
  const page = await ctx.jira.searchPage({
    jql: `labels = ${jqlString(label)}`,
    fields: ['summary'],
    maxResults: 1,
  });
  return page.issues[0]?.key ?? null;
}
