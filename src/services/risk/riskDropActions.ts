/**
 * The action plan of a risk area whose score dropped from the previous month: a Jira issue for
 * the area's owner with the drop (from → to), the composite score, the area and a due date.
 *
 * Exactly once per area and month. The (area, month) claim row goes in first (its primary key
 * lets one caller in, ever: correcting a score afterwards finds the claim and raises nothing);
 * the issue carries the claim's label (`riskDropLabel`). A crash between the claim and Jira's
 * answer leaves a claim without an issue: once older than `DROP_CLAIM_LEASE_MS` the next run
 * looks the issue up by its label and adopts it, or takes the claim over (compare-and-set on its
 * attempt) and creates it. A Jira refusal (settings Jira will not take) is noted on the claim,
 * which the next daily run takes over and tries again, after an admin fixed the settings.
 */
import { compositeScore } from '../../domain/risk/compositeScore';
import { scoreDrops, type ScoreDrop } from '../../domain/risk/scoreDrops';
import { actionPlanDueDate, nextMonthKey } from '../../domain/risk/riskMonths';
import type { RiskSettings } from '../../domain/risk/riskSettings';
import {
  lastEndedPeriodKey,
  periodKeyAt,
  previousPeriodKey,
} from '../../domain/reports/reportPeriod';
import { adfText } from '../../jira/adf';
import { createIssue } from '../../jira/issueCreation';
import { isJiraRefusal } from '../../jira/jiraClient';
import {
  claimRiskDrop,
  recordRiskDropIssue,
  recordRiskDropRefusal,
  riskDropClaim,
  takeOverRiskDrop,
  unfinishedRiskDrops,
  type RiskDropClaim,
} from '../../storage/risk/riskDropClaims';
import { latestRiskScores } from '../../storage/risk/riskScores';
import { loadRiskSettings } from '../../storage/risk/riskSettings';
import type { AppContext } from '../appContext';
import { jqlString } from '../jqlString';
import { storeRegisterScores } from './registerScores';

/**
 * A claim older than this belongs to an invocation that is gone: a scheduled trigger's function
 * runs at most 900 s (`timeoutSeconds`,
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/),
 * a resolver far less; plus a margin for clocks.
 */
export const DROP_CLAIM_LEASE_MS = 16 * 60_000;

/** The label naming an area's action plan for a month, so a crashed attempt finds its issue again. */
export const riskDropLabel = (areaId: string, month: string): string =>
  `risk-drop-${areaId}-${month}`;

export type DropOutcome =
  | { readonly kind: 'created' | 'adopted' | 'exists'; readonly issueKey: string }
  | { readonly kind: 'inProgress' }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Daily: stores the register areas' scores of the months that ended (the last two), then raises
 * the action plan of every drop in the last ended and the current month, and retries the claims
 * left without an issue (crashed or refused). Nothing is raised while no project is set.
 */
export async function raiseRiskDropActions(ctx: AppContext): Promise<void> {
  const settings = await loadRiskSettings(ctx.store);
  const now = ctx.now();
  const lastEnded = lastEndedPeriodKey(now, settings.timeZone);
  await storeRegisterScores(ctx, settings, [previousPeriodKey(lastEnded), lastEnded]);
  if (!settings.actionPlan.projectKey) return;
  const current = periodKeyAt(now, settings.timeZone);
  const outcomes = [
    ...(await raiseDropsIn(ctx, settings, [lastEnded, current])),
    ...(await retryUnfinished(ctx, settings)),
  ];
  const refused = outcomes.filter((o) => o.kind === 'refused');
  if (refused.length > 0) {
    ctx.log('risk drop actions: Jira refused action plans', {
      refused: refused.map((o) => ('message' in o ? o.message : '')),
    });
  }
}

/**
 * Right after an area's score for `month` is saved: a drop in `month` (from the month before),
 * or in the month after (a corrected month may now be higher than the next).
 */
export async function raiseDropsAfterScore(
  ctx: AppContext,
  areaId: string,
  month: string,
): Promise<DropOutcome[]> {
  const settings = await loadRiskSettings(ctx.store);
  if (!settings.actionPlan.projectKey) return [];
  const outcomes = await raiseDropsIn(ctx, settings, [month, nextMonthKey(month)], areaId);
  return outcomes;
}

async function raiseDropsIn(
  ctx: AppContext,
  settings: RiskSettings,
  months: readonly string[],
  onlyArea?: string,
): Promise<DropOutcome[]> {
  const sorted = [...months].sort();
  const scores = await latestRiskScores(ctx.sql, {
    from: previousPeriodKey(sorted[0]!),
    to: sorted.at(-1)!,
  });
  const known = new Set(settings.areas.map((a) => a.id));
  const outcomes: DropOutcome[] = [];
  for (const month of sorted) {
    for (const drop of scoreDrops(month, scores)) {
      if (!known.has(drop.areaId) || (onlyArea !== undefined && drop.areaId !== onlyArea)) continue;
      outcomes.push(await raiseDropAction(ctx, settings, drop, scores));
    }
  }
  return outcomes;
}

