/**
 * A request's customer-facing goals as the portal shows them: state in words, target in words,
 * deadline and paused reason. Callers pass goals that `customerFacing` has already filtered;
 * an internal goal is dropped here too, so no path lets one through.
 */
import type { Contract } from '../contract/types';
import type { GoalEvaluation } from '../sla/types';
import type { PortalGoalView } from '../../resolvers/portalViews';
import { durationWords } from './durationWords';
import { isAroundTheClock } from './openingHoursWords';
import { pausedReason } from './pauseReasonWords';
import { goalStateText } from './requestStatusWords';

/**
 * Each customer-facing goal of an evaluation in the customer's words; `status` is the request's
 * status now, which says why a paused goal waits. The target is business time unless the
 * goal's calendar never closes.
 */
export function portalGoalViews(
  contract: Contract | undefined,
  goals: readonly GoalEvaluation[],
  status: string,
): PortalGoalView[] {
  return goals
    .filter((goal) => !goal.internal)
    .map((goal) => {
      const definition = contract?.goals.find((g) => g.id === goal.goal);
      const actionModel = contract?.actionModels.find((m) => m.id === definition?.actionModel);
      const calendar = contract?.calendars.find((c) => c.id === goal.calendar);
      const reason = goal.state === 'paused' ? pausedReason(actionModel, status) : null;
      const open = goal.state === 'running' || goal.state === 'paused';
      return {
        goal: goal.goal,
        name: goal.name,
        state: goal.state,
        stateText: goalStateText(goal, definition?.warnAt, reason),
        target: durationWords(goal.targetMs, calendar ? !isAroundTheClock(calendar) : true),
        deadline: open ? goal.deadline : null,
        pausedReason: reason,
        breached: goal.breached,
        completedAt: goal.completedAt,
      };
    });
}
