/**
 * SLA compliance per month: the customer-facing goals (never internal OLA goals) met of those
 * completed, in % with one decimal, as the management report works it out from its monthly
 * rollups (`managementReportQuery`, scope `sla`); null for a month where none completed.
 */
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';
import { managementReportQuery } from '../reports/managementReportQuery';

export async function slaComplianceByMonth(
  db: SqlDatabase,
  months: readonly ReportMonth[],
  now: number,
): Promise<Map<string, number | null>> {
  const report = await managementReportQuery(
    db,
    // The grouping does not change the months' compliance, all groups together; `team` is
    // the one the Reports page opens with, so its rollups are usually read, not built.
    { months, grouping: 'team', goals: 'sla', measures: { reaction: [], resolution: [] } },
    now,
  );
  return new Map(report.months.map((m) => [m.month, m.compliancePct]));
}
