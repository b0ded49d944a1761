import type { CustomerReport } from '../domain/reports/customerReport';
import type { ReportDeliverySettings, ReportRecipients } from '../domain/reports/reportDelivery';
import { adfToText } from '../jira/adf';
import type { NotificationBody } from '../jira/types';
import { issuedReport, type IssuedReportRow } from '../storage/reports/issuedReports';
import {
  claimDelivery,
  deliveriesToRetry,
  deliveryOf,
  finishAttempt,
  recordComment,
  startAttempt,
  type ReportDeliveryRow,
} from '../storage/reports/reportDeliveries';
import { reportDeliverySettings } from '../storage/reports/reportDeliverySettings';
import type { AppContext } from './appContext';
import { deliveryComment, deliveryNotification } from './reportDeliveryMessage';

/**
 * Distributes issued customer reports through Jira, as the app: each revision is posted once as
 * a comment on the agreement's delivery issue (`POST /rest/api/3/issue/{key}/comment`), then
 * Jira notifies the recipients (`POST /rest/api/3/issue/{key}/notify`): two requests, both
 * under `write:jira-work`. Each delivery is a `report_deliveries` row.
 *
 * Never two comments for one revision: the row's insert is the claim, each attempt starts by a
 * compare-and-set, and the comment's id is recorded before the notification. An attempt that
 * failed or was cut off (the invocation ended between posting and recording) may have posted
 * the comment all the same, so every later attempt first looks for the revision's comment on
 * the issue (one more request) and posts only when it is not there. The notification is not so
 * guarded: an attempt cut off after it was sent sends it again (at least once).
 */
export type DeliveryContext = Pick<AppContext, 'jira' | 'store' | 'sql' | 'now' | 'log'>;

/** Attempts of a delivery the hourly schedule makes before leaving it failed. */
export const MAX_DELIVERY_ATTEMPTS = 3;
/**
 * A delivery left `pending` or `posting` this long was cut off: longer than any Forge function
 * may run (900 s; https://developer.atlassian.com/platform/forge/limits-invocation/).
 */
export const INTERRUPTED_AFTER_MS = 15 * 60_000;
/** Deliveries one scheduled run tries again, so the run stays short. */
const RETRIES_PER_RUN = 20;
const MAX_ERROR_LENGTH = 1000;

/**
 * Delivers a revision just issued, per the agreement's settings: nothing without a delivery
 * issue. Answers the delivery row afterwards (another invocation's, when it claimed first).
 */
export async function deliverReport(
  ctx: DeliveryContext,
  report: IssuedReportRow,
  settings: ReportDeliverySettings,
): Promise<ReportDeliveryRow | undefined> {
  if (!settings.deliveryIssue) return undefined;
  const row: ReportDeliveryRow = {
    report_id: report.report_id,
    agreement: report.agreement,
    issue_key: settings.deliveryIssue,
    recipients: JSON.stringify(settings.recipients),
    comment_id: null,
    status: 'pending',
    attempts: 0,
    last_error: null,
    claimed_at: ctx.now(),
    attempted_at: null,
    delivered_at: null,
  };
  if (await claimDelivery(ctx.sql, row)) await attempt(ctx, report, row);
  return deliveryOf(ctx.sql, report.report_id);
}

/**
 * An administrator's retry of a revision that is not delivered: a failed delivery (whatever its
 * attempts), or one never made (issued without notifying). A delivery nothing was posted for
 * yet follows the agreement's current settings, which the administrator may just have fixed.
 */
export async function retryDelivery(
  ctx: DeliveryContext,
  report: IssuedReportRow,
): Promise<ReportDeliveryRow | undefined> {
  const settings = await reportDeliverySettings(ctx.store, report.agreement);
  const row = await deliveryOf(ctx.sql, report.report_id);
  if (!row) return deliverReport(ctx, report, settings);
  if (row.status !== 'failed') return row;
  const target =
    row.comment_id === null && settings.deliveryIssue
      ? { issue_key: settings.deliveryIssue, recipients: JSON.stringify(settings.recipients) }
      : undefined;
  await attempt(ctx, report, row, target);
  return deliveryOf(ctx.sql, report.report_id);
}

