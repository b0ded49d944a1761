import type { Selectable } from 'kysely';
import type { ReportDeliveriesTable, SqlDatabase } from '../sql/schema';

/**
 * The `report_deliveries` rows: one per issued revision that is distributed. A row moves
 * `pending` → `posting` → `delivered`, or to `failed` and, when tried again, back to `posting`.
 * Every move into `posting` is a compare-and-set on (status, attempts), so of two invocations
 * only one makes an attempt.
 */
export type ReportDeliveryRow = Selectable<ReportDeliveriesTable>;
export type DeliveryStatus = 'pending' | 'posting' | 'delivered' | 'failed';

/** BIGINT columns may arrive as strings from a MySQL driver. */
function numbers(row: ReportDeliveryRow): ReportDeliveryRow {
  const instant = (value: number | null) => (value === null ? null : Number(value));
  return {
    ...row,
    attempts: Number(row.attempts),
    claimed_at: Number(row.claimed_at),
    attempted_at: instant(row.attempted_at),
    delivered_at: instant(row.delivered_at),
  };
}

/**
 * Claims the delivery of a revision: answers false, storing nothing, when it is already
 * claimed. The primary key (report_id) is the claim, so a revision has one delivery at most.
 */
export async function claimDelivery(db: SqlDatabase, row: ReportDeliveryRow): Promise<boolean> {
  try {
    await db.insertInto('report_deliveries').values(row).execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently; whether the row now exists is the answer.
    if (await deliveryOf(db, row.report_id)) return false;
    throw error;
  }
}

export async function deliveryOf(
  db: SqlDatabase,
  reportId: string,
): Promise<ReportDeliveryRow | undefined> {
  const row = await db
    .selectFrom('report_deliveries')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row && numbers(row);
}

/** The deliveries of the reports listed, by report id. */
export async function deliveriesOf(
  db: SqlDatabase,
  reportIds: readonly string[],
): Promise<Map<string, ReportDeliveryRow>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_deliveries')
    .selectAll()
    .where('report_id', 'in', reportIds)
    .execute();
  return new Map(rows.map((row) => [row.report_id, numbers(row)]));
}

/**
 * Starts attempt `seen.attempts + 1` if the row is still as `seen` left it (status and
 * attempts); answers whether this caller won it. `target` may move a delivery nothing was posted
 * for yet to the agreement's current issue and recipients.
 */
export async function startAttempt(
  db: SqlDatabase,
  seen: Pick<ReportDeliveryRow, 'report_id' | 'status' | 'attempts'>,
  now: number,
  target?: Pick<ReportDeliveryRow, 'issue_key' | 'recipients'>,
): Promise<boolean> {
  const result = await db
    .updateTable('report_deliveries')
    .set({ status: 'posting', attempts: seen.attempts + 1, attempted_at: now, ...target })
    .where('report_id', '=', seen.report_id)
    .where('status', '=', seen.status)
    .where('attempts', '=', seen.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the comment posted, before the notification, so no attempt posts it again. */
export async function recordComment(
  db: SqlDatabase,
  reportId: string,
  commentId: string,
): Promise<void> {
  await db
    .updateTable('report_deliveries')
    .set({ comment_id: commentId })
    .where('report_id', '=', reportId)
    .execute();
}

/** Ends the attempt under way: delivered, or failed with Jira's error. */
export async function finishAttempt(
  db: SqlDatabase,
  reportId: string,
  outcome: { delivered_at: number } | { last_error: string },
): Promise<void> {
  await db
    .updateTable('report_deliveries')
    .set(
      'delivered_at' in outcome
        ? { status: 'delivered', delivered_at: outcome.delivered_at, last_error: null }
        : { status: 'failed', last_error: outcome.last_error },
    )
    .where('report_id', '=', reportId)
    .where('status', '=', 'posting')
    .execute();
}

/**
 * Deliveries the hourly schedule tries again: failed ones with attempts left, and ones an
 * invocation claimed or started at `staleBefore` or before and never finished (it ended mid-way).
 */
export async function deliveriesToRetry(
  db: SqlDatabase,
  maxAttempts: number,
  staleBefore: number,
  limit: number,
): Promise<ReportDeliveryRow[]> {
  const rows = await db
    .selectFrom('report_deliveries')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'failed'), eb('attempts', '<', maxAttempts)]),
        eb.and([eb('status', '=', 'posting'), eb('attempted_at', '<=', staleBefore)]),
        eb.and([eb('status', '=', 'pending'), eb('claimed_at', '<=', staleBefore)]),
      ]),
    )
    .orderBy('claimed_at')
    .limit(limit)
    .execute();
  return rows.map(numbers);
}
