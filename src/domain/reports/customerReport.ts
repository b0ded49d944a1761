/**
 * The customer report of one SLA agreement for one period: what the contract obliges the
 * provider to document. Built from fact rows only (see `buildCustomerReport`), so the same
 * period always gives the same report; it is the customer's copy, with no internal (OLA) goal.
 */

export const CUSTOMER_REPORT_FORMAT = 'slm-customer-report/1';

/** Met and missed goal cycles, and met as a share of both (null when none completed). */
export interface Compliance {
  readonly met: number;
  readonly missed: number;
  /** Percent, one decimal: 87.5. */
  readonly compliancePct: number | null;
}

export interface ReportPriority {
  readonly id: string | null;
  readonly name: string | null;
  readonly rank: number | null;
}

/**
 * A goal cycle measured in the period: completed in it (`met`/`missed`), or still running at its
 * end (`running`, or `breached` when its target had passed by then). A running cycle's elapsed
 * time at period end is not recorded, so it is `null`.
 */
export interface ReportGoalRow {
  readonly issueKey: string;
  readonly goal: string;
  readonly goalName: string;
  readonly cycle: number;
  readonly priority: ReportPriority;
  readonly targetMs: number;
  readonly elapsedMs: number | null;
  readonly result: 'met' | 'missed' | 'running' | 'breached';
  readonly startedAt: string;
  readonly stoppedAt: string | null;
}

export interface CustomerReport {
  readonly format: typeof CUSTOMER_REPORT_FORMAT;
  readonly agreement: { readonly id: string; readonly name: string };
  readonly customer: { readonly id: string; readonly name: string };
  /** `YYYY-MM`, and its bounds as UTC instants `[start, end)` in the agreement's time zone. */
  readonly period: {
    readonly key: string;
    readonly start: string;
    readonly end: string;
    readonly timeZone: string;
  };
  /** The contract version the report was generated under. */
  readonly contractVersion: number | null;
  /** Cases (issues) of the agreement created in the period. */
  readonly casesCreated: number;
  /** Cases created before the period end and not resolved by then. */
  readonly activeAtEnd: {
    readonly total: number;
    readonly byStatus: readonly { readonly status: string; readonly count: number }[];
    readonly byPriority: readonly (ReportPriority & { readonly count: number })[];
  };
  /** Goal cycles that stopped in the period: each counts once, in the period it stopped. */
  readonly compliance: {
    readonly total: Compliance;
    readonly byGoal: readonly (Compliance & { readonly goal: string; readonly goalName: string })[];
    readonly byPriority: readonly (Compliance & ReportPriority)[];
  };
  readonly goals: readonly ReportGoalRow[];
}
