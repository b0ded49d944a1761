/**
 * Daily: in the month the review schedule names, the annual management review of the 12 months
 * before is asked for with a Jira issue for the quality owner, once per period, unless a pack of
 * that period is issued already. The job never issues the review: a person does, on the Quality
 * page (ISO 9001 §9.3 asks top management to review; the app prepares the inputs).
 *
 * Exactly once (`raiseOwnerActionIssue`): the period's claim row goes in before the issue is
 * created, and the issue carries the claim's label; a Jira refusal is noted and tried next day.
 */
import { localDateAt } from '../../domain/calendar/timeZone';
import { reviewDueAt, type ReviewScheduleSettings } from '../../domain/review/reviewSchedule';
import { reviewPeriodKey, type ReviewPeriod } from '../../domain/review/reviewPeriod';
import { reportPeriod, periodKeyAt } from '../../domain/reports/reportPeriod';
import { adfText } from '../../jira/adf';
import { reviewReminderClaimPort } from '../../storage/review/reviewReminders';
import { latestReviewPack } from '../../storage/review/reviewPacks';
import { loadReviewSchedule } from '../../storage/review/reviewScheduleSettings';
import type { AppContext } from '../appContext';
import {
  OWNER_ACTION_LEASE_MS,
  raiseOwnerActionIssue,
  type OwnerActionOutcome,
} from '../ownerActionIssue';

/** See `OWNER_ACTION_LEASE_MS`. */
export const REMINDER_CLAIM_LEASE_MS = OWNER_ACTION_LEASE_MS;

/** The label naming a period's reminder issue, so a crashed attempt finds it again. */
export const reviewReminderLabel = (period: ReviewPeriod): string =>
  `management-review-${period.from}-${period.to}`;

export type ReminderOutcome = { readonly kind: 'notDue' | 'issued' } | OwnerActionOutcome;

export async function remindAnnualReview(ctx: AppContext): Promise<ReminderOutcome> {
  const settings = await loadReviewSchedule(ctx.store);
  const now = ctx.now();
  const period = reviewDueAt(now, settings);
  if (!period) return { kind: 'notDue' };
  const key = reviewPeriodKey(period);
  if (await latestReviewPack(ctx.sql, key)) return { kind: 'issued' };
  const outcome = await raiseOwnerActionIssue(ctx, {
    label: reviewReminderLabel(period),
    claims: reviewReminderClaimPort(ctx.sql, key),
    issue: (now) => ({
      projectKey: settings.projectKey!,
      issueType: settings.issueType,
      summary: `Management review of ${period.from} to ${period.to}`,
      description: reminderText(period, settings),
      ...(settings.owner && { assignee: settings.owner }),
      dueDate: lastDayOfMonth(now, settings.timeZone),
    }),
  });
  if (outcome.kind === 'refused') {
    ctx.log('annual review reminder: Jira refused the issue', { error: outcome.message });
  }
  return outcome;
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
