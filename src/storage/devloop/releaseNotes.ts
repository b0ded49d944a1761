/**
 * The release notes of accepted version reports (`release_notes`): one row per report, the claim
 * that makes the customer's message go once. A row is `none` when the report fixed no case of
 * theirs (nothing to send, but handled), else `pending` → `sent`, or `failed` with the error.
 * Each attempt starts with a compare-and-set on (status, attempts).
 */
import type { Selectable } from 'kysely';
import type { ReleaseNotesTable } from '../sql/devLoopSchema';
import type { SqlDatabase } from '../sql/schema';

export type ReleaseNoteStatus = 'pending' | 'sent' | 'failed' | 'none';

export interface ReleaseNote {
  readonly reportId: string;
  readonly environment: string;
  readonly status: ReleaseNoteStatus;
  readonly issueKey: string | null;
  readonly caseKeys: readonly string[];
  readonly attempts: number;
  readonly lastError: string | null;
  readonly claimedAt: number;
  readonly attemptedAt: number | null;
  readonly sentAt: number | null;
}

const MAX_ERROR_LENGTH = 1000;
const num = (value: unknown): number | null => (value === null ? null : Number(value));

const fromRow = (row: Selectable<ReleaseNotesTable>): ReleaseNote => ({
  reportId: row.report_id,
  environment: row.environment,
  status: row.status as ReleaseNoteStatus,
  issueKey: row.issue_key,
  caseKeys: row.case_keys ? row.case_keys.split(',') : [],
  attempts: Number(row.attempts),
  lastError: row.last_error,
  claimedAt: Number(row.claimed_at),
  attemptedAt: num(row.attempted_at),
  sentAt: num(row.sent_at),
});

/** Claims the release notes of a report: true for the one caller whose insert made the row. */
export async function claimReleaseNote(
  db: SqlDatabase,
  note: Pick<ReleaseNote, 'reportId' | 'environment' | 'issueKey' | 'caseKeys'> & {
    readonly status: 'pending' | 'none';
  },
  at: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('release_notes')
      .values({
        report_id: note.reportId,
        environment: note.environment,
        status: note.status,
        issue_key: note.issueKey,
        case_keys: note.caseKeys.join(',') || null,
        attempts: 0,
        last_error: null,
        claimed_at: at,
        attempted_at: null,
        sent_at: null,
      })
      .execute();
    return true;
  } catch (error) {
    if (await releaseNoteOf(db, note.reportId)) return false;
    throw error;
  }
}

export async function releaseNoteOf(
  db: SqlDatabase,
  reportId: string,
): Promise<ReleaseNote | undefined> {
  const row = await db
    .selectFrom('release_notes')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Starts attempt `seen.attempts + 1` if the row is still as `seen` left it. */
export async function startReleaseNoteAttempt(
  db: SqlDatabase,
  seen: Pick<ReleaseNote, 'reportId' | 'status' | 'attempts'>,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('release_notes')
    .set({ attempts: seen.attempts + 1, attempted_at: at })
    .where('report_id', '=', seen.reportId)
    .where('status', '=', seen.status)
    .where('attempts', '=', seen.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishReleaseNoteAttempt(
  db: SqlDatabase,
  reportId: string,
  outcome: { readonly sentAt: number } | { readonly error: string },
): Promise<void> {
  await db
    .updateTable('release_notes')
    .set(
      'sentAt' in outcome
        ? { status: 'sent', sent_at: outcome.sentAt, last_error: null }
        : { status: 'failed', last_error: outcome.error.slice(0, MAX_ERROR_LENGTH) },
    )
    .where('report_id', '=', reportId)
    .where('status', 'in', ['pending', 'failed'])
    .execute();
}

/** Release notes not sent with attempts left, the longest untried first. */
export async function unsentReleaseNotes(
  db: SqlDatabase,
  maxAttempts: number,
  limit: number,
): Promise<ReleaseNote[]> {
  const rows = await db
    .selectFrom('release_notes')
    .selectAll()
    .where('status', 'in', ['pending', 'failed'])
    .where('attempts', '<', maxAttempts)
    .orderBy('claimed_at')
    .orderBy('report_id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}
