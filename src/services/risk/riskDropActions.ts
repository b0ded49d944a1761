/**
 * The action plan of a risk area whose score dropped from the previous month: a Jira issue for
 * the area's owner with the drop (from → to), the composite score, the area and a due date.
 *
 * Exactly once per area and month (`raiseOwnerActionIssue`): the (area, month) claim row goes in
 * first (its primary key lets one caller in, ever: correcting a score afterwards finds the claim
 * and raises nothing); the issue carries the claim's label (`riskDropLabel`). A Jira refusal
 * (settings Jira will not take) is noted on the claim, which the next daily run takes over and
 * tries again, after an admin fixed the settings.
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
import {
  riskDropClaim,
  riskDropClaimPort,
  unfinishedRiskDrops,
  type RiskDropClaim,
} from '../../storage/risk/riskDropClaims';
import { latestRiskScores } from '../../storage/risk/riskScores';
import { loadRiskSettings } from '../../storage/risk/riskSettings';
import type { AppContext } from '../appContext';
import {
  OWNER_ACTION_LEASE_MS,
  raiseOwnerActionIssue,
  type OwnerActionOutcome,
} from '../ownerActionIssue';
import { storeRegisterScores } from './registerScores';

/** See `OWNER_ACTION_LEASE_MS`. */
export const DROP_CLAIM_LEASE_MS = OWNER_ACTION_LEASE_MS;

/** The label naming an area's action plan for a month, so a crashed attempt finds its issue again. */
export const riskDropLabel = (areaId: string, month: string): string =>
  `risk-drop-${areaId}-${month}`;

export type DropOutcome = OwnerActionOutcome;

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
  // A claim made before keeps the drop it was made for (a score corrected since changes nothing).
  const claim = (await riskDropClaim(ctx.sql, drop.areaId, drop.month)) ?? drop;
  const area = settings.areas.find((a) => a.id === claim.areaId);
  return raiseOwnerActionIssue(ctx, {
    label: riskDropLabel(claim.areaId, claim.month),
    claims: riskDropClaimPort(ctx.sql, claim),
    issue: (now) => ({
      projectKey: settings.actionPlan.projectKey!,
      issueType: settings.actionPlan.issueType,
      summary: `Risk score dropped: ${area?.name ?? claim.areaId} ${claim.from} → ${claim.to} (${claim.month})`,
      description: actionPlanDescription(settings, claim, scores),
      ...(area?.owner && { assignee: area.owner }),
      dueDate: actionPlanDueDate(now, settings.timeZone, settings.actionPlan.dueInDays),
    }),
  });
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
