import type { Selectable } from 'kysely';
import type { IssuedReportsTable, SqlDatabase } from '../sql/schema';

/** An issued report as stored: append-only, so this module has no update or delete. */
export type IssuedReportRow = Selectable<IssuedReportsTable>;
export type IssuedReportHead = Omit<IssuedReportRow, 'content'>;

/** Most reports `listIssuedReports` answers with: a list row is ~500 bytes, Forge SQL answers up to 4 MiB. */
export const ISSUED_REPORT_LIST_LIMIT = 1000;

const HEAD_COLUMNS = [
  'report_id',
  'agreement',
  'customer',
  'period',
  'period_start',
  'period_end',
  'revision',
  'contract_version',
  'content_hash',
  'issued_at',
  'issued_by',
  'change_note',
] as const;

/** BIGINT columns may arrive as strings from a MySQL driver. */
function numbers<T extends IssuedReportHead>(row: T): T {
  return {
    ...row,
    period_start: Number(row.period_start),
    period_end: Number(row.period_end),
    revision: Number(row.revision),
    contract_version: row.contract_version === null ? null : Number(row.contract_version),
    issued_at: Number(row.issued_at),
  };
}

/**
 * Stores a revision. Answers false, storing nothing, when that revision of the period is
 * already there: the unique key (agreement, period, revision) is the claim, so two issuers
 * racing for the same revision cannot both win.
 */
export async function insertIssuedReport(db: SqlDatabase, row: IssuedReportRow): Promise<boolean> {
  try {
    await db.insertInto('issued_reports').values(row).execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently; whether the revision now exists is the answer.
    if (await revisionExists(db, row.agreement, row.period, row.revision)) return false;
    throw error;
  }
}

async function revisionExists(
  db: SqlDatabase,
  agreement: string,
  period: string,
  revision: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('issued_reports')
    .select('report_id')
    .where('agreement', '=', agreement)
    .where('period', '=', period)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest revision issued for the period, with its content, or undefined before the first. */
export async function latestIssuedReport(
  db: SqlDatabase,
  agreement: string,
  period: string,
): Promise<IssuedReportRow | undefined> {
  const row = await db
    .selectFrom('issued_reports')
    .selectAll()
    .where('agreement', '=', agreement)
    .where('period', '=', period)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && numbers(row);
}

export async function issuedReport(
  db: SqlDatabase,
  reportId: string,
): Promise<IssuedReportRow | undefined> {
  const row = await db
    .selectFrom('issued_reports')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row && numbers(row);
}

/** Issued reports without their content, newest period first, then newest revision first. */
export async function listIssuedReports(
  db: SqlDatabase,
  agreement?: string,
): Promise<IssuedReportHead[]> {
  const rows = await db
    .selectFrom('issued_reports')
    .select(HEAD_COLUMNS)
    .$if(agreement !== undefined, (query) => query.where('agreement', '=', agreement!))
    .orderBy('period_start', 'desc')
    .orderBy('agreement')
    .orderBy('revision', 'desc')
    .limit(ISSUED_REPORT_LIST_LIMIT)
    .execute();
  return rows.map(numbers);
}

/** Which of `agreements` already have a report (any revision) for `period`. */
export async function agreementsReported(
  db: SqlDatabase,
  period: string,
  agreements: readonly string[],
): Promise<Set<string>> {
  if (agreements.length === 0) return new Set();
  const rows = await db
    .selectFrom('issued_reports')
    .select('agreement')
    .distinct()
    .where('period', '=', period)
    .where('agreement', 'in', agreements)
    .execute();
  return new Set(rows.map((row) => row.agreement));
}
