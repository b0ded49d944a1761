import { formatInstant } from '../instant';
import type { Evaluation, GoalEvaluation } from '../sla/types';
import { nextDeadline, urgencyTier } from '../sla/workListOrder';

/** The issue property key the app writes each issue's SLA state to. */
export const SLM_PROPERTY_KEY = 'slm';

/** Jira refuses entity property values over 32 KB. */
export const PROPERTY_LIMIT_BYTES = 32_768;

/**
 * The value of the `slm` issue property: the evaluation in the output shape of
 * `contract-format.md` (`agreement`, `goals`, `nextAction`), plus the flat fields that
 * `manifest.yml` indexes for JQL (`nextDeadline`, `nextCheckMs`, `breached`, `atRisk`,
 * `urgency`, `rank`, `agreement`, `customer`, `environment`, `product`), so Jira Automation,
 * scripts and other apps can read and search it. It is the agents' view, internal goals
 * included. Anyone who may edit the issue can rewrite it, so the app itself decides by its own
 * record of what it wrote (`src/storage/issueSlaRecords.ts`) and rewrites a property that differs.
 */
export interface SlmProperty extends Omit<Evaluation, 'goals'> {
  readonly format: 'slm-issue/1';
  /** When the app evaluated the issue. */
  readonly evaluatedAt: string;
  readonly customer: string | null;
  readonly environment: string | null;
  readonly product: string | null;
  readonly goals: readonly PropertyGoal[];
  /** Earliest deadline of a running or paused goal; indexed as a date. */
  readonly nextDeadline: string | null;
  /**
   * When the state next changes by itself: the earliest warning or breach instant still ahead
   * of a running goal. The scheduled sweep finds due issues by it; null when nothing is ahead.
   */
  readonly nextCheck: string | null;
  /** `nextCheck` in epoch ms, indexed as a number so the sweep's JQL needs no time zone. */
  readonly nextCheckMs: number | null;
  /** `"true"` when a running or paused goal is breached (indexed strings, for JQL `=`). */
  readonly breached: 'true' | 'false';
  /** `"true"` when a running or paused goal has passed a warning threshold but is not breached. */
  readonly atRisk: 'true' | 'false';
  /**
   * The work-list tier as a number, for JQL to sort by (Jira orders only number and date
   * values): 0 breached, 1 at risk, 2 the rest.
   */
  readonly urgency: 0 | 1 | 2;
  /** Internal rank of the issue's priority; 99 when none applies, so it sorts last. */
  readonly rank: number;
}

/** A goal as stored: its last cycles only (`cycleCount` says how many there were). */
export type PropertyGoal = Omit<GoalEvaluation, 'explanation'> & { readonly cycleCount: number };

const NO_RANK = 99;

/**
 * Builds the property value from an evaluation. Long-lived issues can collect many cycles
 * (a status-update goal resets at every reply), so cycles are trimmed, oldest first, until
 * the value fits Jira's 32 KB limit; the goal's figures come from the last cycle and stay whole.
 */
export function slmProperty(
  evaluation: Evaluation,
  issue: { customer?: string | null; environment?: string | null; product?: string | null },
  evaluatedAt: number,
): SlmProperty {
  const tier = urgencyTier(evaluation);
  const deadline = nextDeadline(evaluation);
  const check = nextCheck(evaluation.goals, evaluatedAt);
  const base = {
    format: 'slm-issue/1' as const,
    evaluatedAt: formatInstant(evaluatedAt),
    agreement: evaluation.agreement,
    ...(evaluation.reason !== undefined && { reason: evaluation.reason }),
    contractVersion: evaluation.contractVersion,
    ...(evaluation.priority && { priority: evaluation.priority }),
    customer: issue.customer ?? null,
    environment: issue.environment ?? null,
    product: issue.product ?? null,
    nextAction: evaluation.nextAction,
    nextDeadline: deadline === Infinity ? null : formatInstant(deadline),
    nextCheck: check,
    nextCheckMs: check === null ? null : Date.parse(check),
    breached: tier === 0 ? ('true' as const) : ('false' as const),
    atRisk: tier === 1 ? ('true' as const) : ('false' as const),
    urgency: tier,
    rank: evaluation.priority?.rank ?? NO_RANK,
  };
  for (const keep of [10, 3, 1]) {
    const property: SlmProperty = {
      ...base,
      goals: evaluation.goals.map((g) => storedGoal(g, keep)),
    };
    if (byteLength(property) <= PROPERTY_LIMIT_BYTES) return property;
  }
  throw new RangeError(
    'the SLA state does not fit in an issue property even with one cycle per goal',
  );
}

function storedGoal(goal: GoalEvaluation, keepCycles: number): PropertyGoal {
  // The explanation is built on demand for the panel; it is not stored.
  const { explanation: _explanation, ...figures } = goal;
  return { ...figures, cycles: goal.cycles.slice(-keepCycles), cycleCount: goal.cycles.length };
}

/** The earliest warning or breach instant after `now` of a running goal, or null. */
export function nextCheck(goals: readonly GoalEvaluation[], now: number): string | null {
  let earliest: string | null = null;
  const consider = (at: string | null) => {
    if (at !== null && Date.parse(at) > now && (earliest === null || at < earliest)) earliest = at;
  };
  for (const goal of goals) {
    if (goal.state !== 'running') continue;
    for (const warning of goal.warnings) if (!warning.reached) consider(warning.at);
    consider(goal.breachesAt);
  }
  return earliest;
}

const encoder = new TextEncoder();
const byteLength = (value: unknown) => encoder.encode(JSON.stringify(value)).length;
