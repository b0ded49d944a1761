/**
 * The follow-up of flagged feedback: a Jira issue in the configured project, assigned to the
 * team lead of the case, due after the configured business time, linked to the case ("Relates"),
 * recorded in `follow_ups` and audited.
 *
 * Exactly once. Each attempt at creating the issue is claimed first (a `follow_up_attempts` row,
 * whose primary key lets one caller in), and the issue carries the attempt's label
 * (`followUpLabel`). A replayed or retried event finds the follow-up recorded, or an attempt
 * still running (it does nothing), or an attempt that created its issue (it finishes the link
 * and the record). A crash between the claim and Jira's answer leaves an attempt without an
 * issue key: once it is older than `ATTEMPT_LEASE_MS` (longer than any invocation may run) the
 * next run (the sweep takes up flagged feedback without a follow-up, `recoverFollowUps`) looks
 * the issue up by its label: found, it adopts it; not found, it claims the next attempt and
 * creates it. Jira's search index lags writes by seconds, far less than the lease.
 */
import type { ContractModel } from '../../domain/contract';
import { followUpDue } from '../../domain/quality/followUpDue';
import { teamLeadOf, type QualitySettings } from '../../domain/quality/qualitySettings';
import { createIssue, linkIssues } from '../../jira/issueCreation';
import { issueKeyByLabel } from '../issueByLabel';
import {
  claimFollowUpAttempt,
  feedbackById,
  followUpAttempts,
  followUpOf,
  insertFollowUp,
  setAttemptIssue,
} from '../../storage/quality/followUpRecords';
import type { StoredFeedback } from '../../storage/quality/feedbackRecords';
import { appendAudit } from '../../storage/quality/qualityAudit';
import { loadQualitySettings } from '../../storage/qualitySettings';
import type { AppContext } from '../appContext';
import { followUpDescription, followUpSummary } from './followUpContent';

/** The Jira link type between a follow-up issue and its case. */
export const FOLLOW_UP_LINK_TYPE = 'Relates';

/**
 * An attempt older than this belongs to an invocation that is gone: the consumer runs 900 s at
 * most (manifest.yml), plus a margin for clocks.
 */
export const ATTEMPT_LEASE_MS = 16 * 60_000;

/** The label that names a follow-up's issue, so a crashed attempt finds its issue again. */
export const followUpLabel = (feedbackId: string): string => `quality-follow-up-${feedbackId}`;

export type FollowUpOutcome =
  | { readonly kind: 'created'; readonly issueKey: string }
  /** Recorded before: a replay. */
  | { readonly kind: 'exists'; readonly issueKey: string }
  /** Another run is creating it now. */
  | { readonly kind: 'inProgress' }
  | { readonly kind: 'skipped'; readonly why: 'unknownFeedback' | 'notFlagged' | 'notConfigured' };

/** Creates the follow-up of `feedbackId`, once, however often it is called. */
export async function createFollowUp(
  ctx: AppContext,
  feedbackId: string,
): Promise<FollowUpOutcome> {
  const recorded = await followUpOf(ctx.sql, feedbackId);
  if (recorded) return { kind: 'exists', issueKey: recorded.issueKey };
  const feedback = await feedbackById(ctx.sql, feedbackId);
  if (!feedback) return { kind: 'skipped', why: 'unknownFeedback' };
  if (feedback.flagCauses.length === 0) return { kind: 'skipped', why: 'notFlagged' };
  const settings = await loadQualitySettings(ctx.store);
  const projectKey = settings.followUp.projectKey;
  if (!projectKey) return { kind: 'skipped', why: 'notConfigured' };

  const now = ctx.now();
  const attempts = await followUpAttempts(ctx.sql, feedbackId);
  const last = attempts.at(-1);
  let issueKey = last?.issueKey ?? null;
  if (last && !issueKey) {
    if (now - last.startedAt < ATTEMPT_LEASE_MS) return { kind: 'inProgress' };
    issueKey = await issueKeyByLabel(ctx, followUpLabel(feedbackId));
    if (issueKey) await setAttemptIssue(ctx.sql, feedbackId, last.attempt, issueKey);
  }
  const model = await ctx.contracts.model();
  const plan = followUpPlan(feedback, settings, model);
  if (!issueKey) {
    const attempt = (last?.attempt ?? 0) + 1;
    if (!(await claimFollowUpAttempt(ctx.sql, feedbackId, attempt, now))) {
      return { kind: 'inProgress' };
    }
    const { key } = await createIssue(ctx.jira, {
      projectKey,
      issueType: settings.followUp.issueType,
      summary: followUpSummary(feedback),
      description: followUpDescription(feedback, settings.rules),
      ...(plan.lead && { assignee: plan.lead }),
      dueDate: plan.dueDate,
      labels: [followUpLabel(feedbackId)],
    });
    issueKey = key;
    await setAttemptIssue(ctx.sql, feedbackId, attempt, key);
  }
  // Linked before the row is recorded: a run that stops in between links again on the replay,
  // and Jira keeps one link of a type between two issues.
  if (feedback.issueKey) {
    await linkIssues(ctx.jira, FOLLOW_UP_LINK_TYPE, issueKey, feedback.issueKey);
  }
  const created = await insertFollowUp(ctx.sql, {
    feedbackId,
    issueKey,
    lead: plan.lead,
    dueAt: plan.dueAt,
    createdAt: now,
  });
  if (!created) return { kind: 'exists', issueKey };
  await appendAudit(ctx.sql, { type: 'followUp', id: feedbackId }, 'app', now, [
    {
      action: 'create',
      field: null,
      before: undefined,
      after: { issueKey, lead: plan.lead, dueAt: plan.dueAt, caseKey: feedback.issueKey },
    },
  ]);
  return { kind: 'created', issueKey };
}

/** Who leads the follow-up and when it is due: from the feedback's arrival, in business time. */
export function followUpPlan(
  feedback: StoredFeedback,
  settings: QualitySettings,
  model: ContractModel | null,
): { lead: string | null; dueAt: number; dueDate: string } {
  const lead = teamLeadOf(settings.leads, {
    team: feedback.team,
    component: feedback.component,
    projectKey: feedback.issueKey?.split('-')[0] ?? null,
  });
  const calendar = followUpCalendar(settings, model);
  return { lead, ...followUpDue(calendar, feedback.receivedAt, settings.followUp.dueIn) };
}

/**
 * The calendar follow-ups are measured in; null (around the clock) when none is set or the
 * contract in force no longer has it (the settings were saved against an older contract).
 */
export function followUpCalendar(settings: QualitySettings, model: ContractModel | null) {
  const id = settings.followUp.calendar;
  if (!id || !model || !model.contract.calendars.some((c) => c.id === id)) return null;
  return model.calendar(id);
}
