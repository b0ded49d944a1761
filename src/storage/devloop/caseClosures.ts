/**
 * Closing waiting cases (`case_closures`) and what deciding it reads: the fixed cases and the
 * versions the environments run. A closure row is the claim: its primary key (case_id, fixed_in)
 * lets one caller close a case once per "fixed in" version. Each attempt starts with a
 * compare-and-set on (status, attempts), so of two invocations only one makes it. A row moves
 * `pending` → `commented` (the comment's id recorded before the transition) → `closed`; a failed
 * attempt leaves it `failed` with the error, its `comment_id` telling whether the comment is up.
 */
import { sql, type Selectable } from 'kysely';
import type {
  ClosureDecision,
  FixedCase,
  InstalledVersion,
} from '../../domain/devloop/waitingCases';
import type { KnownEnvironment } from '../../domain/devloop/waitingCasesEnvironments';
import type { CaseClosuresTable } from '../sql/devLoopSchema';
import type { SqlDatabase } from '../sql/schema';

export type ClosureStatus = 'pending' | 'commented' | 'closed' | 'failed';

export interface CaseClosure {
  readonly caseId: string;
  readonly fixedIn: string;
  readonly environment: string;
  readonly reportId: string;
  readonly status: ClosureStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly claimedAt: number;
  readonly attemptedAt: number | null;
  readonly closedAt: number | null;
  readonly commentId: string | null;
}

const MAX_ERROR_LENGTH = 1000;
const num = (value: unknown): number | null => (value === null ? null : Number(value));

// BIGINT columns may come back as strings from a MySQL driver.
const fromRow = (row: Selectable<CaseClosuresTable>): CaseClosure => ({
  caseId: row.case_id,
  fixedIn: row.fixed_in,
  environment: row.environment,
  reportId: row.report_id,
  status: row.status as ClosureStatus,
  attempts: Number(row.attempts),
  lastError: row.last_error,
  claimedAt: Number(row.claimed_at),
  attemptedAt: num(row.attempted_at),
  closedAt: num(row.closed_at),
  commentId: row.comment_id,
});

/** Claims the closing of a case for its fix: true for the one caller whose insert made the row. */
export async function claimClosure(
  db: SqlDatabase,
  decision: Pick<ClosureDecision, 'caseId' | 'fixedIn' | 'environment' | 'reportId'>,
  at: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('case_closures')
      .values({
        case_id: decision.caseId,
        fixed_in: decision.fixedIn,
        environment: decision.environment,
        report_id: decision.reportId,
        status: 'pending',
        attempts: 0,
        last_error: null,
        claimed_at: at,
        closed_at: null,
        comment_id: null,
        attempted_at: null,
      })
      .execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently; whether the row now exists is the answer.
    if (await closureOf(db, decision.caseId, decision.fixedIn)) return false;
    throw error;
  }
}

