/**
 * CSAT %, NPS, follow-ups in time %, open non-conformities at month end and CAPA cycle time
 * (median days) per month over every team, from the quality measures' own reads and definitions
 * (`qualityTalliesQuery`, `everyTeamMeasures`).
 */
import {
  everyTeamMeasures,
  qualityKpiValue,
  type QualityKpiMetric,
} from '../../domain/kpi/qualityKpis';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';
import { qualityTalliesQuery } from '../reports/qualityMeasuresQuery';

/** `months`: contiguous, at most a report's run (`contiguousRuns`). */
export async function qualityKpiByMonth(
  db: SqlDatabase,
  metric: QualityKpiMetric,
  months: readonly ReportMonth[],
  now: number,
  timeZone: string,
): Promise<Map<string, number | null>> {
  const query = { months, now, timeZone };
  const read = await qualityTalliesQuery(db, query);
  const rows = everyTeamMeasures(query, read.feedback, read.followUps, read.nonConformities);
  return new Map(months.map((m) => [m.key, qualityKpiValue(metric, rows.get(m.key))]));
}
