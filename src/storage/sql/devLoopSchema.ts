/**
 * The development loop's records in Forge SQL: every accepted report of an environment's
 * installed version (append-only), the hand-overs of cases to development with the version that
 * fixes them, and the closing of each waiting case (claimed once, retried until done).
 * Instants are BIGINT epoch ms, as in `schema.ts`.
 */

type BigIntColumn = number;

export interface DevLoopDatabase {
  environment_versions: EnvironmentVersionsTable;
  dev_handovers: DevHandoversTable;
  case_closures: CaseClosuresTable;
  release_notes: ReleaseNotesTable;
}

/** One accepted version report: the newest per environment is what it runs. Append-only. */
export interface EnvironmentVersionsTable {
  report_id: string;
  environment: string;
  product: string | null;
  /** As reported; only versions `parseVersion` reads are accepted. */
  version: string;
  /** 'pipeline' (the web trigger) | 'admin' (the admin page) | 'resolver' */
  source: string;
  /** Who: an account id, or the pipeline's name. */
  reported_by: string;
  reported_at: BigIntColumn;
  /** The caller's request id: a replayed request is refused (unique with the environment). */
  request_id: string | null;
}

/** A case handed over to development. Key: the case's issue id. */
export interface DevHandoversTable {
  case_id: string;
  case_key: string;
  dev_key: string;
  /** The case's product and environment at hand-over, for matching versions. */
  product: string | null;
  environment: string | null;
  handed_over_at: BigIntColumn;
  handed_over_by: string;
  /** The development issue's status as last seen, for the panel. */
  dev_status: string | null;
  /** "Fixed in V": set when the development issue is resolved with a fix version. */
  fixed_in: string | null;
  fixed_at: BigIntColumn | null;
  updated_at: BigIntColumn;
}

/** Closing a waiting case once its environment runs the fix. Key: (case_id, fixed_in). */
export interface CaseClosuresTable {
  case_id: string;
  fixed_in: string;
  environment: string;
  /** The version report that triggered it. */
  report_id: string;
  /** 'pending' | 'commented' | 'closed' | 'failed' */
  status: string;
  attempts: number;
  last_error: string | null;
  claimed_at: BigIntColumn;
  closed_at: BigIntColumn | null;
  /** The "ready to test" comment's id once posted: never posted twice. */
  comment_id: string | null;
  /** When the last attempt started: retries back off from it. */
  attempted_at: BigIntColumn | null;
}

/** The release notes of one accepted version report, sent once (v232). Key: report_id. */
export interface ReleaseNotesTable {
  report_id: string;
  environment: string;
  /** 'pending' | 'sent' | 'failed' | 'none' (no case of the customer fixed by it) */
  status: string;
  /** The issue Jira's notification was sent from. */
  issue_key: string | null;
  /** The cases listed, comma-separated keys. */
  case_keys: string | null;
  attempts: number;
  last_error: string | null;
  claimed_at: BigIntColumn;
  attempted_at: BigIntColumn | null;
  sent_at: BigIntColumn | null;
}
