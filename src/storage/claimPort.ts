/**
 * An area's claim row of one subject and period, as the exactly-once flow of an owner's action
 * issue (`src/services/ownerActionIssue.ts`) sees it: each area's table implements it.
 */

/** What the flow needs to know of a claim row. */
export interface ClaimState {
  readonly attempt: number;
  readonly claimedAt: number;
  readonly issueKey: string | null;
  /** Whether Jira refused the last attempt (the next run takes it over at once). */
  readonly refused: boolean;
}

/** One area's claim row of one subject and period. */
export interface ClaimPort {
  read(): Promise<ClaimState | null>;
  /** Inserts attempt 1: true for the one caller whose row went in. */
  claim(at: number): Promise<boolean>;
  /** Compare and set from `seen.attempt` to the next: true for the one caller that moved it. */
  takeOver(seen: ClaimState, at: number): Promise<boolean>;
  recordIssue(attempt: number, issueKey: string, at: number): Promise<void>;
  recordRefusal(attempt: number, message: string, at: number): Promise<void>;
}
