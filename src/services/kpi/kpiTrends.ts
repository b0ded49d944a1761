/**
 * The KPI catalogue's values month by month: computed ones from the app's records
 * (`computeKpiMetric`), manual ones as last entered (`kpi_values`), each with whether it meets its
 * target. Months are in the catalogue's time zone, so the Quality page, the management review and
 * the daily job agree on where a month starts.
 */
import type { KpiCatalogue, KpiDefinition } from '../../domain/kpi/kpiCatalogue';
import { sourceLabel } from '../../domain/kpi/kpiCatalogue';
import { meetsTarget } from '../../domain/kpi/kpiEvaluation';
import type { KpiTrend } from '../../domain/kpi/kpiTrend';
import { reportMonths } from '../../domain/reports/reportMonths';
import { loadKpiCatalogue } from '../../storage/kpiCatalogue';
import { kpiValueEntries, latestKpiValues } from '../../storage/kpi/kpiValues';
import type { AppContext } from '../appContext';
import { computeKpiMetric } from './kpiMetrics';

/** Every KPI of the catalogue with its values in months `from`–`to` (`YYYY-MM`, inclusive). */
export async function readKpiTrends(
  ctx: AppContext,
  months: { readonly from: string; readonly to: string },
): Promise<readonly KpiTrend[]> {
  const catalogue = await loadKpiCatalogue(ctx.store);
  return kpiTrendsOf(ctx, catalogue, catalogue.kpis, months);
}

/** The trends of `kpis` of `catalogue` (throws on a malformed or over-long run of months). */
export async function kpiTrendsOf(
  ctx: AppContext,
  catalogue: KpiCatalogue,
  kpis: readonly KpiDefinition[],
  months: { readonly from: string; readonly to: string },
): Promise<KpiTrend[]> {
  const keys = reportMonths(months.from, months.to, catalogue.timeZone).map((m) => m.key);
  const manualIds = kpis.filter((k) => k.source.kind === 'manual').map((k) => k.id);
  const manual = latestKpiValues(await kpiValueEntries(ctx.sql, manualIds, months));
  return Promise.all(
    kpis.map(async (kpi): Promise<KpiTrend> => {
      const values: ReadonlyMap<string, number | null> =
        kpi.source.kind === 'computed'
          ? await computeKpiMetric(ctx, kpi.source, keys, catalogue.sources, catalogue.timeZone)
          : (manual.get(kpi.id) ?? new Map());
      return {
        id: kpi.id,
        name: kpi.name,
        unit: kpi.unit,
        direction: kpi.direction,
        target: kpi.target,
        owner: kpi.owner,
        source: sourceLabel(kpi),
        months: keys.map((month) => {
          const value = values.get(month) ?? null;
          return {
            month,
            value,
            meetsTarget: value === null ? null : meetsTarget(kpi.direction, kpi.target, value),
          };
        }),
      };
    }),
  );
}
