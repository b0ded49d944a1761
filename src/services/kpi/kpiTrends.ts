import type { KpiTrend } from '../../domain/kpi/kpiTrend';
import type { AppContext } from '../appContext';

/** Every KPI of the catalogue with its values in months `from`–`to` (`YYYY-MM`, inclusive). */
export async function readKpiTrends(
  _ctx: AppContext,
  _months: { readonly from: string; readonly to: string },
): Promise<readonly KpiTrend[]> {
  throw new Error('readKpiTrends: being built (#14)');
}
