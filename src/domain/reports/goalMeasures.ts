import type { ActionModel, Contract, EventRule } from '../contract/types';

/** What a goal's clock measures, for the management report's time-to-X figures. */
export type GoalMeasure = 'reaction' | 'resolution';

const on = (rules: readonly EventRule[] | undefined, kind: EventRule['on']): boolean =>
  (rules ?? []).some((rule) => rule.on === kind);

/**
 * A contract has no "goal kind": goals are named freely ("Reaction time", "Svartid"…), so the
 * measure is read from what the goal's action model does, which is what makes it a reaction or
 * a resolution goal:
 * - reaction: the clock starts at creation and stops at the first agent reply, never restarting
 *   on a reply (a clock reset by each reply measures status-update intervals, not reaction);
 * - resolution: starts at creation and stops when the resolution is set, not reset by a reply.
 * Other goals (pick-up by 2nd line, status updates) count in compliance but in neither time.
 */
export function measureOfActionModel(model: ActionModel): GoalMeasure | null {
  if (!on(model.start, 'created') || on(model.reset, 'commentByAgent')) return null;
  if (on(model.stop, 'commentByAgent')) return 'reaction';
  if (on(model.stop, 'resolutionSet')) return 'resolution';
  return null;
}

/** The goal ids of the contract that measure reaction and resolution. */
export function goalMeasures(contract: Contract): Readonly<Record<GoalMeasure, readonly string[]>> {
  const models = new Map(contract.actionModels.map((model) => [model.id, model]));
  const byMeasure: Record<GoalMeasure, string[]> = { reaction: [], resolution: [] };
  for (const goal of contract.goals) {
    const model = models.get(goal.actionModel);
    const measure = model ? measureOfActionModel(model) : null;
    if (measure) byMeasure[measure].push(goal.id);
  }
  return byMeasure;
}
