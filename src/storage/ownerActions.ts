/**
 * The claims of the owners' action issues (`owner_actions`, see `kpiSchema.ts`): one row per
 * kind, subject and period, inserted before the issue is created (the primary key lets one caller
 * in, ever), then taken over attempt by attempt (compare and set), and settled with the issue's
 * key or Jira's refusal. Each area reads and writes its own kind through these functions.
 */
import type { ClaimPort } from './claimPort';
import type { SqlDatabase } from './sql/schema';

export type OwnerActionKind = 'kpi-action' | 'risk-drop' | 'review-reminder';

export interface OwnerActionKey {
  readonly kind: OwnerActionKind;
  readonly subject: string;
  readonly period: string;
}

/** One attempt at a claim: the key and the attempt number it took. */
export interface OwnerActionAttempt extends OwnerActionKey {
  readonly attempt: number;
}

export interface OwnerAction extends OwnerActionAttempt {
  readonly claimedAt: number;
  readonly issueKey: string | null;
  /** Jira's refusal of the last attempt; the next run tries again. */
  readonly refused: string | null;
  /** What the issue is raised for, as JSON. */
  readonly detail: string;
  readonly updatedAt: number;
}

/** Longest refusal kept: Jira's messages are short; the column is varchar(2000). */
const MAX_REFUSAL = 2000;

export async function ownerAction(
  db: SqlDatabase,
  key: OwnerActionKey,
): Promise<OwnerAction | undefined> {
  const row = await db
    .selectFrom('owner_actions')
    .selectAll()
    .where('kind', '=', key.kind)
    .where('subject', '=', key.subject)
    .where('period', '=', key.period)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Claims attempt 1: true for the one caller whose insert made the row. */
export async function claimOwnerAction(
  db: SqlDatabase,
  key: OwnerActionKey,
  at: number,
  detail: string,
): Promise<boolean> {
  try {
    await db
      .insertInto('owner_actions')
      .values({
        kind: key.kind,
        subject: key.subject,
        period: key.period,
        attempt: 1,
        claimed_at: at,
        issue_key: null,
        refused: null,
        detail,
        updated_at: at,
      })
      .execute();
    return true;
  } catch (error) {
    if (await ownerAction(db, key)) return false;
    throw error;
  }
}

/**
 * Takes over a claim whose attempt crashed or was refused: compare and set on the attempt seen,
 * so of two runs at once, one does; never one with an issue. `detail`: what the new attempt is
 * raised for, when it changed.
 */
export async function takeOverOwnerAction(
  db: SqlDatabase,
  seen: OwnerActionAttempt,
  at: number,
  detail?: string,
): Promise<boolean> {
  const result = await db
    .updateTable('owner_actions')
    .set({
      attempt: seen.attempt + 1,
      claimed_at: at,
      refused: null,
      updated_at: at,
      ...(detail !== undefined && { detail }),
    })
    .where('kind', '=', seen.kind)
    .where('subject', '=', seen.subject)
    .where('period', '=', seen.period)
    .where('attempt', '=', seen.attempt)
    .where('issue_key', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records what attempt `attempt` came to: the issue (created or adopted), or Jira's refusal. */
export async function settleOwnerAction(
  db: SqlDatabase,
  attempt: OwnerActionAttempt,
  outcome: { readonly issueKey: string } | { readonly refused: string },
  at: number,
): Promise<void> {
  await db
    .updateTable('owner_actions')
    .set(
      'issueKey' in outcome
        ? { issue_key: outcome.issueKey, refused: null, updated_at: at }
        : { refused: outcome.refused.slice(0, MAX_REFUSAL), updated_at: at },
    )
    .where('kind', '=', attempt.kind)
    .where('subject', '=', attempt.subject)
    .where('period', '=', attempt.period)
    .where('attempt', '=', attempt.attempt)
    .where('issue_key', 'is', null)
    .execute();
}

/** A kind's claims of the periods `from`–`to`, by period and subject. */
export async function ownerActionsBetween(
  db: SqlDatabase,
  kind: OwnerActionKind,
  periods: { readonly from: string; readonly to: string },
): Promise<OwnerAction[]> {
  const rows = await db
    .selectFrom('owner_actions')
    .selectAll()
    .where('kind', '=', kind)
    .where('period', '>=', periods.from)
    .where('period', '<=', periods.to)
    .orderBy('period')
    .orderBy('subject')
    .execute();
  return rows.map(fromRow);
}

/** A kind's claims still without an issue (crashed or refused attempts), by period and subject. */
export async function unfinishedOwnerActions(
  db: SqlDatabase,
  kind: OwnerActionKind,
): Promise<OwnerAction[]> {
  const rows = await db
    .selectFrom('owner_actions')
    .selectAll()
    .where('kind', '=', kind)
    .where('issue_key', 'is', null)
    .orderBy('period')
    .orderBy('subject')
    .execute();
  return rows.map(fromRow);
}

/**
 * The row as the claim of `raiseOwnerActionIssue`; `detail` goes in with the first attempt and,
 * with `renewDetail`, with each attempt after (a KPI's findings of the run that raises it).
 */
export const ownerActionClaimPort = (
  db: SqlDatabase,
  key: OwnerActionKey,
  detail: string,
  renewDetail = false,
): ClaimPort => ({
  read: async () => {
    const claim = await ownerAction(db, key);
    return claim ? { ...claim, refused: claim.refused !== null } : null;
  },
  claim: (at) => claimOwnerAction(db, key, at, detail),
  takeOver: (seen, at) =>
    takeOverOwnerAction(
      db,
      { ...key, attempt: seen.attempt },
      at,
      renewDetail ? detail : undefined,
    ),
  recordIssue: (attempt, issueKey, at) =>
    settleOwnerAction(db, { ...key, attempt }, { issueKey }, at),
  recordRefusal: (attempt, refused, at) =>
    settleOwnerAction(db, { ...key, attempt }, { refused }, at),
});

const fromRow = (row: {
  kind: string;
  subject: string;
  period: string;
  attempt: number;
  claimed_at: number;
  issue_key: string | null;
  refused: string | null;
  detail: string;
  updated_at: number;
}): OwnerAction => ({
  kind: row.kind as OwnerActionKind,
  subject: row.subject,
  period: row.period,
  attempt: Number(row.attempt),
  claimedAt: Number(row.claimed_at),
  issueKey: row.issue_key,
  refused: row.refused,
  detail: row.detail,
  updatedAt: Number(row.updated_at),
});
