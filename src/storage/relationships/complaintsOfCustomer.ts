import type { SqlDatabase } from '../sql/schema';

/** The most complaints a customer's detail lists: the newest. */
export const CUSTOMER_COMPLAINTS_LIMIT = 100;

/** A customer's complaints (feedback of source `complaint`), newest first. */
export async function complaintsOfCustomer(db: SqlDatabase, customerId: string) {
  const rows = await db
    .selectFrom('feedback')
    .select(['feedback_id', 'issue_key', 'comment', 'answered_at'])
    .where('source', '=', 'complaint')
    .where('customer', '=', customerId)
    .orderBy('answered_at', 'desc')
    .orderBy('feedback_id')
    .limit(CUSTOMER_COMPLAINTS_LIMIT)
    .execute();
  return rows.map((r) => ({
    feedbackId: r.feedback_id,
    issueKey: r.issue_key,
    summary: r.comment,
    answeredAt: Number(r.answered_at),
  }));
}
