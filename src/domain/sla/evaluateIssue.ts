import type { CompiledObligation, ContractModel } from '../contract/compileContract';
import { resolveAgreement } from '../contract/resolveAgreement';
import { parseInstant } from '../instant';
import { evaluateGoal } from './evaluateGoal';
import { explainGoal } from './explainGoal';
import { runGoalClock } from './goalClock';
import { issueTimeline } from './issueTimeline';
import { nextAction } from './nextAction';
import type { Evaluation, GoalEvaluation, IssueSnapshot } from './types';

export interface EvaluateOptions {
  /** Add each goal's timeline (`explanation`): what moved the clock and why. */
  readonly explain?: boolean;
}

/**
 * The SLA state of an issue: a pure function of the contract, the issue's history and `now`
 * (epoch ms). Replaying the same history gives the same answer, so a missed or duplicated
 * event is repaired by the next evaluation.
 *
 * @example
 * evaluateIssue(compileContract(contract), issue, Date.parse('2026-03-03T12:00:00Z'));
 * // { agreement: 'schultz-prod', goals: [{ goal: 'reaction', state: 'met', … }], nextAction: … }
 */
export function evaluateIssue(
  model: ContractModel,
  issue: IssueSnapshot,
  now: number,
  options: EvaluateOptions = {},
): Evaluation {
  const created = parseInstant(issue.created);
  const resolution = resolveAgreement(model, {
    customer: issue.customer,
    environment: issue.environment,
    product: issue.product,
    issueType: issue.issueType,
    created,
  });
  if (!resolution.agreement) {
    return {
      agreement: null,
      reason: resolution.reason,
      contractVersion: model.version,
      goals: [],
      nextAction: null,
    };
  }
  const { agreement, obligations } = resolution;
  const priority = agreement.priorities.get(issue.priority);
  const moments = issueTimeline(issue, now, created);

  const goals: GoalEvaluation[] = [];
  for (const obligation of obligations) {
    if (!obligation.targetMs.has(issue.priority)) continue;
    const calendar = model.calendar(obligation.calendarId);
    const clock = runGoalClock(obligation.actionModel, calendar, moments, now, options.explain);
    const figures = evaluateGoal(obligation, calendar, clock, issue.priority, now);
    goals.push(
      options.explain
        ? { ...figures, explanation: explainGoal(clock, obligation.actionModel.id, figures) }
        : figures,
    );
  }

  return {
    agreement: agreement.agreement.id,
    contractVersion: model.version,
    ...(priority && {
      priority: {
        id: priority.id,
        name: priority.name,
        rank: priority.rank,
        model: agreement.priorityModel.id,
      },
    }),
    goals,
    nextAction: nextAction(goals, (goal) => actionText(obligations, goal)),
  };
}

/** The next-action text of a goal; should a goal have two obligations, the last one's. */
function actionText(obligations: readonly CompiledObligation[], goal: string): string | undefined {
  let text: string | undefined;
  for (const obligation of obligations) {
    if (obligation.goal.id === goal) text = obligation.goal.nextAction;
  }
  return text;
}
