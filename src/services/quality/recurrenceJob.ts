import { findRecurrences, groupKey, planRecurrences } from '../../domain/quality/recurrence';
import { loadQualitySettings } from '../../storage/qualitySettings';
import { flaggedFeedbackBetween } from '../../storage/quality/feedbackRecords';
import {
  linkedFeedback,
  nonConformitiesAtStep,
  openGroupNonConformities,
  type NonConformity,
} from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';
import { recheckEffectiveness } from './capaRecheck';
import { syncActionStatuses } from './capaChanges';
import { recoverPendingClaims } from './nonConformityRecovery';
import { linkEvidence, raiseNonConformity } from './nonConformityRaise';
import { recurrenceSummary } from './nonConformityEvidence';

const DAY_MS = 86_400_000;

export interface RecurrenceJobReport {
  readonly raised: readonly string[];
  /** Groups whose raise failed this run (logged). */
  readonly failed: readonly string[];
  readonly linked: number;
  readonly recovered: number;
  readonly reopened: readonly string[];
  readonly checksDue: readonly string[];
}

/**
 * The daily quality job: takes over claims a crashed run left, raises a non-conformity for each
 * group whose negative feedback crosses the recurrence rule and has no open one, links later
 * negative feedback to a group's open non-conformity, syncs CAPA action statuses from Jira, and
 * re-checks the effectiveness of CAPAs in their observation window. Safe to run twice at once:
 * every raise and link is claimed in SQL first.
 */
export async function runRecurrenceJob(ctx: AppContext): Promise<RecurrenceJobReport> {
  const settings = await loadQualitySettings(ctx.store);
  const { projectKey, issueType } = settings.nonConformity;
  const now = ctx.now();
  const empty = { raised: [], failed: [], linked: 0, recovered: 0, reopened: [], checksDue: [] };
  if (projectKey === null) {
    ctx.log('quality: no non-conformity project is configured; recurrence not checked');
    return empty;
  }
  const target = { projectKey, issueType };
  const recovered = await recoverPendingClaims(ctx, target, now);

  const rule = settings.rules.recurrence;
  const from = now - (rule.windowDays + (rule.rate?.baselineDays ?? 0)) * DAY_MS;
  const negative = await flaggedFeedbackBetween(ctx.sql, from, now + 1);
  const inWindow = negative.filter((f) => f.answeredAt > now - rule.windowDays * DAY_MS);
  const open = await openGroupNonConformities(ctx.sql);
  const withIssue = new Map(
    [...open].filter(([, nc]) => nc.issueKey !== null) as [string, NonConformity][],
  );
  const plan = planRecurrences(
    findRecurrences(negative, rule, now),
    inWindow,
    new Map([...open].map(([group, nc]) => [group, nc.id])),
    await linkedFeedback(
      ctx.sql,
      [...open.values()].map((nc) => nc.id),
    ),
  );

  const raised: string[] = [];
  const failed: string[] = [];
  for (const recurrence of plan.raise) {
    const summary = recurrenceSummary(
      recurrence.group,
      recurrence.feedback.length,
      rule.windowDays,
    );
    // One group's failure (Jira refusing, Jira busy) must not stop the others: logged, and the
    // next run tries again (a refused claim is given up, a busy one taken over).
    const outcome = await raiseNonConformity(ctx, target, {
      groupKey: groupKey(recurrence.group),
      summary,
      reason: `${summary}: at least ${rule.count} negative feedback in ${rule.windowDays} days${
        recurrence.baselineCount === null
          ? ''
          : `, against ${recurrence.baselineCount} in the ${rule.rate!.baselineDays} days before`
      }.`,
      feedback: recurrence.feedback,
      raisedBy: 'app',
      // The quality owner of the settings (also told of overdue follow-ups).
      assignee: settings.leads.fallback,
    }).catch((error: unknown) => {
      failed.push(groupKey(recurrence.group));
      ctx.log('quality: raising a non-conformity failed', {
        group: groupKey(recurrence.group),
        error: String(error),
      });
      return { raised: false as const };
    });
    if (outcome.raised) raised.push(outcome.issueKey);
  }

  let linked = 0;
  const byNc = new Map<string, typeof plan.link>();
  for (const link of plan.link) {
    byNc.set(link.nonConformity, [...(byNc.get(link.nonConformity) ?? []), link]);
  }
  for (const [ncId, links] of byNc) {
    const nc = [...withIssue.values()].find((n) => n.id === ncId);
    if (!nc?.issueKey) continue; // a pending claim: linked once it is taken over
    const made = await linkEvidence(
      ctx,
      { id: nc.id, issueKey: nc.issueKey },
      links.map((l) => l.feedback),
    );
    linked += made.length;
  }

  // Actions count while the CAPA works them and until it closes.
  const working = (
    await Promise.all(
      (['correctiveActions', 'preventiveActions', 'effectivenessCheck'] as const).map((step) =>
        nonConformitiesAtStep(ctx.sql, step),
      ),
    )
  ).flat();
  await syncActionStatuses(
    ctx,
    working.filter((nc) => nc.capa.actions.some((a) => !a.done)),
  );
  const recheck = await recheckEffectiveness(ctx, now);
  const report = { raised, failed, linked, recovered, ...recheck };
  ctx.log('quality: recurrence job', { ...report });
  return report;
}
