import type { Goal } from '../contract/types';
import { nextAction } from './nextAction';
import type { GoalEvaluation, NextAction } from './types';

type ShownGoal = Pick<GoalEvaluation, 'goal' | 'name' | 'internal' | 'state' | 'deadline'>;

/**
 * What a customer may see of an issue's SLA state: the goals promised to them, without the
 * internal ones (OLAs, `internal: true`), and the next action among those goals only, so
 * neither an internal goal's name nor its figures reach them. Works on a live evaluation and on
 * the stored `slm` property alike.
 *
 * @example customerFacing(evaluation, actionTexts(contract.goals)).goals // no OLA in it
 */
export function customerFacing<G extends ShownGoal, S extends { goals: readonly G[] }>(
  state: S,
  actionText: (goal: string) => string | undefined,
): S & { readonly goals: readonly G[]; readonly nextAction: NextAction | null } {
  const goals = state.goals.filter((goal) => !goal.internal);
  return { ...state, goals, nextAction: nextAction(goals, actionText) };
}

/** The next-action text of each goal of a contract, by goal id. */
export function actionTexts(goals: readonly Goal[]): (goal: string) => string | undefined {
  const texts = new Map(goals.map((goal) => [goal.id, goal.nextAction]));
  return (goal) => texts.get(goal);
}
