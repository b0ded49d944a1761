/**
 * Forge SQL tables of the KPI catalogue's monthly values entered by hand (with who and when) and
 * the action issues raised for them. Instants are BIGINT epoch ms, as in `schema.ts`.
 */

type BigIntColumn = number;

export interface KpiDatabase {
  kpi_values: KpiValuesTable;
  kpi_actions: KpiActionsTable;
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
 * The action issue of a KPI for a month: the row (key (kpi_id, month)) is the claim, inserted
 * before the issue is created, so it is raised once. Its own status is updated: `claimed` while an
 * attempt runs, `created` with the issue key, `refused` with Jira's answer (tried again on the
 * next run). Each new attempt takes the row by its attempt number (compare and set).
 */
export interface KpiActionsTable {
  kpi_id: string;
  month: string;
  attempt: number;
  /** 'claimed' | 'created' | 'refused' */
  status: string;
  started_at: BigIntColumn;
  issue_key: string | null;
  /** Why it is raised, as JSON (`KpiFindings`): what the issue said. */
  findings: string;
  error: string | null;
  updated_at: BigIntColumn;
}
