/**
 * The issue as the evaluator sees it (the `issue` of `slm-scenario/1`) and the evaluation it
 * produces (the output of `contract-format.md`). Instants are ISO 8601 strings here, as in JSON.
 */

/** One change in the issue's history, oldest first. */
export type HistoryEntry =
  | { readonly at: string; readonly type: 'status'; readonly from?: string; readonly to: string }
  | {
      readonly at: string;
      readonly type: 'comment';
      readonly author: 'agent' | 'customer';
      /** A comment without `public` is public; only public agent comments are `commentByAgent`. */
      readonly public?: boolean;
    }
  | { readonly at: string; readonly type: 'priority'; readonly from?: string; readonly to: string }
  | {
      readonly at: string;
      readonly type: 'assignee';
      readonly from?: string | null;
      readonly to: string | null;
    }
  | { readonly at: string; readonly type: 'resolution'; readonly to: string | null }
  | { readonly at: string; readonly type: 'field'; readonly field: string; readonly to: unknown };

export interface IssueSnapshot {
  readonly key: string;
  readonly issueType: string;
  /** Priority id in the agreement's priority model, at `now`. */
  readonly priority: string;
  /** Status name at `now`. */
  readonly status: string;
  readonly customer?: string | null;
  readonly environment?: string | null;
  readonly product?: string | null;
  readonly created: string;
  readonly history: readonly HistoryEntry[];
}

export type GoalState = 'notStarted' | 'running' | 'paused' | 'met' | 'missed';

export interface CycleEvaluation {
  readonly start: string;
  readonly stop: string | null;
  /** Business time the cycle spent paused. */
  readonly pausedMs: number;
  readonly elapsedMs: number;
  /**
   * The target the cycle is measured against: a stopped cycle keeps the one in force when it
   * stopped, an open one has the current priority's.
   */
  readonly targetMs: number;
  /** When the cycle's elapsed time exceeded its target; null when it has not. */
  readonly breachedAt: string | null;
}

/** When a warning threshold was (or, projected, will be) crossed in the last cycle. */
export interface WarningInstant {
  /** Fraction of the target, from the goal's `warnAt`. */
  readonly fraction: number;
  /** `null` when the last cycle stopped before reaching it. */
  readonly at: string | null;
  readonly reached: boolean;
}

export interface GoalEvaluation {
  readonly goal: string;
  readonly name: string;
  readonly internal: boolean;
  readonly state: GoalState;
  /** Elapsed business time exceeds the target (not latched). */
  readonly breached: boolean;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  /** Projected instant the target is reached; only for running and paused goals. */
  readonly deadline: string | null;
  readonly breachedAt: string | null;
  /**
   * When a running or paused goal that is not breached becomes breached (elapsed exceeds the
   * target by 1 ms) if the clock runs from now: the deadline, or for a target that runs out at
   * a closing time, just after the next opening. The sweep checks the issue then.
   */
  readonly breachesAt: string | null;
  readonly completedAt: string | null;
  readonly warnings: readonly WarningInstant[];
  /** The calendar that measured this goal (the obligation's override, else the goal's). */
  readonly calendar: string;
  readonly cycles: readonly CycleEvaluation[];
  /** Why the clock shows what it shows; present when asked for (`--explain`). */
  readonly explanation?: readonly ExplanationStep[];
}

export interface NextAction {
  readonly goal: string;
  readonly action: string;
  readonly due: string;
}

export interface Evaluation {
  readonly agreement: string | null;
  /** Why no agreement applies; only when `agreement` is null. */
  readonly reason?: string;
  /** The saved contract version that produced this evaluation; null for an unsaved document. */
  readonly contractVersion: number | null;
  /** The issue's priority in the agreement's model, with the internal rank shared by all models. */
  readonly priority?: {
    readonly id: string;
    readonly name: string;
    readonly rank: number;
    readonly model: string;
  };
  readonly goals: readonly GoalEvaluation[];
  readonly nextAction: NextAction | null;
}

/** What the clock did and why: one line of a goal's timeline. */
export interface ExplanationStep {
  readonly at: string;
  readonly action:
    'start' | 'pause' | 'resume' | 'stop' | 'reset' | 'targetChanged' | 'warning' | 'breach';
  /** The event behind it, e.g. `statusEntered "Waiting for customer"`; absent for thresholds. */
  readonly event?: string;
  /** Index of the history entry behind it; absent for `created` and thresholds. */
  readonly historyIndex?: number;
  /** The rule that fired, as a path into the contract: `actionModels[resolution].pause[0]`. */
  readonly rule?: string;
  /** The sentence a user reads. */
  readonly text: string;
}
