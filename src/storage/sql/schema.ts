import type { Kysely } from 'kysely';
import type { DevLoopDatabase } from './devLoopSchema';
import type { KpiDatabase } from './kpiSchema';
import type { QualityDatabase } from './qualitySchema';
import type { RelationshipDatabase } from './relationshipSchema';
import type { ReviewDatabase } from './reviewSchema';
import type { RiskDatabase } from './riskSchema';

/**
 * The facts and records the app keeps in Forge SQL (its reports read them). Instants are epoch
 * milliseconds in BIGINT and flags SMALLINT 0/1, so the same columns mean the same on TiDB/MySQL,
 * MariaDB and Postgres (PGlite). BIGINT columns may come back as strings from a MySQL driver:
 * read them through `Number(...)`.
 */
export interface Database
  extends
    QualityDatabase,
    DevLoopDatabase,
    RelationshipDatabase,
    KpiDatabase,
    RiskDatabase,
    ReviewDatabase {
  issue_facts: IssueFactsTable;
  goal_cycles: GoalCyclesTable;
  issued_reports: IssuedReportsTable;
  report_deliveries: ReportDeliveriesTable;
  rollup_months: RollupMonthsTable;
  rollup_case_figures: RollupCaseFiguresTable;
  rollup_goal_figures: RollupGoalFiguresTable;
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

/** The distribution of one issued revision: posted on an issue, then notified. */
export interface ReportDeliveriesTable {
  report_id: string;
  agreement: string;
  issue_key: string;
  /** The notification's recipients as JSON (`ReportRecipients`). */
  recipients: string;
  /** The comment posted, once Jira answered with it. */
  comment_id: string | null;
  /** `pending`, `posting` (an attempt is under way), `delivered` or `failed`. */
  status: string;
  attempts: number;
  last_error: string | null;
  claimed_at: BigIntColumn;
  attempted_at: BigIntColumn | null;
  delivered_at: BigIntColumn | null;
}

/**
 * A month of the management report, pre-aggregated (`src/services/reports/monthRollups.ts`): one
 * row per month `[start_ms, end_ms)`, pointing at the build whose figure rows are current. Key:
 * (start_ms, end_ms).
 */
export interface RollupMonthsTable {
  start_ms: BigIntColumn;
  end_ms: BigIntColumn;
  /** The current build; null until the first is done. */
  build_id: string | null;
  /** Wall clock before the build read the facts, less a margin for clock skew. */
  built_at: BigIntColumn | null;
  /** Wall clock of the last write of facts that may change the month (0: none since created). */
  changed_at: BigIntColumn;
}

/**
 * A month's cases per group of one grouping (`grouped_by`), or of every issue (`all`). The group
 * is stored as `rollupGroupKey` spells it, so that no key column is null. Key: (start_ms, end_ms,
 * build_id, grouped_by, grp).
 */
export interface RollupCaseFiguresTable {
  start_ms: BigIntColumn;
  end_ms: BigIntColumn;
  build_id: string;
  grouped_by: string;
  grp: string;
  received: number;
  resolved: number;
  case_load_at_end: number;
}

/**
 * A month's goal cycles per group, goal and internal flag. Key: (start_ms, end_ms, build_id,
 * grouped_by, grp, goal, internal).
 */
export interface RollupGoalFiguresTable {
  start_ms: BigIntColumn;
  end_ms: BigIntColumn;
  build_id: string;
  grouped_by: string;
  grp: string;
  goal: string;
  internal: Flag;
  met: number;
  missed: number;
  open_breaches_at_end: number;
  /** Completed cycles' elapsed time by duration bucket (`durationHistogram.ts`'s text). */
  histogram: string;
}
