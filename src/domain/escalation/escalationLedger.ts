import type { PlannedAction } from './plannedAction';

/**
 * What became of one action of an escalation: `pending` (not tried yet), `failed` (tried
 * `attempts` times, to be tried again), `done` (at `at`) or `abandoned` (given up on).
 */
export interface ActionRecord {
  readonly action: PlannedAction;
  readonly state: 'pending' | 'failed' | 'done' | 'abandoned';
  readonly attempts: number;
  /** When it was done, or last failed (ISO instant). */
  readonly at?: string;
  readonly lastError?: string;
}

/**
 * The ledger of an escalation that fired: its planned actions and what became of each. It is
 * stored under the escalation's claim, so creating it is the claim.
 */
export interface EscalationLedger {
  readonly issueKey: string;
  /** The escalation's key within the issue (`escalationKey`), for the log. */
  readonly escalation: string;
  readonly claimedAt: string;
  readonly actions: readonly ActionRecord[];
}

/** How one attempt at an action ended. */
export type AttemptOutcome =
  | { readonly outcome: 'done'; readonly at: string }
  | {
      readonly outcome: 'failed';
      readonly at: string;
      readonly error: string;
      /** Retrying cannot help (Jira refused the request itself). */
      readonly final: boolean;
    };

/**
 * One attempt at an action, stored under its own key, which the attempt claims before it acts:
 * `acting` until it ends, then its outcome. Two runs cannot make the same attempt, and the
 * outcome stays as the authority should the ledger's copy of it be lost.
 */
export type AttemptRecord = { readonly issueKey: string; readonly startedAt: string } & (
  { readonly outcome: 'acting' } | AttemptOutcome
);

/** An action is tried this many times at most, then given up on. */
export const MAX_ATTEMPTS = 8;
/** Retries wait 5 minutes after the first failure, twice as long after each next, 1 hour at most. */
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 60 * 60_000;
/**
 * An attempt still `acting` after this long belongs to an invocation that is gone: escalations
 * run in the queue consumer, which Forge stops after its 900 s (manifest.yml), plus a margin for
 * clocks. Its action counts as failed, and is tried again.
 */
export const ATTEMPT_LEASE_MS = 16 * 60_000;

export function newLedger(
  issueKey: string,
  escalation: string,
  actions: readonly PlannedAction[],
  claimedAt: string,
): EscalationLedger {
  return {
    issueKey,
    escalation,
    claimedAt,
    actions: actions.map((action) => ({ action, state: 'pending', attempts: 0 })),
  };
}

/** The actions still to be tried: pending or failed. */
export function openActions(ledger: EscalationLedger): number[] {
  return ledger.actions.flatMap((record, index) =>
    record.state === 'pending' || record.state === 'failed' ? [index] : [],
  );
}

/** Every action is done or abandoned: nothing is left to try. */
export const isSettled = (ledger: EscalationLedger): boolean => openActions(ledger).length === 0;

/**
 * The ledger with the outcome of attempt number `attempt` (0-based) of action `index`. An outcome
 * already recorded, or one for another attempt, changes nothing, so an outcome may be applied
 * again (when repairing the ledger from the attempt's own record).
 */
export function withOutcome(
  ledger: EscalationLedger,
  index: number,
  attempt: number,
  outcome: AttemptOutcome,
): EscalationLedger {
  const record = ledger.actions[index];
  if (!record || record.attempts !== attempt || !openActions(ledger).includes(index)) return ledger;
  const attempts = attempt + 1;
  const next: ActionRecord =
    outcome.outcome === 'done'
      ? { action: record.action, state: 'done', attempts, at: outcome.at }
      : {
          action: record.action,
          state: outcome.final || attempts >= MAX_ATTEMPTS ? 'abandoned' : 'failed',
          attempts,
          at: outcome.at,
          lastError: outcome.error,
        };
  return { ...ledger, actions: ledger.actions.map((r, i) => (i === index ? next : r)) };
}

/** When to try the open actions again: backing off with the most attempts among them. */
export function nextAttemptAt(ledger: EscalationLedger, now: number): number {
  const attempts = Math.max(0, ...openActions(ledger).map((i) => ledger.actions[i]!.attempts));
  return now + Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

/** The attempt is still `acting` long after its invocation must have ended: orphaned. */
export const isOrphanedAttempt = (record: AttemptRecord, now: number): boolean =>
  record.outcome === 'acting' && now - Date.parse(record.startedAt) >= ATTEMPT_LEASE_MS;

/** Which escalation of which issue: the parts of its claim key. */
export interface EscalationRef {
  readonly issueId: string;
  readonly goal: string;
  readonly cycleStart: string;
  readonly at: number | 'breach';
}
