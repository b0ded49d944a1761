/**
 * The follow-ups of flagged feedback in Forge SQL: the attempts at creating each follow-up issue
 * (the claims that make it happen once), the follow-up rows, the lead's record of what was done,
 * and the overdue escalation's claim. Every change here is audited by the services that call it.
 */
import { sql, type Selectable } from 'kysely';
import type { FollowUpsTable } from '../sql/qualitySchema';
import type { SqlDatabase } from '../sql/schema';
import { fromFeedbackRow, type StoredFeedback } from './feedbackRecords';

/** A follow-up as the services use it. */
export interface FollowUp {
  readonly feedbackId: string;
  readonly issueKey: string;
  readonly lead: string | null;
  readonly dueAt: number;
  readonly createdAt: number;
  readonly recordedAt: number | null;
  readonly recordedBy: string | null;
  readonly customerContacted: boolean | null;
  readonly outcome: string | null;
  readonly note: string | null;
  readonly escalatedAt: number | null;
}

/** One attempt at creating a follow-up issue. */
export interface FollowUpAttempt {
  readonly attempt: number;
  readonly startedAt: number;
  readonly issueKey: string | null;
}

const num = (value: unknown): number | null => (value === null ? null : Number(value));

const fromRow = (row: Selectable<FollowUpsTable>): FollowUp => ({
  feedbackId: row.feedback_id,
  issueKey: row.issue_key,
  lead: row.lead,
  dueAt: Number(row.due_at),
  createdAt: Number(row.created_at),
  recordedAt: num(row.recorded_at),
  recordedBy: row.recorded_by,
  customerContacted: row.customer_contacted === null ? null : Number(row.customer_contacted) === 1,
  outcome: row.outcome,
  note: row.note,
  escalatedAt: num(row.escalated_at),
});

export async function feedbackById(
  db: SqlDatabase,
  feedbackId: string,
): Promise<StoredFeedback | undefined> {
  const row = await db
    .selectFrom('feedback')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .executeTakeFirst();
  return row && fromFeedbackRow(row);
}

/** The attempts at creating the follow-up issue of `feedbackId`, in order. */
export async function followUpAttempts(
  db: SqlDatabase,
  feedbackId: string,
): Promise<FollowUpAttempt[]> {
  const rows = await db
    .selectFrom('follow_up_attempts')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .orderBy('attempt')
    .execute();
  return rows.map((r) => ({
    attempt: Number(r.attempt),
    startedAt: Number(r.started_at),
    issueKey: r.issue_key,
  }));
}

/**
 * Claims attempt number `attempt`: true for the one caller whose insert made the row, false for
 * every other (the primary key refuses a second row, whichever engine words the error).
 */
export async function claimFollowUpAttempt(
  db: SqlDatabase,
  feedbackId: string,
  attempt: number,
  at: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('follow_up_attempts')
      .values({ feedback_id: feedbackId, attempt, started_at: at, issue_key: null })
      .execute();
    return true;
  } catch (error) {
    const taken = await db
      .selectFrom('follow_up_attempts')
      .select('attempt')
      .where('feedback_id', '=', feedbackId)
      .where('attempt', '=', attempt)
      .executeTakeFirst();
    if (taken) return false;
    throw error;
  }
}

/** Notes the issue an attempt created, as soon as Jira answers. */
export async function setAttemptIssue(
  db: SqlDatabase,
  feedbackId: string,
  attempt: number,
  issueKey: string,
): Promise<void> {
  await db
    .updateTable('follow_up_attempts')
    .set({ issue_key: issueKey })
    .where('feedback_id', '=', feedbackId)
    .where('attempt', '=', attempt)
    .execute();
}

/** Records the follow-up once; false when it was recorded already (a replay). */
export async function insertFollowUp(
  db: SqlDatabase,
  followUp: Pick<FollowUp, 'feedbackId' | 'issueKey' | 'lead' | 'dueAt' | 'createdAt'>,
): Promise<boolean> {
  try {
    await db
      .insertInto('follow_ups')
      .values({
        feedback_id: followUp.feedbackId,
        issue_key: followUp.issueKey,
        lead: followUp.lead,
        due_at: followUp.dueAt,
        created_at: followUp.createdAt,
        recorded_at: null,
        recorded_by: null,
        customer_contacted: null,
        outcome: null,
        note: null,
        escalated_at: null,
      })
      .execute();
    return true;
  } catch (error) {
    if (await followUpOf(db, followUp.feedbackId)) return false;
    throw error;
  }
}

export async function followUpOf(
  db: SqlDatabase,
  feedbackId: string,
): Promise<FollowUp | undefined> {
  const row = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .executeTakeFirst();
  return row && fromRow(row);
}

