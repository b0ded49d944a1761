import type { SqlDatabase } from '../sql/schema';

/** The claim of a period's annual-review reminder. */
export interface ReviewReminderClaim {
  /** `YYYY-MM..YYYY-MM` (`reviewPeriodKey`). */
  readonly period: string;
  readonly claimedAt: number;
  readonly attempt: number;
  readonly issueKey: string | null;
  /** Jira's refusal of the last attempt; the next run tries again. */
  readonly refused: string | null;
}

/** Claims the period: true for the one caller whose row went in (the primary key decides). */
export async function claimReviewReminder(
  db: SqlDatabase,
  period: string,
  at: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('review_reminders')
      .values({ period, claimed_at: at, attempt: 1, issue_key: null, refused: null })
      .execute();
    return true;
  } catch (error) {
    if (await reviewReminder(db, period)) return false;
    throw error;
  }
}

export async function reviewReminder(
  db: SqlDatabase,
  period: string,
): Promise<ReviewReminderClaim | null> {
  const row = await db
    .selectFrom('review_reminders')
    .selectAll()
    .where('period', '=', period)
    .executeTakeFirst();
  return row
    ? {
        period: row.period,
        claimedAt: Number(row.claimed_at),
        attempt: Number(row.attempt),
        issueKey: row.issue_key,
        refused: row.refused,
      }
    : null;
}

/**
 * Takes over a claim whose attempt crashed or was refused: compare-and-set on the attempt seen,
 * so of two runs at once, one does.
 */
export async function takeOverReviewReminder(
  db: SqlDatabase,
  seen: Pick<ReviewReminderClaim, 'period' | 'attempt'>,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('review_reminders')
    .set({ attempt: seen.attempt + 1, claimed_at: at, refused: null })
    .where('period', '=', seen.period)
    .where('attempt', '=', seen.attempt)
    .where('issue_key', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The claim's outcome: its issue, or Jira's refusal, for the attempt that made it. */
export async function recordReviewReminder(
  db: SqlDatabase,
  claim: Pick<ReviewReminderClaim, 'period' | 'attempt'>,
  outcome: { readonly issueKey: string } | { readonly refused: string },
): Promise<void> {
  await db
    .updateTable('review_reminders')
    .set(
      'issueKey' in outcome
        ? { issue_key: outcome.issueKey }
        : { refused: outcome.refused.slice(0, 1000) },
    )
    .where('period', '=', claim.period)
    .where('attempt', '=', claim.attempt)
    .where('issue_key', 'is', null)
    .execute();
}
