import type { Evaluation, GoalEvaluation } from './types';

/**
 * What a contract change does to open issues, before it is saved: each issue is evaluated at the
 * same instant from the same history under the contract in force and under the draft, and the
 * two evaluations are compared here. Pure: the services gather the evaluations, batch by batch,
 * and add them up with `addIssueChange` and `mergePreviews`.
 */

/** A goal whose deadline the change moves (null: the goal has no running clock then). */
export interface DeadlineChange {
  readonly key: string;
  readonly goal: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** How one issue's evaluation changes. */
export interface IssueChange {
  readonly key: string;
  /** The agreement the draft measures the issue under, else the one in force, else null. */
  readonly agreement: string | null;
  /** Anything measured differs: the agreement, a goal's state, breach, deadline or target. */
  readonly changed: boolean;
  /** A goal's deadline moves later (earlier), both before and after on a running clock. */
  readonly later: boolean;
  readonly earlier: boolean;
  /** The issue becomes breached (a goal over its target), or stops being breached. */
  readonly breached: boolean;
  readonly unbreached: boolean;
  /** The goals whose deadline moves, appears or goes, in the evaluation's goal order. */
  readonly deadlines: readonly DeadlineChange[];
}

/** The change, added up over the open issues of one agreement. */
export interface AgreementPreview {
  /** Null for issues that no agreement measures under either contract. */
  readonly agreement: string | null;
  /** Open issues compared. */
  readonly issues: number;
  readonly changed: number;
  readonly later: number;
  readonly earlier: number;
  readonly breached: number;
  readonly unbreached: number;
  /** A few moved deadlines, the first found. */
  readonly examples: readonly DeadlineChange[];
}

/** The change over every open issue compared, per agreement, ordered by agreement id. */
export interface ChangePreview {
  readonly agreements: readonly AgreementPreview[];
}

export const EMPTY_PREVIEW: ChangePreview = { agreements: [] };

/** Examples kept per agreement: enough to see what moves, small enough to store per batch. */
export const EXAMPLES_PER_AGREEMENT = 5;

/** Compares an issue's evaluation under the contract in force (`before`) and the draft. */
export function compareEvaluations(
  key: string,
  before: Evaluation,
  after: Evaluation,
): IssueChange {
  const previous = new Map(before.goals.map((g) => [g.goal, g]));
  const goalIds = [...new Set([...after.goals, ...before.goals].map((g) => g.goal))];
  const deadlines: DeadlineChange[] = [];
  let later = false;
  let earlier = false;
  let goalChanged = false;
  for (const id of goalIds) {
    const old = previous.get(id);
    const now = after.goals.find((g) => g.goal === id);
    const from = old?.deadline ?? null;
    const to = now?.deadline ?? null;
    if (!old || !now || measuredDiffers(old, now)) goalChanged = true;
    if (from === to) continue;
    deadlines.push({ key, goal: id, before: from, after: to });
    if (from !== null && to !== null) {
      if (Date.parse(to) > Date.parse(from)) later = true;
      else earlier = true;
    }
  }
  const wasBreached = isBreached(before);
  const isNowBreached = isBreached(after);
  return {
    key,
    agreement: after.agreement ?? before.agreement,
    changed: goalChanged || before.agreement !== after.agreement,
    later,
    earlier,
    breached: isNowBreached && !wasBreached,
    unbreached: wasBreached && !isNowBreached,
    deadlines,
  };
}

/** The preview with one more issue compared. */
export function addIssueChange(preview: ChangePreview, change: IssueChange): ChangePreview {
  return mergePreviews(preview, {
    agreements: [
      {
        agreement: change.agreement,
        issues: 1,
        changed: Number(change.changed),
        later: Number(change.later),
        earlier: Number(change.earlier),
        breached: Number(change.breached),
        unbreached: Number(change.unbreached),
        examples: change.deadlines.slice(0, 1),
      },
    ],
  });
}

/** Two previews of disjoint sets of issues added up; `a`'s examples come first. */
export function mergePreviews(a: ChangePreview, b: ChangePreview): ChangePreview {
  const merged = new Map<string | null, AgreementPreview>();
  for (const entry of [...a.agreements, ...b.agreements]) {
    const known = merged.get(entry.agreement);
    merged.set(
      entry.agreement,
      known
        ? {
            agreement: entry.agreement,
            issues: known.issues + entry.issues,
            changed: known.changed + entry.changed,
            later: known.later + entry.later,
            earlier: known.earlier + entry.earlier,
            breached: known.breached + entry.breached,
            unbreached: known.unbreached + entry.unbreached,
            examples: [...known.examples, ...entry.examples].slice(0, EXAMPLES_PER_AGREEMENT),
          }
        : entry,
    );
  }
  return { agreements: [...merged.values()].sort(byAgreement) };
}

/** Agreements by id; issues without one last. */
function byAgreement(a: AgreementPreview, b: AgreementPreview): number {
  if (a.agreement === b.agreement) return 0;
  if (a.agreement === null) return 1;
  if (b.agreement === null) return -1;
  return a.agreement < b.agreement ? -1 : 1;
}

/** A goal over its target, running or stopped: a met goal can become missed, too. */
const isBreached = (evaluation: Evaluation) => evaluation.goals.some((g) => g.breached);

function measuredDiffers(a: GoalEvaluation, b: GoalEvaluation): boolean {
  return (
    a.state !== b.state ||
    a.breached !== b.breached ||
    a.targetMs !== b.targetMs ||
    a.deadline !== b.deadline ||
    a.breachedAt !== b.breachedAt ||
    a.completedAt !== b.completedAt
  );
}
