/**
 * The claims of the annual review's reminder issue, once per period: `owner_actions` rows of
 * kind `review-reminder` (`ownerActions.ts`), subject `annual`, period `YYYY-MM..YYYY-MM`.
 */
import type { ClaimPort } from '../claimPort';
import { claimOwnerAction, ownerAction, ownerActionClaimPort } from '../ownerActions';
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

const keyOf = (period: string) => ({ kind: 'review-reminder', subject: 'annual', period }) as const;
/** A reminder is raised for its period alone: nothing more to keep. */
const NO_DETAIL = '{}';

/** Claims the period: true for the one caller whose row went in (the primary key decides). */
export const claimReviewReminder = (
  db: SqlDatabase,
  period: string,
  at: number,
): Promise<boolean> => claimOwnerAction(db, keyOf(period), at, NO_DETAIL);

export async function reviewReminder(
  db: SqlDatabase,
  period: string,
): Promise<ReviewReminderClaim | null> {
  const action = await ownerAction(db, keyOf(period));
  return action
    ? {
        period: action.period,
        claimedAt: action.claimedAt,
        attempt: action.attempt,
        issueKey: action.issueKey,
        refused: action.refused,
      }
    : null;
}

/** The period's claim of `raiseOwnerActionIssue`. */
export const reviewReminderClaimPort = (db: SqlDatabase, period: string): ClaimPort =>
  ownerActionClaimPort(db, keyOf(period), NO_DETAIL);