export async function closureOf(
  db: SqlDatabase,
  caseId: string,
  fixedIn: string,
): Promise<CaseClosure | undefined> {
  const row = await db
    .selectFrom('case_closures')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('fixed_in', '=', fixedIn)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The closures of a case, oldest claim first. */
export async function closuresOfCase(db: SqlDatabase, caseId: string): Promise<CaseClosure[]> {
  const rows = await db
    .selectFrom('case_closures')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('claimed_at')
    .execute();
  return rows.map(fromRow);
}

/**
 * Starts attempt `seen.attempts + 1` if the row is still as `seen` left it; answers whether this
 * caller won it.
 */
export async function startClosureAttempt(
  db: SqlDatabase,
  seen: Pick<CaseClosure, 'caseId' | 'fixedIn' | 'status' | 'attempts'>,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('case_closures')
    .set({ attempts: seen.attempts + 1, attempted_at: at })
    .where('case_id', '=', seen.caseId)
    .where('fixed_in', '=', seen.fixedIn)
    .where('status', '=', seen.status)
    .where('attempts', '=', seen.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the comment posted, before the transition, so no attempt posts it again. */
export async function recordClosureComment(
  db: SqlDatabase,
  closure: Pick<CaseClosure, 'caseId' | 'fixedIn'>,
  commentId: string,
): Promise<void> {
  await db
    .updateTable('case_closures')
    .set({ status: 'commented', comment_id: commentId })
    .where('case_id', '=', closure.caseId)
    .where('fixed_in', '=', closure.fixedIn)
    .execute();
}

/** Ends the attempt: closed, or failed with the error (the comment, if any, stays recorded). */
export async function finishClosureAttempt(
  db: SqlDatabase,
  closure: Pick<CaseClosure, 'caseId' | 'fixedIn'>,
  outcome: { readonly closedAt: number } | { readonly error: string },
): Promise<void> {
  await db
    .updateTable('case_closures')
    .set(
      'closedAt' in outcome
        ? { status: 'closed', closed_at: outcome.closedAt, last_error: null }
        : { status: 'failed', last_error: outcome.error.slice(0, MAX_ERROR_LENGTH) },
    )
    .where('case_id', '=', closure.caseId)
    .where('fixed_in', '=', closure.fixedIn)
    .where('status', '!=', 'closed')
    .execute();
}

/**
 * Closures not closed with attempts left (fewer than `maxAttempts`), the longest untried first;
 * the caller decides which are due (`closureRetryDue`).
 */
export async function unfinishedClosures(
  db: SqlDatabase,
  maxAttempts: number,
  limit: number,
): Promise<CaseClosure[]> {
  const rows = await db
    .selectFrom('case_closures')
    .selectAll()
    .where('status', '!=', 'closed')
    .where('attempts', '<', maxAttempts)
    .orderBy(sql`coalesce(attempted_at, claimed_at)`)
    .orderBy('case_id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** Which cases fixed cases to read. */
export interface FixedCaseFilter {
  readonly caseId?: string;
  /** The cases of this environment and those handed over without one. */
  readonly environment?: string;
  /** Only those with no closure for their fix yet. */
  readonly unclaimed?: boolean;
}

/**
 * Cases handed over and fixed (`fixed_in` set, the development issue known), with the customer
 * the app last evaluated them under (`issue_facts`), by case id.
 */
export async function fixedCases(
  db: SqlDatabase,
  filter: FixedCaseFilter,
  limit: number,
): Promise<FixedCase[]> {
  let query = db
    .selectFrom('dev_handovers as h')
    .leftJoin('issue_facts as f', 'f.issue_id', 'h.case_id')
    .leftJoin('case_closures as c', (join) =>
      join.onRef('c.case_id', '=', 'h.case_id').onRef('c.fixed_in', '=', 'h.fixed_in'),
    )
    .select([
      'h.case_id',
      'h.case_key',
      'h.dev_key',
      'h.product',
      'h.environment',
      'h.fixed_in',
      'f.customer',
      'f.product as fact_product',
    ])
    .where('h.fixed_in', 'is not', null)
    .where('h.dev_key', '!=', '');
  if (filter.caseId !== undefined) query = query.where('h.case_id', '=', filter.caseId);
  if (filter.environment !== undefined) {
    const environment = filter.environment;
    query = query.where((eb) =>
      eb.or([eb('h.environment', '=', environment), eb('h.environment', 'is', null)]),
    );
  }
  if (filter.unclaimed) query = query.where(sql<boolean>`c.case_id is null`);
  const rows = await query.orderBy('h.case_id').limit(limit).execute();
  return rows.map((row) => ({
    caseId: row.case_id,
    caseKey: row.case_key,
    devKey: row.dev_key,
    customer: row.customer ?? null,
    product: row.product ?? row.fact_product ?? null,
    environment: row.environment,
    fixedIn: row.fixed_in as string,
  }));
}

/** The report id a version has when it is the contract's, not a report's. */
export const CONTRACT_REPORT_ID = 'contract';

/**
 * What each environment runs: its newest report's version (newest by time, then report id,
 * which orders one environment's reports as recorded), or before any report the contract's.
 * One statement for all of them.
 */
export async function installedVersions(
  db: SqlDatabase,
  environments: readonly KnownEnvironment[],
): Promise<InstalledVersion[]> {
  if (environments.length === 0) return [];
  const rows = await db
    .selectFrom('environment_versions as e')
    .select(['e.environment', 'e.version', 'e.report_id', 'e.reported_at'])
    .where(
      'e.environment',
      'in',
      environments.map((e) => e.id),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('environment_versions as n')
            .select('n.report_id')
            .whereRef('n.environment', '=', 'e.environment')
            .where((eb) =>
              eb.or([
                eb('n.reported_at', '>', eb.ref('e.reported_at')),
                eb.and([
                  eb('n.reported_at', '=', eb.ref('e.reported_at')),
                  eb('n.report_id', '>', eb.ref('e.report_id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .execute();
  const newest = new Map(rows.map((row) => [row.environment, row]));
  return environments.flatMap((environment) => {
    const row = newest.get(environment.id);
    const base = {
      environment: environment.id,
      customer: environment.customer,
      product: environment.product,
    };
    if (row) {
      return [
        {
          ...base,
          version: row.version,
          reportId: row.report_id,
          reportedAt: Number(row.reported_at),
        },
      ];
    }
    return environment.version
      ? [{ ...base, version: environment.version, reportId: CONTRACT_REPORT_ID, reportedAt: 0 }]
      : [];
  });
}

/** The version an environment ran before `reportId` (the report before it), or null. */
export async function versionBefore(
  db: SqlDatabase,
  report: { readonly environment: string; readonly reportId: string; readonly reportedAt: number },
): Promise<string | null> {
  const row = await db
    .selectFrom('environment_versions')
    .select('version')
    .where('environment', '=', report.environment)
    .where((eb) =>
      eb.or([
        eb('reported_at', '<', report.reportedAt),
        eb.and([eb('reported_at', '=', report.reportedAt), eb('report_id', '<', report.reportId)]),
      ]),
    )
    .orderBy('reported_at', 'desc')
    .orderBy('report_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Reports accepted in `[from, to)` with no release notes row (not handled yet), oldest first. */
export async function reportsWithoutReleaseNotes(
  db: SqlDatabase,
  window: { readonly from: number; readonly to: number },
  limit: number,
): Promise<{ readonly reportId: string; readonly environment: string }[]> {
  const rows = await db
    .selectFrom('environment_versions as e')
    .leftJoin('release_notes as r', 'r.report_id', 'e.report_id')
    .select(['e.report_id', 'e.environment'])
    .where('e.reported_at', '>=', window.from)
    .where('e.reported_at', '<', window.to)
    .where(sql<boolean>`r.report_id is null`)
    .orderBy('e.reported_at')
    .orderBy('e.report_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ reportId: row.report_id, environment: row.environment }));
}
