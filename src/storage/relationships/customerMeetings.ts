import type { MeetingAction } from '../../domain/relationships/customerMeeting';
import type { SqlDatabase } from '../sql/schema';

/** A meeting's newest revision, as recorded. */
export interface StoredMeeting {
  readonly meetingId: string;
  readonly revision: number;
  readonly customerId: string;
  readonly heldOn: string;
  readonly attendees: readonly string[];
  readonly minutes: string;
  readonly recordedAt: number;
  readonly recordedBy: string;
}

/** An agreed action as recorded: its issue key once created (or from the start, when existing). */
export interface StoredAction {
  readonly meetingId: string;
  readonly position: number;
  readonly summary: string | null;
  readonly owner: string | null;
  readonly dueDate: string | null;
  readonly issueKey: string | null;
  readonly createdByApp: boolean;
  readonly claimedAt: number;
}

/**
 * Records a meeting (revision 1) and its actions. Forge SQL has no transactions: the actions'
 * rows (each the claim on creating its issue) go in first, then the meeting, so a meeting is
 * never read without its actions; rows of a meeting whose insert failed are never read.
 */
export async function insertMeeting(
  db: SqlDatabase,
  meeting: Omit<StoredMeeting, 'revision'>,
  actions: readonly MeetingAction[],
): Promise<void> {
  if (actions.length > 0) {
    await db
      .insertInto('meeting_actions')
      .values(
        actions.map((a, position) => ({
          meeting_id: meeting.meetingId,
          position,
          summary: a.kind === 'new' ? a.summary : null,
          owner: a.kind === 'new' ? a.owner : null,
          due_date: a.kind === 'new' ? a.dueDate : null,
          issue_key: a.kind === 'existing' ? a.issueKey : null,
          created_by_app: a.kind === 'new' ? (1 as const) : (0 as const),
          claimed_at: meeting.recordedAt,
        })),
      )
      .execute();
  }
  await db
    .insertInto('customer_meetings')
    .values(meetingRow({ ...meeting, revision: 1 }))
    .execute();
}

/** Records the key of the issue created for an action (the claim's own status). */
export async function setActionIssue(
  db: SqlDatabase,
  meetingId: string,
  position: number,
  issueKey: string,
): Promise<void> {
  await db
    .updateTable('meeting_actions')
    .set({ issue_key: issueKey })
    .where('meeting_id', '=', meetingId)
    .where('position', '=', position)
    .where('issue_key', 'is', null)
    .execute();
}

/**
 * Takes over an action whose creation was claimed at `claimedAt` and never finished: answers
 * false when another run took it over first (its `claimed_at` moved).
 */
export async function reclaimAction(
  db: SqlDatabase,
  action: StoredAction,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('meeting_actions')
    .set({ claimed_at: now })
    .where('meeting_id', '=', action.meetingId)
    .where('position', '=', action.position)
    .where('claimed_at', '=', action.claimedAt)
    .where('issue_key', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const toAction = (r: {
  meeting_id: string;
  position: unknown;
  summary: string | null;
  owner: string | null;
  due_date: string | null;
  issue_key: string | null;
  created_by_app: unknown;
  claimed_at: unknown;
}): StoredAction => ({
  meetingId: r.meeting_id,
  position: Number(r.position),
  summary: r.summary,
  owner: r.owner,
  dueDate: r.due_date,
  issueKey: r.issue_key,
  createdByApp: Number(r.created_by_app) === 1,
  claimedAt: Number(r.claimed_at),
});

export async function actionsOf(
  db: SqlDatabase,
  meetingIds: readonly string[],
): Promise<StoredAction[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_actions')
    .selectAll()
    .where('meeting_id', 'in', meetingIds)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
  return rows.map(toAction);
}

/** The newest meetings shown per customer. */
export const MEETINGS_SHOWN = 10;

/** A customer's newest meetings (each at its newest revision), newest first. */
export async function meetingsOf(db: SqlDatabase, customerId: string): Promise<StoredMeeting[]> {
  const rows = await db
    .selectFrom('customer_meetings as m')
    .selectAll()
    .where('m.customer_id', '=', customerId)
    .where(({ eb, selectFrom }) =>
      eb(
        'm.revision',
        '=',
        selectFrom('customer_meetings as m2')
          .select((e) => e.fn.max('m2.revision').as('r'))
          .whereRef('m2.meeting_id', '=', 'm.meeting_id'),
      ),
    )
    .orderBy('m.held_on', 'desc')
    .orderBy('m.recorded_at', 'desc')
    .limit(MEETINGS_SHOWN)
    .execute();
  return rows.map((r) => ({
    meetingId: r.meeting_id,
    revision: Number(r.revision),
    customerId: r.customer_id,
    heldOn: r.held_on,
    attendees: JSON.parse(r.attendees) as string[],
    minutes: r.minutes,
    recordedAt: Number(r.recorded_at),
    recordedBy: r.recorded_by,
  }));
}

/** A meeting's newest revision, or undefined when there is no such meeting. */
export async function meetingById(
  db: SqlDatabase,
  meetingId: string,
): Promise<StoredMeeting | undefined> {
  const row = await db
    .selectFrom('customer_meetings')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && {
      meetingId: row.meeting_id,
      revision: Number(row.revision),
      customerId: row.customer_id,
      heldOn: row.held_on,
      attendees: JSON.parse(row.attendees) as string[],
      minutes: row.minutes,
      recordedAt: Number(row.recorded_at),
      recordedBy: row.recorded_by,
    }
  );
}

/**
 * Appends a correction of a meeting as its next revision (the earlier ones stay). The primary
 * key (meeting, revision) is the claim: answers false, storing nothing, when that revision
 * exists already (another correction came first).
 */
export async function appendMeetingRevision(
  db: SqlDatabase,
  meeting: StoredMeeting,
): Promise<boolean> {
  try {
    await db.insertInto('customer_meetings').values(meetingRow(meeting)).execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently: whether the revision is there decides.
    const newest = await meetingById(db, meeting.meetingId);
    if (newest && newest.revision >= meeting.revision) return false;
    throw error;
  }
}

/** A meeting's revision as its `customer_meetings` row. */
const meetingRow = (meeting: StoredMeeting) => ({
  meeting_id: meeting.meetingId,
  revision: meeting.revision,
  customer_id: meeting.customerId,
  held_on: meeting.heldOn,
  attendees: JSON.stringify(meeting.attendees),
  minutes: meeting.minutes,
  recorded_at: meeting.recordedAt,
  recorded_by: meeting.recordedBy,
});
