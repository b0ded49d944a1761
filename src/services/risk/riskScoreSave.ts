import type { RiskScoreEntry } from '../../domain/risk/riskScoreEntry';
import { appendRiskScore, type StoredRiskScore } from '../../storage/risk/riskScores';
import type { AppContext } from '../appContext';
import { raiseDropsAfterScore, type DropOutcome } from './riskDropActions';

/**
 * Saves an entered score as the next revision of (area, month), then raises the action plan of
 * a drop it makes. The score stays saved if raising fails (Jira busy, a crash): the daily job
 * raises what is due, and the claim keeps it to once.
 */
export async function saveEnteredRiskScore(
  ctx: AppContext,
  entry: RiskScoreEntry,
  scoredBy: string,
): Promise<{ score: StoredRiskScore; actionPlans: DropOutcome[]; actionPlanError: boolean }> {
  const score = await appendRiskScore(ctx.sql, {
    areaId: entry.areaId,
    month: entry.month,
    score: entry.score,
    source: 'entered',
    note: entry.note || null,
    scoredBy,
    scoredAt: ctx.now(),
  });
  try {
    return {
      score,
      actionPlans: await raiseDropsAfterScore(ctx, entry.areaId, entry.month),
      actionPlanError: false,
    };
  } catch (error) {
    ctx.log('risk score saved; raising its action plan failed, the daily job retries', {
      error: String(error),
    });
    return { score, actionPlans: [], actionPlanError: true };
  }
}
