import type { ContractModel } from '../contract';
import type { Evaluation } from '../sla';
import { escalationText, type DueEscalation } from './dueEscalations';

/**
 * One Jira operation of an escalation, filled in when the escalation fires (its texts, the
 * priority to raise to), so that a retry repeats exactly what was decided then, whatever the
 * issue or the contract became since: "one rank up" retried is still the same rank.
 */
export type PlannedAction =
  | {
      readonly type: 'comment';
      readonly text: string;
      /** An internal note, not shown to the customer: the comment of an internal goal (OLA). */
      readonly internal: boolean;
    }
  | {
      readonly type: 'notify';
      readonly subject: string;
      readonly text: string;
      readonly users: readonly string[];
      readonly groups: readonly string[];
      readonly assignee: boolean;
      readonly reporter: boolean;
    }
  | { readonly type: 'assign'; readonly accountId: string }
  | { readonly type: 'addLabel'; readonly label: string }
  | { readonly type: 'setPriority'; readonly priority: string };

/**
 * The operations of a due escalation on an issue, in the contract's order. A `raisePriority`
 * with nowhere to go (no higher rank with a Jira priority) plans nothing.
 */
export function planEscalation(
  model: ContractModel,
  issueKey: string,
  evaluation: Evaluation,
  escalation: DueEscalation,
): PlannedAction[] {
  const goal = evaluation.goals.find((g) => g.goal === escalation.goal);
  const goalName = goal?.name ?? escalation.goal;
  const internal = model.contract.goals.find((g) => g.id === escalation.goal)?.internal === true;
  const text = (template: string) =>
    escalationText(template, {
      issue: issueKey,
      goal: goalName,
      at: escalation.at,
      deadline: goal?.deadline ?? goal?.breachedAt ?? null,
    });
  const fallback =
    escalation.at === 'breach'
      ? '{issue}: {goal} is breached.'
      : '{issue}: {threshold} of {goal} is used; it is due {deadline}.';
  return escalation.actions.flatMap((action): PlannedAction[] => {
    switch (action.type) {
      case 'comment':
        return [{ type: 'comment', text: text(action.text), internal }];
      case 'notify':
        return [
          {
            type: 'notify',
            subject: `SLA: ${goalName} on ${issueKey}`,
            text: text(action.text ?? fallback),
            users: action.users ?? [],
            groups: action.groups ?? [],
            assignee: action.assignee ?? false,
            reporter: action.reporter ?? false,
          },
        ];
      case 'assign':
        return [{ type: 'assign', accountId: action.accountId }];
      case 'addLabel':
        return [{ type: 'addLabel', label: action.label }];
      case 'raisePriority': {
        const priority = action.to ?? oneRankUp(model, evaluation);
        return priority ? [{ type: 'setPriority', priority }] : [];
      }
    }
  });
}

/** The Jira priority one internal rank above the issue's, in its agreement's model. */
function oneRankUp(model: ContractModel, evaluation: Evaluation): string | undefined {
  const current = evaluation.priority;
  if (!current) return undefined;
  const agreement = model.agreements.find((a) => a.agreement.id === evaluation.agreement);
  const higher = (agreement?.priorityModel.priorities ?? [])
    .filter((p) => p.rank < current.rank && p.jiraPriority)
    .sort((a, b) => b.rank - a.rank)[0];
  return higher?.jiraPriority;
}