async function retryUnfinished(ctx: AppContext, settings: RiskSettings): Promise<DropOutcome[]> {
  const outcomes: DropOutcome[] = [];
  for (const claim of await unfinishedRiskDrops(ctx.sql)) {
    const scores = await latestRiskScores(ctx.sql, {
      from: previousPeriodKey(claim.month),
      to: claim.month,
    });
    outcomes.push(await raiseDropAction(ctx, settings, claim, scores));
  }
  return outcomes;
}

/** The action plan of one drop, once: see the module comment. */
export async function raiseDropAction(
  ctx: AppContext,
  settings: RiskSettings,
  drop: ScoreDrop | RiskDropClaim,
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Promise<DropOutcome> {
  const now = ctx.now();
  let claim = await riskDropClaim(ctx.sql, drop.areaId, drop.month);
  let attempt = 1;
  if (!claim) {
    if (!(await claimRiskDrop(ctx.sql, { ...drop, claimedAt: now }))) return { kind: 'inProgress' };
    claim = {
      ...drop,
      areaId: drop.areaId,
      month: drop.month,
      claimedAt: now,
      attempt: 1,
      issueKey: null,
      refused: null,
    };
  } else {
    if (claim.issueKey) return { kind: 'exists', issueKey: claim.issueKey };
    if (!claim.refused && now - claim.claimedAt < DROP_CLAIM_LEASE_MS)
      return { kind: 'inProgress' };
    if (!claim.refused) {
      // A crashed attempt: its issue may exist, named by the label.
      const found = await issueByLabel(ctx, riskDropLabel(claim.areaId, claim.month));
      if (found) {
        await recordRiskDropIssue(ctx.sql, claim, found);
        return { kind: 'adopted', issueKey: found };
      }
    }
    if (!(await takeOverRiskDrop(ctx.sql, claim, now))) return { kind: 'inProgress' };
    attempt = claim.attempt + 1;
  }
  const area = settings.areas.find((a) => a.id === claim.areaId);
  try {
    const { key } = await createIssue(ctx.jira, {
      projectKey: settings.actionPlan.projectKey!,
      issueType: settings.actionPlan.issueType,
      summary: `Risk score dropped: ${area?.name ?? claim.areaId} ${claim.from} → ${claim.to} (${claim.month})`,
      description: actionPlanDescription(settings, claim, scores),
      ...(area?.owner && { assignee: area.owner }),
      dueDate: actionPlanDueDate(now, settings.timeZone, settings.actionPlan.dueInDays),
      labels: [riskDropLabel(claim.areaId, claim.month)],
    });
    await recordRiskDropIssue(ctx.sql, { ...claim, attempt }, key);
    return { kind: 'created', issueKey: key };
  } catch (error) {
    if (!isJiraRefusal(error)) throw error;
    await recordRiskDropRefusal(ctx.sql, { ...claim, attempt }, error.message);
    return { kind: 'refused', message: error.message };
  }
}

function actionPlanDescription(
  settings: RiskSettings,
  claim: Pick<RiskDropClaim, 'areaId' | 'month' | 'from' | 'to'>,
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
) {
  const area = settings.areas.find((a) => a.id === claim.areaId);
  const composite = (month: string) =>
    compositeScore(
      settings.areas.map((a) => ({
        id: a.id,
        weight: a.weight,
        score: scores.get(a.id)?.get(month) ?? null,
      })),
    ).score;
  const before = composite(previousPeriodKey(claim.month));
  const after = composite(claim.month);
  const text = (n: number | null) =>
    n === null ? 'incomplete (an area is not scored)' : String(n);
  return adfText(
    [
      `The risk score of ${area?.name ?? claim.areaId} (weight ${area?.weight ?? '?'} %) dropped from ${claim.from} in ${previousPeriodKey(claim.month)} to ${claim.to} in ${claim.month}.`,
      `Composite risk score: ${text(before)} → ${text(after)}.`,
      `As the area's owner, write an action plan that brings the score back, and carry it out by the due date (${settings.actionPlan.dueInDays} days from when this issue was raised).`,
    ].join('\n'),
  );
}

async function issueByLabel(ctx: AppContext, label: string): Promise<string | null> {
  const page = await ctx.jira.searchPage({
    jql: `labels = ${jqlString(label)}`,
    fields: ['summary'],
    maxResults: 1,
  });
  return page.issues[0]?.key ?? null;
}
