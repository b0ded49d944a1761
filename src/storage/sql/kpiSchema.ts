/**
 * Forge SQL tables of the KPI catalogue's monthly values entered by hand (with who and when) and
 * the claims of the owners' action issues (KPIs, risk drops, the annual review). Instants are BIGINT epoch ms, as in `schema.ts`.
 */

type BigIntColumn = number;

export interface KpiDatabase {
  kpi_values: KpiValuesTable;
  owner_actions: OwnerActionsTable;
}

/**
 * A manual KPI's value for a month, as entered. Append-only: a correction is the next revision
 * (key (kpi_id, month, revision), so two admins saving at once cannot both take one number);
 * the month's value is its highest revision.
 */
export interface KpiValuesTable {
  kpi_id: string;
  /** `YYYY-MM` in the catalogue's time zone. */
  month: string;
  revision: number;
  value: number;
  entered_by: string;
  entered_at: BigIntColumn;
}

/**
 * The claim of an owner's action issue (`ownerActionIssue.ts`), one row per kind, subject and
 * period: a KPI's month (`kpi-action`), a risk area's month (`risk-drop`), a review period
 * (`review-reminder`). Inserted before the issue is created, so it is raised once; the claim's
 * own fields are updated: each new attempt takes the row by its attempt number (compare and set),
 * then the issue key, or Jira's refusal (tried again on the next run), is recorded.
 */
export interface OwnerActionsTable {
  /** 'kpi-action' | 'risk-drop' | 'review-reminder' */
  kind: string;
  /** The KPI's or area's id; `annual` for the review. */
  subject: string;
  /** `YYYY-MM`, or `YYYY-MM..YYYY-MM` for a review period. */
  period: string;
  attempt: number;
  claimed_at: BigIntColumn;
  issue_key: string | null;
  /** Jira's refusal of the last attempt, null while none. */
  refused: string | null;
  /** What the issue was raised for, as JSON (a KPI's findings, a drop's scores). */
  detail: string;
  updated_at: BigIntColumn;
}
