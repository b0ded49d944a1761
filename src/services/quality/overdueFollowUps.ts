/**
 * The sweep's part of the quality loop (every five minutes, `slaSweep.ts`): escalates follow-ups
 * past due and not recorded, each once, and queues again flagged feedback whose follow-up was
 * never made (its event lost, or its run stopped between claim and record).
 *
 * Once: setting `escalated_at` from null is the claim (`claimOverdueEscalation`), as a claim key
 * is for SLA escalations, so two sweeps at once, or a sweep run again, escalate a follow-up once.
 * Then the app comments on the follow-up issue and asks Jira to e-mail the lead and the quality
 * owner (the fallback lead). Should the comment fail, the claim is given back and the next sweep
 * tries again: nothing was said yet. Should only the e-mail fail, the claim stays: the comment
 * is on the issue, and sending it again would say it twice; the failure is logged.
 */
import { dueText } from '../../domain/quality/followUpDue';
import type { QualitySettings } from '../../domain/quality/qualitySettings';
import { adfText } from '../../jira/adf';
import {
  claimOverdueEscalation,
  flaggedWithoutFollowUp,
  overdueFollowUps,
  releaseOverdueEscalation,
  type FollowUp,
} from '../../storage/quality/followUpRecords';
import { appendAudit } from '../../storage/quality/qualityAudit';
import { loadQualitySettings } from '../../storage/qualitySettings';
import type { AppContext } from '../appContext';
import { ATTEMPT_LEASE_MS, followUpCalendar } from './followUpIssue';

/** Follow-ups escalated per sweep: two Jira requests each, well within the sweep's 55 s. */
export const ESCALATIONS_PER_SWEEP = 20;
/** Flagged feedback queued again per sweep, and how far back the sweep looks for it. */
export const RECOVERIES_PER_SWEEP = 20;
export const RECOVERY_WINDOW_MS = 2 * 86_400_000;

export interface QualitySweepResult {
  readonly escalated: number;
  readonly requeued: number;
}

export async function sweepFollowUps(ctx: AppContext): Promise<QualitySweepResult> {
  const settings = await loadQualitySettings(ctx.store);
  const requeued = await requeueMissingFollowUps(ctx, settings);
  const now = ctx.now();
  const overdue = await overdueFollowUps(ctx.sql, now, ESCALATIONS_PER_SWEEP);
  let escalated = 0;
  if (overdue.length > 0) {
    const model = await ctx.contracts.model();
    const calendar = followUpCalendar(settings, model);
    for (const followUp of overdue) {
      const text = dueText(calendar, followUp.dueAt, now);
      if (await escalateOverdue(ctx, settings, followUp, text)) escalated++;
    }
  }
  return { escalated, requeued };
}

/** Escalates one overdue follow-up, once; true when this call did it. */
export async function escalateOverdue(
  ctx: AppContext,
  settings: QualitySettings,
  followUp: FollowUp,
  overdueText: string,
): Promise<boolean> {
  const at = ctx.now();
  if (!(await claimOverdueEscalation(ctx.sql, followUp.feedbackId, at))) return false;
  const message =
    `This follow-up is ${overdueText} and has not been recorded. ` +
    'Contact the customer and record the outcome in the Quality review queue of the SLA work list.';
  try {
    await ctx.jira.addComment(followUp.issueKey, adfText(message));
  } catch (error) {
    // Nothing was said: give the claim back so the next sweep tries again.
    await releaseOverdueEscalation(ctx.sql, followUp.feedbackId, at);
    ctx.log('overdue follow-up: comment failed, tried again next sweep', {
      issueKey: followUp.issueKey,
      error: String(error),
    });
    return false;
  }
  const recipients = [...new Set([followUp.lead, settings.leads.fallback])].filter(
    (id): id is string => id !== null,
  );
  if (recipients.length > 0) {
    await ctx.jira
      .notify(followUp.issueKey, {
        subject: `Overdue follow-up: ${followUp.issueKey}`,
        textBody: message,
        to: { users: recipients.map((accountId) => ({ accountId })) },
      })
      .catch((error: unknown) =>
        ctx.log('overdue follow-up: notification failed', {
          issueKey: followUp.issueKey,
          error: String(error),
        }),
      );
  }
  await appendAudit(ctx.sql, { type: 'followUp', id: followUp.feedbackId }, 'app', at, [
    { action: 'escalateOverdue', field: 'escalatedAt', before: null, after: at },
  ]);
  return true;
}

/**
 * Queues again flagged feedback of the last two days still without a follow-up, once its
 * attempts' lease has passed; nothing before a follow-up project is set.
 */
async function requeueMissingFollowUps(
  ctx: AppContext,
  settings: QualitySettings,
): Promise<number> {
  if (!settings.followUp.projectKey) return 0;
  const now = ctx.now();
  const ids = await flaggedWithoutFollowUp(
    ctx.sql,
    { from: now - RECOVERY_WINDOW_MS, to: now - ATTEMPT_LEASE_MS },
    RECOVERIES_PER_SWEEP,
  );
  if (ids.length > 0) await ctx.qualityEvents.push(ids.map((feedbackId) => ({ feedbackId })));
  return ids.length;
}
