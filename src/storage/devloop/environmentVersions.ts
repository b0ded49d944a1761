/**
 * The environments' version reports in Forge SQL (`environment_versions`): append-only. An
 * environment runs the version of its newest report; before any report, the version its
 * contract names. A replayed (environment, request id) stores nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { EnvironmentVersionsTable } from '../sql/devLoopSchema';
import type { SqlDatabase } from '../sql/schema';

export type VersionSource = 'pipeline' | 'admin' | 'resolver';

/** One accepted report. */
export interface EnvironmentVersionReport {
  readonly reportId: string;
  readonly environment: string;
  readonly product: string | null;
  readonly version: string;
  readonly source: VersionSource;
  readonly reportedBy: string;
  readonly reportedAt: number;
  readonly requestId: string | null;
}

export type NewReport = Omit<EnvironmentVersionReport, 'reportId'>;

export type RecordOutcome =
  | { readonly kind: 'recorded'; readonly report: EnvironmentVersionReport }
  /** The (environment, request id) was recorded before: nothing stored. */
  | { readonly kind: 'replayed'; readonly reportId: string };

/** The most history rows one environment shows. */
export const HISTORY_LIMIT = 50;

const fromRow = (row: Selectable<EnvironmentVersionsTable>): EnvironmentVersionReport => ({
  reportId: row.report_id,
  environment: row.environment,
  product: row.product,
  version: row.version,
  source: row.source as VersionSource,
  reportedBy: row.reported_by,
  reportedAt: Number(row.reported_at),
  requestId: row.request_id,
});

/**
 * The report id sorts reports of one environment in the order they were recorded, even two in
 * the same millisecond (the simulator's clock stands still): the instant, then how many reports
 * the environment had, then a random tail so that two concurrent ones never share an id.
 */
async function nextReportId(db: SqlDatabase, environment: string, at: number): Promise<string> {
  const { count } = await db
    .selectFrom('environment_versions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('environment', '=', environment)
    .executeTakeFirstOrThrow();
  const seq = String(Number(count)).padStart(9, '0');
  return `${String(at).padStart(15, '0')}-${seq}-${randomUUID().slice(0, 8)}`;
}

/** Records an accepted report, or says that its request was recorded before. */
export async function recordEnvironmentVersion(
  db: SqlDatabase,
  report: NewReport,
): Promise<RecordOutcome> {
  const replayed = await replayOf(db, report);
  if (replayed) return { kind: 'replayed', reportId: replayed };
  const reportId = await nextReportId(db, report.environment, report.reportedAt);
  try {
    await db
      .insertInto('environment_versions')
      .values({
        report_id: reportId,
        environment: report.environment,
        product: report.product,
        version: report.version,
        source: report.source,
        reported_by: report.reportedBy,
        reported_at: report.reportedAt,
        request_id: report.requestId,
      })
      .execute();
  } catch (error) {
    // Two deliveries of one request at once: the engines word a duplicate key differently;
    // whether the request is now recorded decides.
    const raced = await replayOf(db, report);
    if (raced) return { kind: 'replayed', reportId: raced };
    throw error;
  }
  return { kind: 'recorded', report: { ...report, reportId } };
}

async function replayOf(db: SqlDatabase, report: NewReport): Promise<string | undefined> {
  if (report.requestId === null) return undefined;
  const row = await db
    .selectFrom('environment_versions')
    .select('report_id')
    .where('environment', '=', report.environment)
    .where('request_id', '=', report.requestId)
    .executeTakeFirst();
  return row?.report_id;
}

export async function environmentVersionReport(
  db: SqlDatabase,
  reportId: string,
): Promise<EnvironmentVersionReport | undefined> {
  const row = await db
    .selectFrom('environment_versions')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** An environment's reports, newest first, at most `limit`. */
export async function environmentHistory(
  db: SqlDatabase,
  environment: string,
  limit = HISTORY_LIMIT,
): Promise<EnvironmentVersionReport[]> {
  const rows = await db
    .selectFrom('environment_versions')
    .selectAll()
    .where('environment', '=', environment)
    .orderBy('reported_at', 'desc')
    .orderBy('report_id', 'desc')
    .limit(Math.max(1, Math.min(limit, HISTORY_LIMIT)))
    .execute();
  return rows.map(fromRow);
}

/** What an environment runs: its newest report's version, or the contract's. */
export interface CurrentVersion {
  readonly version: string | null;
  /** The report it comes from; null when it is the contract's. */
  readonly report: EnvironmentVersionReport | null;
}

export async function currentEnvironmentVersion(
  db: SqlDatabase,
  environment: { readonly id: string; readonly version?: string },
): Promise<CurrentVersion> {
  const [newest] = await environmentHistory(db, environment.id, 1);
  return newest
    ? { version: newest.version, report: newest }
    : { version: environment.version ?? null, report: null };
}
