/**
 * Forge SQL tables of the monthly risk scores per area (the claims of the action plans raised for drops are `owner_actions`, in `kpiSchema.ts`), and the risk register with its approvals. Instants are BIGINT epoch ms, as in `schema.ts`.
 */
export interface RiskDatabase {
  risk_scores: RiskScoresTable;
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
