import { registerAt } from '../../domain/risk/registerAt';
import { registerScore } from '../../domain/risk/registerScore';
import { monthEnd } from '../../domain/risk/riskMonths';
import type { RiskSettings } from '../../domain/risk/riskSettings';
import { riskRevisions } from '../../storage/risk/riskRegister';
import { appendRiskScore, latestRiskScores } from '../../storage/risk/riskScores';
import type { AppContext } from '../appContext';

/**
 * Stores the computed score of each `register` area for each month given that has ended and has
 * none yet (`registerScore` of the register as it stood at the month's end, in the settings'
 * time zone). A month is computed once: the register's history does not change afterwards, and
 * a stored score is what drops are judged on. Answers the scores stored.
 */
export async function storeRegisterScores(
  ctx: AppContext,
  settings: RiskSettings,
  months: readonly string[],
): Promise<{ areaId: string; month: string; score: number }[]> {
  const areas = settings.areas.filter((a) => a.source === 'register');
  if (areas.length === 0 || months.length === 0) return [];
  const now = ctx.now();
  const sorted = [...months].sort();
  const [stored, revisions] = await Promise.all([
    latestRiskScores(ctx.sql, { from: sorted[0]!, to: sorted.at(-1)! }),
    riskRevisions(ctx.sql),
  ]);
  const made: { areaId: string; month: string; score: number }[] = [];
  for (const month of sorted) {
    const end = monthEnd(month, settings.timeZone);
    if (end > now) continue;
    const register = registerAt(revisions, end);
    for (const area of areas) {
      if (stored.get(area.id)?.has(month)) continue;
      const score = registerScore(register.filter((r) => r.area === area.id));
      await appendRiskScore(ctx.sql, {
        areaId: area.id,
        month,
        score,
        source: 'register',
        note: null,
        scoredBy: 'app',
        scoredAt: now,
      });
      made.push({ areaId: area.id, month, score });
    }
  }
  return made;
}
