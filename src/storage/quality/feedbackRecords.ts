import type { Selectable } from 'kysely';
import type { FeedbackScale } from '../../domain/quality/feedbackScale';
import type { Feedback, FeedbackSource } from '../../domain/quality/feedback';
import type { FlagCause } from '../../domain/quality/flagFeedback';
import type { FeedbackTable } from '../sql/qualitySchema';
import type { SqlDatabase } from '../sql/schema';

export type FeedbackRow = Selectable<FeedbackTable>;

/** Feedback as the store keeps it: the domain's record, the flag decision and the raw payload. */
export interface StoredFeedback extends Feedback {
  readonly receivedAt: number;
  readonly flagCauses: readonly FlagCause[];
  readonly rawPayload: string;
}

const toRow = (f: StoredFeedback): FeedbackRow => ({
  feedback_id: f.id,
  source: f.source,
  source_id: f.sourceId,
  scale: f.scale,
  score: f.score,
  reason: f.reason,
  comment: f.comment,
  issue_key: f.issueKey,
  customer: f.customer,
  product: f.product,
  component: f.component,
  team: f.team,
  answered_at: f.answeredAt,
  received_at: f.receivedAt,
  flagged: f.flagCauses.length > 0 ? 1 : 0,
  flag_causes: f.flagCauses.length > 0 ? JSON.stringify(f.flagCauses) : null,
  raw_payload: f.rawPayload,
});

/** Reads a row back; BIGINT and INTEGER columns may arrive as strings from a MySQL driver. */
export const fromFeedbackRow = (row: FeedbackRow): StoredFeedback => ({
  id: row.feedback_id,
  source: row.source as FeedbackSource,
  sourceId: row.source_id,
  scale: row.scale as FeedbackScale,
  score: Number(row.score),
  reason: row.reason,
  comment: row.comment,
  issueKey: row.issue_key,
  customer: row.customer,
  product: row.product,
  component: row.component,
  team: row.team,
  answeredAt: Number(row.answered_at),
  receivedAt: Number(row.received_at),
  flagCauses: row.flag_causes ? (JSON.parse(row.flag_causes) as FlagCause[]) : [],
  rawPayload: row.raw_payload,
});

/**
 * Records feedback once. Answers false, storing nothing, when the source already delivered this
 * answer (same source and source id): the unique key is the claim, so a replayed webhook or a
 * second read of the same JSM rating adds nothing, even when two arrive at once.
 */
export async function insertFeedback(db: SqlDatabase, feedback: StoredFeedback): Promise<boolean> {
  try {
    await db.insertInto('feedback').values(toRow(feedback)).execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently; whether the answer is now there decides.
    if (await feedbackFromSource(db, feedback.source, feedback.sourceId)) return false;
    throw error;
  }
}

export async function feedbackFromSource(
  db: SqlDatabase,
  source: FeedbackSource,
  sourceId: string,
): Promise<StoredFeedback | undefined> {
  const row = await db
    .selectFrom('feedback')
    .selectAll()
    .where('source', '=', source)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row && fromFeedbackRow(row);
}

/** Flagged feedback answered in `[from, to)`, oldest first: what recurrence looks at. */
export async function flaggedFeedbackBetween(
  db: SqlDatabase,
  from: number,
  to: number,
): Promise<StoredFeedback[]> {
  const rows = await db
    .selectFrom('feedback')
    .selectAll()
    .where('flagged', '=', 1)
    .where('answered_at', '>=', from)
    .where('answered_at', '<', to)
    .orderBy('answered_at')
    .orderBy('feedback_id')
    .execute();
  return rows.map(fromFeedbackRow);
}

/** The most feedback `feedbackOfIssue` answers: far more than one case ever gets. */
export const ISSUE_FEEDBACK_LIMIT = 200;

/** A case's feedback, newest first. */
export async function feedbackOfIssue(
  db: SqlDatabase,
  issueKey: string,
): Promise<StoredFeedback[]> {
  const rows = await db
    .selectFrom('feedback')
    .selectAll()
    .where('issue_key', '=', issueKey)
    .orderBy('answered_at', 'desc')
    .orderBy('feedback_id')
    .limit(ISSUE_FEEDBACK_LIMIT)
    .execute();
  return rows.map(fromFeedbackRow);
}
