/**
 * The hand-overs of cases to development (`dev_handovers`). The row's primary key (the case's
 * issue id) is the claim that makes a hand-over happen once: it is inserted before the
 * development issue is created, with an empty `dev_key` until Jira answers.
 */
import type { SqlDatabase } from '../sql/schema';

export interface DevHandover {
  readonly caseId: string;
  readonly caseKey: string;
  /** '' while the claim's development issue is being created. */
  readonly devKey: string;
  readonly product: string | null;
  readonly environment: string | null;
  readonly handedOverAt: number;
  readonly handedOverBy: string;
  readonly devStatus: string | null;
  readonly fixedIn: string | null;
  readonly fixedAt: number | null;
  readonly updatedAt: number;
}

export type NewHandoverClaim = Pick<
  DevHandover,
  'caseId' | 'caseKey' | 'product' | 'environment' | 'handedOverAt' | 'handedOverBy'
> & { readonly devKey?: string };

/** Claims the hand-over of a case: true for the one caller that inserted the row. */
export async function claimHandover(db: SqlDatabase, claim: NewHandoverClaim): Promise<boolean> {
  try {
    await db
      .insertInto('dev_handovers')
      .values({
        case_id: claim.caseId,
        case_key: claim.caseKey,
        dev_key: claim.devKey ?? '',
        product: claim.product,
        environment: claim.environment,
        handed_over_at: claim.handedOverAt,
        handed_over_by: claim.handedOverBy,
        dev_status: null,
        fixed_in: null,
        fixed_at: null,
        updated_at: claim.handedOverAt,
      })
      .execute();
    return true;
  } catch (error) {
    // The primary key refused it: another caller holds the claim.
    if (await handoverOf(db, claim.caseId)) return false;
    throw error;
  }
}

/** Notes the development issue of a claim (created or adopted) as soon as it is known. */
export async function setHandoverDevKey(
  db: SqlDatabase,
  caseId: string,
  devKey: string,
  at: number,
): Promise<void> {
  await db
    .updateTable('dev_handovers')
    .set({ dev_key: devKey, updated_at: at })
    .where('case_id', '=', caseId)
    .execute();
}

/** Restarts a claim whose creator is gone (its lease ran out), so one caller retries it. */
export async function renewHandoverClaim(
  db: SqlDatabase,
  caseId: string,
  previousAt: number,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('dev_handovers')
    .set({ handed_over_at: at, updated_at: at })
    .where('case_id', '=', caseId)
    .where('dev_key', '=', '')
    .where('handed_over_at', '=', previousAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function handoverOf(db: SqlDatabase, caseId: string): Promise<DevHandover | null> {
  const row = await db
    .selectFrom('dev_handovers')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ? toHandover(row) : null;
}

/** The cases handed over to the development issue `devKey` (one issue may fix several). */
export async function handoversOfDevIssue(db: SqlDatabase, devKey: string): Promise<DevHandover[]> {
  if (devKey === '') return [];
  const rows = await db
    .selectFrom('dev_handovers')
    .selectAll()
    .where('dev_key', '=', devKey)
    .orderBy('case_id')
    .execute();
  return rows.map(toHandover);
}

/**
 * Records the development issue's new status, if it still is `previous`: true for the one caller
 * that changed it (it writes the customer's comment), false when another got there first.
 */
export async function advanceDevStatus(
  db: SqlDatabase,
  caseId: string,
  previous: string | null,
  status: string,
  at: number,
): Promise<boolean> {
  let update = db
    .updateTable('dev_handovers')
    .set({ dev_status: status, updated_at: at })
    .where('case_id', '=', caseId);
  update =
    previous === null
      ? update.where('dev_status', 'is', null)
      : update.where('dev_status', '=', previous);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records "fixed in `version`" once: true for the one caller that set it. */
export async function recordFixedIn(
  db: SqlDatabase,
  caseId: string,
  version: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('dev_handovers')
    .set({ fixed_in: version, fixed_at: at, updated_at: at })
    .where('case_id', '=', caseId)
    .where('fixed_in', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

type Row = {
  case_id: string;
  case_key: string;
  dev_key: string;
  product: string | null;
  environment: string | null;
  handed_over_at: number | string;
  handed_over_by: string;
  dev_status: string | null;
  fixed_in: string | null;
  fixed_at: number | string | null;
  updated_at: number | string;
};

// BIGINT columns may come back as strings from a MySQL driver.
function toHandover(row: Row): DevHandover {
  return {
    caseId: row.case_id,
    caseKey: row.case_key,
    devKey: row.dev_key,
    product: row.product,
    environment: row.environment,
    handedOverAt: Number(row.handed_over_at),
    handedOverBy: row.handed_over_by,
    devStatus: row.dev_status,
    fixedIn: row.fixed_in,
    fixedAt: row.fixed_at === null ? null : Number(row.fixed_at),
    updatedAt: Number(row.updated_at),
  };
}