export interface FollowUpRecord {
  readonly recordedAt: number;
  readonly recordedBy: string;
  readonly customerContacted: boolean;
  readonly outcome: string;
  readonly note: string;
}

/**
 * Records what the lead did, once: only while the follow-up is open, so of two records sent at
 * once exactly one lands; false for the other (and for a follow-up recorded before).
 */
export async function recordFollowUpOutcome(
  db: SqlDatabase,
  feedbackId: string,
  record: FollowUpRecord,
): Promise<boolean> {
  const result = await db
    .updateTable('follow_ups')
    .set({
      recorded_at: record.recordedAt,
      recorded_by: record.recordedBy,
      customer_contacted: record.customerContacted ? 1 : 0,
      outcome: record.outcome,
      note: record.note,
    })
    .where('feedback_id', '=', feedbackId)
    .where('recorded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Claims the overdue escalation of a follow-up: true for the one caller that set
 * `escalated_at`, false when it was set before or the follow-up has been recorded meanwhile.
 */
export async function claimOverdueEscalation(
  db: SqlDatabase,
  feedbackId: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('follow_ups')
    .set({ escalated_at: at })
    .where('feedback_id', '=', feedbackId)
    .where('escalated_at', 'is', null)
    .where('recorded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back the claim made at `claimedAt` (nothing was done with it); others stay. */
export async function releaseOverdueEscalation(
  db: SqlDatabase,
  feedbackId: string,
  claimedAt: number,
): Promise<void> {
  await db
    .updateTable('follow_ups')
    .set({ escalated_at: null })
    .where('feedback_id', '=', feedbackId)
    .where('escalated_at', '=', claimedAt)
    .execute();
}

/** Follow-ups past due at `now` (due before it), not recorded nor escalated, earliest due first. */
export async function overdueFollowUps(
  db: SqlDatabase,
  now: number,
  limit: number,
): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('recorded_at', 'is', null)
    .where('due_at', '<', now)
    .where('escalated_at', 'is', null)
    .orderBy('due_at')
    .orderBy('feedback_id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** An open follow-up with its feedback, as the review queue shows it. */
export interface OpenFollowUp {
  readonly followUp: FollowUp;
  readonly feedback: StoredFeedback;
}

/** Where a page of the review queue starts: after this due instant and feedback id. */
export interface QueueCursor {
  readonly dueAt: number;
  readonly feedbackId: string;
}

/**
 * Open follow-ups by due instant (so the overdue come first), then feedback id, `limit` at most,
 * starting after `after`: keyset paging, so a page costs the same however deep it is.
 */
export async function openFollowUps(
  db: SqlDatabase,
  after: QueueCursor | null,
  limit: number,
): Promise<OpenFollowUp[]> {
  let query = db
    .selectFrom('follow_ups as u')
    .innerJoin('feedback as f', 'f.feedback_id', 'u.feedback_id')
    .selectAll('f')
    .select([
      'u.issue_key as follow_up_key',
      'u.lead',
      'u.due_at',
      'u.created_at',
      'u.escalated_at',
    ])
    .where('u.recorded_at', 'is', null);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('u.due_at', '>', after.dueAt),
        eb.and([eb('u.due_at', '=', after.dueAt), eb('u.feedback_id', '>', after.feedbackId)]),
      ]),
    );
  }
  const rows = await query.orderBy('u.due_at').orderBy('u.feedback_id').limit(limit).execute();
  return rows.map((row) => ({
    feedback: fromFeedbackRow(row),
    followUp: {
      feedbackId: row.feedback_id,
      issueKey: row.follow_up_key,
      lead: row.lead,
      dueAt: Number(row.due_at),
      createdAt: Number(row.created_at),
      recordedAt: null,
      recordedBy: null,
      customerContacted: null,
      outcome: null,
      note: null,
      escalatedAt: num(row.escalated_at),
    },
  }));
}

/**
 * Flagged feedback received in `[from, to)` that has no follow-up row: its event was lost, or
 * its run stopped between the claim and the record. The sweep takes these up again.
 */
export async function flaggedWithoutFollowUp(
  db: SqlDatabase,
  received: { readonly from: number; readonly to: number },
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback as f')
    .leftJoin('follow_ups as u', 'u.feedback_id', 'f.feedback_id')
    .select('f.feedback_id')
    .where('f.flagged', '=', 1)
    .where('f.received_at', '>=', received.from)
    .where('f.received_at', '<', received.to)
    .where(sql<boolean>`u.feedback_id is null`)
    .orderBy('f.received_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.feedback_id);
}
