/**
 * Forge SQL tables of the monthly risk scores per area, the action plans raised for drops, and the risk register with its approvals. Instants are BIGINT epoch ms, as in `schema.ts`.
 */
export interface RiskDatabase {
  risk_scores: RiskScoresTable;
  risk_drop_actions: RiskDropActionsTable;
  risk_revisions: RiskRevisionsTable;
  risk_approvals: RiskApprovalsTable;
}

/**
 * Append-only: every score entered or computed is a new revision of (area, month); the highest
 * revision is the month's score, the others its history.
 */
export interface RiskScoresTable {
  area_id: string;
  /** `YYYY-MM`. */
  month: string;
  revision: number;
  score: number;
  /** 'entered' | 'register' */
  source: string;
  note: string | null;
  scored_by: string;
  scored_at: number;
}

/**
 * The claim of an area's action plan for a month's drop: its primary key (area, month) lets one
 * caller in, ever. The claim updates its own status only: `issue_key` once created, `refused`
 * when Jira refused (the next run takes it over), `claimed_at` when a run takes it over.
 */
export interface RiskDropActionsTable {
  area_id: string;
  month: string;
  claimed_at: number;
  attempt: number;
  score_from: number;
  score_to: number;
  issue_key: string | null;
  refused: string | null;
}

/** Append-only: every save of a risk is a new revision; the highest is the risk as it stands. */
export interface RiskRevisionsTable {
  risk_id: string;
  revision: number;
  title: string;
  description: string;
  area_id: string;
  owner: string | null;
  /** 'low' | 'medium' | 'high' | 'very-high' */
  level: string;
  mitigation: string;
  /** 'open' | 'closed' */
  status: string;
  changed_by: string;
  changed_at: number;
}

/** Append-only: an approval of a risk at a level, by a body. */
export interface RiskApprovalsTable {
  approval_id: string;
  risk_id: string;
  /** The revision the approver saw. */
  revision: number;
  level: string;
  /** 'board' | 'group-management' */
  body: string;
  approved_by: string;
  approved_at: number;
  note: string | null;
}