/** The hourly schedule's pass: failed deliveries with attempts left, and cut-off ones. */
export async function retryDueDeliveries(ctx: DeliveryContext): Promise<number> {
  const rows = await deliveriesToRetry(
    ctx.sql,
    MAX_DELIVERY_ATTEMPTS,
    ctx.now() - INTERRUPTED_AFTER_MS,
    RETRIES_PER_RUN,
  );
  let delivered = 0;
  for (const row of rows) {
    const report = await issuedReport(ctx.sql, row.report_id);
    if (!report) continue;
    if (row.status === 'posting') {
      // Cut off mid-attempt: count it as failed first (if no one else has), then go on.
      await finishAttempt(ctx.sql, row.report_id, {
        last_error: `interrupted: the attempt started at ${new Date(row.attempted_at!).toISOString()} never ended`,
      });
      const failed = await deliveryOf(ctx.sql, row.report_id);
      if (failed?.status !== 'failed' || failed.attempts >= MAX_DELIVERY_ATTEMPTS) continue;
      if (await attempt(ctx, report, failed)) delivered += 1;
    } else if (await attempt(ctx, report, row)) {
      delivered += 1;
    }
  }
  return delivered;
}

/** One attempt, if this caller wins it: post (or find) the comment, then notify. */
async function attempt(
  ctx: DeliveryContext,
  report: IssuedReportRow,
  seen: ReportDeliveryRow,
  target?: Pick<ReportDeliveryRow, 'issue_key' | 'recipients'>,
): Promise<boolean> {
  if (!(await startAttempt(ctx.sql, seen, ctx.now(), target))) return false;
  const issueKey = target?.issue_key ?? seen.issue_key;
  const recipients = JSON.parse(target?.recipients ?? seen.recipients) as ReportRecipients;
  const content = JSON.parse(report.content) as CustomerReport;
  try {
    let commentId = seen.comment_id;
    if (commentId === null && seen.attempts > 0) {
      commentId = await postedComment(ctx, issueKey, report.report_id);
    }
    if (commentId === null) {
      commentId = (await ctx.jira.addComment(issueKey, deliveryComment(report, content))).id;
    }
    if (commentId !== seen.comment_id) await recordComment(ctx.sql, report.report_id, commentId);
    await ctx.jira.notify(
      issueKey,
      deliveryNotification(report, content, issueKey, notifyTo(recipients)),
    );
    await finishAttempt(ctx.sql, report.report_id, { delivered_at: ctx.now() });
    return true;
  } catch (error) {
    const lastError = String(error).slice(0, MAX_ERROR_LENGTH);
    await finishAttempt(ctx.sql, report.report_id, { last_error: lastError });
    ctx.log('customer report delivery failed', {
      report: report.report_id,
      agreement: report.agreement,
      issue: issueKey,
      attempt: seen.attempts + 1,
      error: lastError,
    });
    return false;
  }
}

/** The id of a comment an earlier attempt posted for the report, found by the report's id. */
async function postedComment(
  ctx: DeliveryContext,
  issueKey: string,
  reportId: string,
): Promise<string | null> {
  const comments = await ctx.jira.comments(issueKey);
  return comments.find((comment) => adfToText(comment.body).includes(reportId))?.id ?? null;
}

/** Jira's `to`: users by account id, groups by name, the issue's reporter and watchers. */
const notifyTo = (recipients: ReportRecipients): NotificationBody['to'] => ({
  users: recipients.users.map((accountId) => ({ accountId })),
  groups: recipients.groups.map((name) => ({ name })),
  reporter: recipients.reporter,
  watchers: recipients.watchers,
});
