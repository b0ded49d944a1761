/**
 * The fact rows a customer report is built from, as the store hands them over (instants in
 * epoch ms). They are the rows of one agreement; `fetchCustomerReportFacts` picks exactly those
 * a period needs.
 */

/** A case (issue) as last evaluated. */
export interface ReportIssueFact {
  readonly issueKey: string;
  readonly status: string;
  readonly priority: string | null;
  readonly priorityName: string | null;
  readonly priorityRank: number | null;
  readonly createdAt: number;
  /** When it was resolved; null while it is open (a reopened case is open again). */
  readonly resolvedAt: number | null;
}

/** One cycle of one goal of a case. */
export interface ReportGoalFact {
  readonly issueKey: string;
  readonly goal: string;
  readonly goalName: string;
  readonly cycle: number;
  /** An OLA goal: never in the customer's copy. */
  readonly internal: boolean;
  readonly priority: string | null;
  readonly priorityName: string | null;
  readonly priorityRank: number | null;
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly result: 'met' | 'missed' | 'running';
  readonly breachedAt: number | null;
}
