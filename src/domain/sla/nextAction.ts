import type { GoalEvaluation, NextAction } from './types';

/**
 * What the agent must do next: among running goals (internal ones included), the one with the
 * earliest deadline; ties go to the earlier obligation. Deadlines are canonical UTC ISO strings,
 * so they compare as text. `null` when no goal is running.
 */
export function nextAction(
  goals: readonly Pick<GoalEvaluation, 'goal' | 'name' | 'state' | 'deadline'>[],
  actionText: (goal: string) => string | undefined,
): NextAction | null {
  let best: (typeof goals)[number] | undefined;
  for (const goal of goals) {
    if (goal.state !== 'running' || goal.deadline === null) continue;
    if (!best || goal.deadline < best.deadline!) best = goal;
  }
  if (!best) return null;
  return {
    goal: best.goal,
    action: actionText(best.goal) ?? `Meet "${best.name}"`,
    due: best.deadline!,
  };
}
