import type { RiskRegisterEntry, RiskScoreTrend } from '../../domain/risk/riskTrend';
import type { AppContext } from '../appContext';

/** The risk areas' and composite scores in months `from`–`to` (`YYYY-MM`, inclusive). */
export async function readRiskTrends(
  _ctx: AppContext,
  _months: { readonly from: string; readonly to: string },
): Promise<RiskScoreTrend> {
  throw new Error('readRiskTrends: being built (#14)');
}

/** The risk register as it stands. */
export async function readRiskRegister(_ctx: AppContext): Promise<readonly RiskRegisterEntry[]> {
  throw new Error('readRiskRegister: being built (#14)');
}
