/** A risk area's scores month by month (`YYYY-MM`), 0–100; null when not scored that month. */
export interface RiskAreaTrend {
  readonly id: string;
  readonly name: string;
  /** Percent of the composite score; the areas' weights sum to 100. */
  readonly weight: number;
  /** The owner's Atlassian account id. */
  readonly owner: string | null;
  readonly months: readonly { readonly month: string; readonly score: number | null }[];
}

/** The monthly risk score: per area and the weighted composite. */
export interface RiskScoreTrend {
  readonly areas: readonly RiskAreaTrend[];
  readonly composite: readonly { readonly month: string; readonly score: number | null }[];
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'very-high';

/** Who must approve a risk of a level: nobody, the board (medium and above), group management (very high). */
export type RiskApprover = 'none' | 'board' | 'group-management';

/** A risk of the register, as the management review reads it. */
export interface RiskRegisterEntry {
  readonly id: string;
  readonly title: string;
  readonly area: string | null;
  readonly owner: string | null;
  readonly level: RiskLevel;
  readonly mitigation: string;
  readonly approvalRequired: RiskApprover;
  /** The recorded approval; null while it is due (or when none is required). */
  readonly approvedBy: string | null;
  readonly approvedAt: number | null;
  /** Open, or closed (kept in the register with its history). */
  readonly status?: 'open' | 'closed';
}
