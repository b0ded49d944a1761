import type { Selectable } from 'kysely';
import type { ReviewPacksTable } from '../sql/reviewSchema';
import type { SqlDatabase } from '../sql/schema';

/**
 * Issued management review packs: append-only, so this module has no update or delete. An issued
 * pack is never changed; issuing the period again stores its next revision.
 */
export type ReviewPackRow = Selectable<ReviewPacksTable>;
export type ReviewPackHead = Omit<ReviewPackRow, 'content'>;

/** Most packs the list answers with: one a year or so, so this is decades. */
export const REVIEW_PACK_LIST_LIMIT = 500;

const HEAD_COLUMNS = [
  'pack_id',
  'period',
  'period_from',
  'period_to',
  'time_zone',
  'revision',
  'content_hash',
  'issued_at',
  'issued_by',
] as const;

/** BIGINT columns may arrive as strings from a MySQL driver. */
const numbers = <T extends ReviewPackHead>(row: T): T => ({
  ...row,
  revision: Number(row.revision),
  issued_at: Number(row.issued_at),
});

/**
 * Stores a revision. Answers false, storing nothing, when that revision of the period exists:
 * the unique key (period, revision) is the claim, so two issuers at once cannot both win.
 */
export async function insertReviewPack(db: SqlDatabase, row: ReviewPackRow): Promise<boolean> {
  try {
    await db.insertInto('review_packs').values(row).execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently; whether the revision now exists is the answer.
    if (await revisionExists(db, row.period, row.revision)) return false;
    throw error;
  }
}

async function revisionExists(db: SqlDatabase, period: string, revision: number): Promise<boolean> {
  const row = await db
    .selectFrom('review_packs')
    .select('pack_id')
    .where('period', '=', period)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest revision issued for the period, without its content, or undefined before the first. */
export async function latestReviewPack(
  db: SqlDatabase,
  period: string,
): Promise<ReviewPackHead | undefined> {
  const row = await db
    .selectFrom('review_packs')
    .select(HEAD_COLUMNS)
    .where('period', '=', period)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && numbers(row);
}

export async function reviewPack(
  db: SqlDatabase,
  packId: string,
): Promise<ReviewPackRow | undefined> {
  const row = await db
    .selectFrom('review_packs')
    .selectAll()
    .where('pack_id', '=', packId)
    .executeTakeFirst();
  return row && numbers(row);
}

/** Issued packs without their content, newest first. */
export async function listReviewPacks(db: SqlDatabase): Promise<ReviewPackHead[]> {
  const rows = await db
    .selectFrom('review_packs')
    .select(HEAD_COLUMNS)
    .orderBy('issued_at', 'desc')
    .orderBy('period', 'desc')
    .orderBy('revision', 'desc')
    .limit(REVIEW_PACK_LIST_LIMIT)
    .execute();
  return rows.map(numbers);
}
