/**
 * Forge SQL tables of the relationship register's records. Instants are BIGINT epoch ms, as in
 * `schema.ts`.
 */

type BigIntColumn = number;

export interface RelationshipDatabase {
  customer_relationships: CustomerRelationshipsTable;
  customer_meetings: CustomerMeetingsTable;
  meeting_actions: MeetingActionsTable;
}

/**
 * One revision of a customer's relationship (roles, orderers, account manager): append-only, so
 * the register "as of" any instant is the newest revision saved before it and a past month's
 * measures never change. Unique (customer_id, revision): the next revision number is the claim,
 * so two admins saving from the same revision cannot both succeed.
 */
export interface CustomerRelationshipsTable {
  customer_id: string;
  revision: number;
  saved_at: BigIntColumn;
  saved_by: string;
  /** Our account manager's account id; null: nobody named. */
  account_manager: string | null;
  /** How many orderers, and how many of them have a named contact on our side (for SQL sums). */
  orderer_count: number;
  orderers_with_contact: number;
  /** The whole `CustomerRelationship` as JSON. */
  relationship: string;
}

/**
 * A customer meeting's record: append-only; a correction is the next revision of the same
 * meeting (who and when kept with each), never an edit.
 */
export interface CustomerMeetingsTable {
  meeting_id: string;
  revision: number;
  customer_id: string;
  /** `YYYY-MM-DD`. */
  held_on: string;
  /** The attendees' names, JSON. */
  attendees: string;
  minutes: string;
  recorded_at: BigIntColumn;
  recorded_by: string;
}

/**
 * An action agreed at a meeting, by position. Inserted before its issue is created: the key
 * (meeting_id, position) is the claim, so the issue is created once; `issue_key` is filled in
 * once Jira answers (an existing issue's key from the start).
 */
export interface MeetingActionsTable {
  meeting_id: string;
  position: number;
  /** Null for an existing issue. */
  summary: string | null;
  owner: string | null;
  due_date: string | null;
  issue_key: string | null;
  /** 1: the app creates the issue; 0: an existing issue. */
  created_by_app: 0 | 1;
  claimed_at: BigIntColumn;
}
