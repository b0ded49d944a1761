import type { Kysely } from 'kysely';
import type { QualityDatabase } from './qualitySchema';

/**
 * The facts and records the app keeps in Forge SQL (its reports read them). Instants are epoch
 * milliseconds in BIGINT and flags SMALLINT 0/1, so the same columns mean the same on TiDB/MySQL,
 * MariaDB and Postgres (PGlite). BIGINT columns may come back as strings from a MySQL driver:
 * read them through `Number(...)`.
 */
export interface Database extends QualityDatabase {
  issue_facts: IssueFactsTable;
  goal_cycles: GoalCyclesTable;
  issued_reports: IssuedReportsTable;
}

export type SqlDatabase = Kysely<Database>;

/** A BIGINT column: written as a number, read as a number or, from MySQL drivers, a string. */
type BigIntColumn = number;
/** A 0/1 flag. */
type Flag = 0 | 1;

/** One row per issue: its lifetime and state at its last evaluation. */
export interface IssueFactsTable {
  issue_id: string;
  issue_key: string;
  customer: string | null;
  environment: string | null;
  product: string | null;
  agreement: string | null;
  contract_version: number | null;
  team: string | null;
  assignee: string | null;
  issue_type: string;
  /** The priority id in the agreement's model. */
  priority: string | null;
  priority_name: string | null;
  priority_rank: number | null;
  status: string;
  resolved: Flag;
  created_at: BigIntColumn;
  resolved_at: BigIntColumn | null;
  evaluated_at: BigIntColumn;
}

export type GoalResult = 'met' | 'missed' | 'running';

/** One row per cycle of a goal measured on an issue. Key: (issue_id, goal, cycle). */
export interface GoalCyclesTable {
  issue_id: string;
  goal: string;
  /** 0-based index of the goal's cycle on the issue. */
  cycle: number;
  goal_name: string;
  /** An internal (OLA) goal, never shown to the customer. */
  internal: Flag;
  agreement: string;
  contract_version: number;
  customer: string | null;
  environment: string | null;
  product: string | null;
  team: string | null;
  assignee: string | null;
  issue_type: string;
  priority: string | null;
  priority_rank: number | null;
  started_at: BigIntColumn;
  stopped_at: BigIntColumn | null;
  target_ms: BigIntColumn;
  elapsed_ms: BigIntColumn;
  paused_ms: BigIntColumn;
  result: GoalResult;
  breached_at: BigIntColumn | null;
  evaluated_at: BigIntColumn;
}

/** An issued report: append-only, never updated or deleted. Unique (agreement, period, revision). */
export interface IssuedReportsTable {
  report_id: string;
  agreement: string;
  customer: string;
  /** The period's name, e.g. '2026-11'. */
  period: string;
  period_start: BigIntColumn;
  period_end: BigIntColumn;
  revision: number;
  contract_version: number | null;
  /** SHA-256 of `content`, hex. */
  content_hash: string;
  /** The report as JSON. */
  content: string;
  issued_at: BigIntColumn;
  issued_by: string;
  change_note: string | null;
}
