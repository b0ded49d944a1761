/**
 * The monthly values of a KPI the app computes (`COMPUTED_KPI_METRICS`), one module per metric.
 * Months are `YYYY-MM` in `timeZone`, the Reports page's Quality section's (`metricMonths`). A month
 * with nothing to measure is null; counts (complaints, open non-conformities) are 0 instead.
 */
import { contiguousRuns, metricMonths } from '../../domain/kpi/kpiMetricMonths';
import type { KpiSource } from '../../domain/kpi/kpiSource';
import type { KpiSourceSettings } from '../../domain/kpi/kpiSourceSettings';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { AppContext } from '../appContext';
import { complaintsByMonth } from './complaintsMetric';
import { defectDensityMetricByMonth } from './defectDensityMetric';
import { qualityKpiByMonth } from './qualityMetric';
import { slaComplianceByMonth } from './slaComplianceMetric';
import { uptimeMetricByMonth } from './uptimeMetric';

export async function computeKpiMetric(
  ctx: AppContext,
  source: Extract<KpiSource, { kind: 'computed' }>,
  months: readonly string[],
  settings: KpiSourceSettings,
  timeZone: string,
): Promise<ReadonlyMap<string, number | null>> {
  const asked = metricMonths(months, timeZone);
  if (asked.length === 0) return new Map();
  const now = ctx.now();
  const { metric } = source;
  let values: ReadonlyMap<string, number | null>;
  switch (metric) {
    case 'sla-compliance':
      values = await byRuns(months, timeZone, (run) => slaComplianceByMonth(ctx.sql, run, now));
      break;
    case 'csat':
    case 'nps':
    case 'follow-ups-in-time':
    case 'open-non-conformities':
    case 'capa-cycle-time':
      values = await byRuns(months, timeZone, (run) =>
        qualityKpiByMonth(ctx.sql, metric, run, now, timeZone),
      );
      break;
    case 'complaints':
      values = await complaintsByMonth(ctx.sql, asked);
      break;
    case 'uptime':
      values = await uptimeMetricByMonth(ctx.sql, settings.uptime, source.environment, asked, now);
      break;
    case 'defect-density':
      values = await defectDensityMetricByMonth(
        ctx.jira,
        settings.defectDensity,
        asked.map((m) => m.key),
      );
      break;
  }
  return new Map(asked.map((m) => [m.key, values.get(m.key) ?? null]));
}

/** Reads contiguous runs of months (what the SQL tallies need) and keeps every month's value. */
async function byRuns(
  months: readonly string[],
  timeZone: string,
  read: (run: readonly ReportMonth[]) => Promise<ReadonlyMap<string, number | null>>,
): Promise<Map<string, number | null>> {
  const values = new Map<string, number | null>();
  for (const run of contiguousRuns(months, timeZone))
    for (const [key, value] of await read(run)) values.set(key, value);
  return values;
}
