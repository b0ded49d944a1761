import type { GoalEvaluation } from '../sla/types';
import type { Escalation, EscalationAction } from './types';

/** An escalation whose threshold an open goal has crossed. */
export interface DueEscalation {
  /** Identifies the escalation within the issue: goal, cycle and threshold. */
  readonly key: string;
  readonly goal: string;
  /** When the goal's current cycle started (ISO instant). */
  readonly cycleStart: string;
  readonly at: number | 'breach';
  readonly actions: readonly EscalationAction[];
}

/**
 * The key that makes an escalation fire once per goal cycle and threshold: a reset starts a
 * new cycle (with a new start), so the same threshold may fire again in it.
 */
export const escalationKey = (goal: string, cycleStart: string, at: number | 'breach'): string =>
  `${goal}@${cycleStart}@${at}`;

/**
 * Which escalations are due: thresholds crossed by goals that are still open (running or
 * paused). The answer depends only on the evaluation, so a duplicated, late or missing event
 * changes nothing; the caller claims each key once (see `runEscalations`), so whichever run
 * sees the crossing first fires it. Goals already completed when the crossing is first seen
 * do not escalate: the moment to act has passed.
 */
export function dueEscalations(
  goals: readonly Pick<GoalEvaluation, 'goal' | 'state' | 'breached' | 'warnings' | 'cycles'>[],
  escalationsOf: (goal: string) => readonly Escalation[] | undefined,
): DueEscalation[] {
  const due: DueEscalation[] = [];
  for (const goal of goals) {
    if (goal.state !== 'running' && goal.state !== 'paused') continue;
    const cycle = goal.cycles[goal.cycles.length - 1];
    if (!cycle) continue;
    for (const escalation of escalationsOf(goal.goal) ?? []) {
      const crossed =
        escalation.at === 'breach'
          ? goal.breached
          : goal.warnings.some((w) => w.fraction === escalation.at && w.reached);
      if (crossed) {
        due.push({
          key: escalationKey(goal.goal, cycle.start, escalation.at),
          goal: goal.goal,
          cycleStart: cycle.start,
          at: escalation.at,
          actions: escalation.actions,
        });
      }
    }
  }
  return due;
}

/** Fills `{issue}`, `{goal}`, `{threshold}` and `{deadline}` in an escalation text. */
export function escalationText(
  template: string,
  values: { issue: string; goal: string; at: number | 'breach'; deadline: string | null },
): string {
  const threshold = values.at === 'breach' ? 'breached' : `${Math.round(values.at * 100)} %`;
  return template
    .replaceAll('{issue}', values.issue)
    .replaceAll('{goal}', values.goal)
    .replaceAll('{threshold}', threshold)
    .replaceAll('{deadline}', values.deadline ?? 'none');
}
