/**
 * Complaints received per month: feedback recorded with source `complaint` (the relationship
 * register records a complaint issue so, when it is created), counted by when it was received;
 * 0 for a month without one. One statement, counted in SQL per month.
 */
import { sql } from 'kysely';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';

export const COMPLAINT_SOURCE = 'complaint';

export async function complaintsByMonth(
  db: SqlDatabase,
  months: readonly ReportMonth[],
): Promise<Map<string, number>> {
  const counts = new Map(months.map((m): [string, number] => [m.key, 0]));
  if (months.length === 0) return counts;
  const cases = months.map(
    (m, i) => sql`when received_at >= ${m.start} and received_at < ${m.end} then ${sql.lit(i)}`,
  );
  const start = Math.min(...months.map((m) => m.start));
  const end = Math.max(...months.map((m) => m.end));
  const result = await sql<{ m: unknown; complaints: unknown }>`
    select m, count(*) as complaints
    from (select case ${sql.join(cases, sql` `)} end as m from feedback
      where source = ${COMPLAINT_SOURCE} and received_at >= ${start} and received_at < ${end}) received
    where m is not null
    group by m`.execute(db);
  for (const row of result.rows) counts.set(months[Number(row.m)]!.key, Number(row.complaints));
  return counts;
}
