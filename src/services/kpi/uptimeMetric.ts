/**
 * Uptime % per month from the incidents the app has facts of (`issue_facts`): issues of the
 * configured incident types with a business-impacting priority (by the contract priority's name
 * or id, or Jira's name for an issue no agreement covers), of one environment or of all; each is
 * down from its creation to its latest resolution, or now while open (`uptimeByMonth`).
 *
 * One statement: the incidents alive in the months, which are few (business-impacting only).
 */
import type { KpiSourceSettings } from '../../domain/kpi/kpiSourceSettings';
import { uptimeByMonth, type DowntimeInterval } from '../../domain/kpi/uptime';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';

/** The incidents of `settings` alive in `[start, end)`, as downtime intervals. */
export async function incidentIntervals(
  db: SqlDatabase,
  settings: KpiSourceSettings['uptime'],
  environment: string | undefined,
  start: number,
  end: number,
): Promise<DowntimeInterval[]> {
  const { incidentIssueTypes: types, businessImpactingPriorities: priorities } = settings;
  if (types.length === 0 || priorities.length === 0) return [];
  let query = db
    .selectFrom('issue_facts')
    .select(['created_at', 'resolved_at'])
    .where('issue_type', 'in', [...types])
    .where((w) =>
      w.or([w('priority_name', 'in', [...priorities]), w('priority', 'in', [...priorities])]),
    )
    .where('created_at', '<', end)
    .where((w) => w.or([w('resolved_at', 'is', null), w('resolved_at', '>=', start)]));
  if (environment !== undefined) query = query.where('environment', '=', environment);
  const rows = await query.execute();
  return rows.map((r) => ({
    start: Number(r.created_at),
    end: r.resolved_at === null ? null : Number(r.resolved_at),
  }));
}

export async function uptimeMetricByMonth(
  db: SqlDatabase,
  settings: KpiSourceSettings['uptime'],
  environment: string | undefined,
  months: readonly ReportMonth[],
  now: number,
): Promise<Map<string, number | null>> {
  if (months.length === 0) return new Map();
  const start = Math.min(...months.map((m) => m.start));
  const end = Math.max(...months.map((m) => m.end));
  const incidents = await incidentIntervals(db, settings, environment, start, end);
  return uptimeByMonth(incidents, months, now);
}
