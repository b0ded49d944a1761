import { coveringApproval, approverFor } from '../../domain/risk/riskApproval';
import { compositeScore } from '../../domain/risk/compositeScore';
import { registerAt } from '../../domain/risk/registerAt';
import { riskMonthKeys } from '../../domain/risk/riskMonths';
import type { RiskRegisterEntry, RiskScoreTrend } from '../../domain/risk/riskTrend';
import { latestRiskScores } from '../../storage/risk/riskScores';
import { riskApprovals, riskRevisions } from '../../storage/risk/riskRegister';
import { loadRiskSettings } from '../../storage/risk/riskSettings';
import type { AppContext } from '../appContext';

/**
 * The risk areas' and composite scores in months `from`–`to` (`YYYY-MM`, inclusive): the areas
 * of the settings in force, each month's score the newest revision stored (entered, or computed
 * from the register by the daily job). A month missing an area's score has no composite.
 */
export async function readRiskTrends(
  ctx: AppContext,
  months: { readonly from: string; readonly to: string },
): Promise<RiskScoreTrend> {
  const keys = riskMonthKeys(months.from, months.to);
  const [settings, scores] = await Promise.all([
    loadRiskSettings(ctx.store),
    latestRiskScores(ctx.sql, months),
  ]);
  const areas = settings.areas.map((area) => ({
    id: area.id,
    name: area.name,
    weight: area.weight,
    owner: area.owner,
    months: keys.map((month) => ({ month, score: scores.get(area.id)?.get(month) ?? null })),
  }));
  const composite = keys.map((month, i) => {
    const { score } = compositeScore(
      areas.map((a) => ({ id: a.id, weight: a.weight, score: a.months[i]!.score })),
    );
    return { month, score };
  });
  return { areas, composite };
}

/** The risk register as it stands: each risk's newest revision, with the approval its level needs. */
export async function readRiskRegister(ctx: AppContext): Promise<readonly RiskRegisterEntry[]> {
  const [revisions, approvals] = await Promise.all([
    riskRevisions(ctx.sql),
    riskApprovals(ctx.sql),
  ]);
  return registerAt(revisions, Number.MAX_SAFE_INTEGER)
    .sort((a, b) => a.changedAt - b.changedAt || a.riskId.localeCompare(b.riskId))
    .map((risk) => {
      const covering = coveringApproval(
        risk.level,
        approvals.filter((a) => a.riskId === risk.riskId),
      );
      return {
        id: risk.riskId,
        title: risk.title,
        area: risk.area,
        owner: risk.owner,
        level: risk.level,
        mitigation: risk.mitigation,
        approvalRequired: approverFor(risk.level),
        approvedBy: covering?.approvedBy ?? null,
        approvedAt: covering?.approvedAt ?? null,
        status: risk.status,
      };
    });
}
