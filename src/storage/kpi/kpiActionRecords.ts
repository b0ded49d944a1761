/**
 * The claims that make a KPI's action issue happen once per month (`kpi_actions`): inserted
 * before the issue is created, then updated with the issue's key, or with Jira's refusal. A new
 * attempt takes the row by compare and set on its attempt number, so two runs never both create.
 */
import type { SqlDatabase } from '../sql/schema';

export type KpiActionStatus = 'claimed' | 'created' | 'refused';

export interface KpiActionRecord {
  readonly kpiId: string;
  readonly month: string;
  readonly attempt: number;
  readonly status: KpiActionStatus;
  readonly startedAt: number;
  readonly issueKey: string | null;
  readonly findings: string;
  readonly error: string | null;
  readonly updatedAt: number;
}

export async function kpiActionOf(
  db: SqlDatabase,
  kpiId: string,
  month: string,
): Promise<KpiActionRecord | undefined> {
  const row = await db
    .selectFrom('kpi_actions')
    .selectAll()
    .where('kpi_id', '=', kpiId)
    .where('month', '=', month)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The action records of the months `from`–`to`, for the Quality page. */
export async function kpiActionsBetween(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<KpiActionRecord[]> {
  const rows = await db
    .selectFrom('kpi_actions')
    .selectAll()
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .execute();
  return rows.map(fromRow);
}

/** Claims attempt 1 of `kpiId`'s `month`: true for the one caller whose insert made the row. */
export async function claimKpiAction(
  db: SqlDatabase,
  claim: { kpiId: string; month: string; at: number; findings: string },
): Promise<boolean> {
  try {
    await db
      .insertInto('kpi_actions')
      .values({
        kpi_id: claim.kpiId,
        month: claim.month,
        attempt: 1,
        status: 'claimed',
        started_at: claim.at,
        issue_key: null,
        findings: claim.findings,
        error: null,
        updated_at: claim.at,
      })
      .execute();
    return true;
  } catch (error) {
    if (await kpiActionOf(db, claim.kpiId, claim.month)) return false;
    throw error;
  }
}

/**
 * Takes the row over for the attempt after `attempt` (a refused or abandoned one): true for the
 * one caller whose update still found `attempt` there.
 */
export async function retakeKpiAction(
  db: SqlDatabase,
  record: KpiActionRecord,
  at: number,
  findings: string,
): Promise<boolean> {
  const result = await db
    .updateTable('kpi_actions')
    .set({
      attempt: record.attempt + 1,
      status: 'claimed',
      started_at: at,
      findings,
      error: null,
      updated_at: at,
    })
    .where('kpi_id', '=', record.kpiId)
    .where('month', '=', record.month)
    .where('attempt', '=', record.attempt)
    .where('status', '!=', 'created')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records what attempt `attempt` came to: the issue created, or Jira's refusal. */
export async function settleKpiAction(
  db: SqlDatabase,
  record: { kpiId: string; month: string; attempt: number },
  outcome:
    | { status: 'created'; issueKey: string; at: number }
    | { status: 'refused'; error: string; at: number },
): Promise<void> {
  await db
    .updateTable('kpi_actions')
    .set(
      outcome.status === 'created'
        ? { status: 'created', issue_key: outcome.issueKey, error: null, updated_at: outcome.at }
        : { status: 'refused', error: outcome.error.slice(0, 2000), updated_at: outcome.at },
    )
    .where('kpi_id', '=', record.kpiId)
    .where('month', '=', record.month)
    .where('attempt', '=', record.attempt)
    .execute();
}

const fromRow = (row: {
  kpi_id: string;
  month: string;
  attempt: number;
  status: string;
  started_at: number;
  issue_key: string | null;
  findings: string;
  error: string | null;
  updated_at: number;
}): KpiActionRecord => ({
  kpiId: row.kpi_id,
  month: row.month,
  attempt: Number(row.attempt),
  status: row.status as KpiActionStatus,
  startedAt: Number(row.started_at),
  issueKey: row.issue_key,
  findings: row.findings,
  error: row.error,
  updatedAt: Number(row.updated_at),
});
