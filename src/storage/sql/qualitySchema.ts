/**
 * The quality loop's records in Forge SQL: feedback, the follow-ups of flagged feedback,
 * non-conformities with their CAPA, the links between them, and one append-only audit trail for
 * all of them. Rows that hold a current state (a follow-up, a CAPA) are updated, but every change
 * is also appended to `quality_audit`, and nothing is ever deleted. Instants are BIGINT epoch ms,
 * flags SMALLINT 0/1, as in `schema.ts`.
 */

type BigIntColumn = number;
type Flag = 0 | 1;

export interface QualityDatabase {
  feedback: FeedbackTable;
  follow_ups: FollowUpsTable;
  non_conformities: NonConformitiesTable;
  non_conformity_links: NonConformityLinksTable;
  quality_audit: QualityAuditTable;
  follow_up_attempts: FollowUpAttemptsTable;
  non_conformity_notices: NonConformityNoticesTable;
}

/** One answer from a customer. Unique (source, source_id): a replayed answer is refused. */
export interface FeedbackTable {
  feedback_id: string;
  /** 'jsm' | 'survicate' | 'app' | 'complaint' | 'portal' (fits varchar(16)) */
  source: string;
  /** The source's id of the answer: JSM request key, Survicate messageId, the app form's id. */
  source_id: string;
  /** 'csat' (1–5) | 'nps' (0–10): kept apart, never converted. */
  scale: string;
  score: number;
  reason: string | null;
  comment: string | null;
  issue_key: string | null;
  customer: string | null;
  product: string | null;
  component: string | null;
  team: string | null;
  answered_at: BigIntColumn;
  received_at: BigIntColumn;
  /** Whether the flag rules in force when it arrived caught it (`flagCauses`). */
  flagged: Flag;
  /** The flag causes as JSON, e.g. [{"kind":"lowScore","score":1,"threshold":2}]. */
  flag_causes: string | null;
  /** The payload as received (JSON), for the record. */
  raw_payload: string;
}

/** The team lead's follow-up of flagged feedback: one per feedback. */
export interface FollowUpsTable {
  feedback_id: string;
  /** The Jira issue that carries the follow-up, linked to the case. */
  issue_key: string;
  lead: string | null;
  due_at: BigIntColumn;
  created_at: BigIntColumn;
  /** When the lead recorded the follow-up; null while open. */
  recorded_at: BigIntColumn | null;
  recorded_by: string | null;
  customer_contacted: Flag | null;
  /** 'resolved' | 'explained' | 'compensated' | 'noResponse' | … (the lead's outcome). */
  outcome: string | null;
  note: string | null;
  /**
   * When the sweep escalated the follow-up as overdue; null until then. Setting it from
   * null is the claim that makes the escalation happen once.
   */
  escalated_at: BigIntColumn | null;
}

/**
 * One attempt at creating the follow-up issue of flagged feedback (v120), inserted before the
 * issue is created: the key (feedback_id, attempt) is the claim, so two runs never both create.
 * `issue_key` is filled in once Jira answers.
 */
export interface FollowUpAttemptsTable {
  feedback_id: string;
  attempt: number;
  started_at: BigIntColumn;
  issue_key: string | null;
}

/** A non-conformity: a Jira issue with its CAPA. One open per recurrence group. */
export interface NonConformitiesTable {
  nc_id: string;
  issue_key: string;
  /** The recurrence group, e.g. `customer:acme`; null for one raised by hand. */
  group_key: string | null;
  /**
   * The group key while the non-conformity is open, null once closed: a unique column, so the
   * database itself refuses a second open non-conformity for a group.
   */
  open_group_key: string | null;
  raised_at: BigIntColumn;
  raised_by: string;
  /** Why it was raised: the evidence summary, or the lead's reason when raised by hand. */
  reason: string;
  /** The CAPA state (`Capa` of src/domain/quality/capa.ts) as JSON. */
  capa: string;
  capa_step: string;
  check_due_at: BigIntColumn | null;
  closed_at: BigIntColumn | null;
  updated_at: BigIntColumn;
}

/** Feedback (and its case) linked to a non-conformity. Key: (nc_id, feedback_id). */
export interface NonConformityLinksTable {
  nc_id: string;
  feedback_id: string;
  case_key: string | null;
  linked_at: BigIntColumn;
}

/** One change to a quality record: who, when, what, before and after. Append-only. */
export interface QualityAuditTable {
  audit_id: string;
  /** 'feedback' | 'followUp' | 'nonConformity' */
  subject_type: string;
  subject_id: string;
  at: BigIntColumn;
  /** The order of entries written at the same instant. */
  seq: number;
  actor: string;
  action: string;
  field: string | null;
  before_value: string | null;
  after_value: string | null;
}

/**
 * A notice about a non-conformity sent once: the row is the claim (key (nc_id, notice), e.g.
 * `check-due:2` for round 2's effectiveness check), inserted before the notice is sent.
 */
export interface NonConformityNoticesTable {
  nc_id: string;
  notice: string;
  claimed_at: BigIntColumn;
}
