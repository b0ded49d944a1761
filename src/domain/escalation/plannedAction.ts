import type { ContractModel } from '../contract';
import type { Evaluation } from '../sla';
import { escalationText, type DueEscalation } from './dueEscalations';
import type { EscalationAction } from './types';

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

/** What planning needs of the escalated issue: its key, and whether someone is assigned. */
export interface EscalatedIssue {
  readonly key: string;
  readonly assigned: boolean;
}

/** An action of the contract that plans no Jira operation on this issue, and why. */
export interface SkippedAction {
  readonly type: EscalationAction['type'];
  readonly reason: string;
}

export interface EscalationPlan {
  readonly actions: PlannedAction[];
  readonly skipped: SkippedAction[];
}

/**
 * The operations of a due escalation on an issue, in the contract's order. A `raisePriority`
 * with nowhere to go (no higher rank with a Jira priority) plans nothing. A notice goes to the
 * assignee only when the issue has one, by then (an earlier `assign` of the same escalation
 * counts), as Jira refuses the assignee of an unassigned issue with a 400; a notice for the
 * assignee alone is then skipped: nobody is responsible for the issue yet, and the contract
 * named no one else.
 */
export function planEscalation(
  model: ContractModel,
  issue: EscalatedIssue,
  evaluation: Evaluation,
  escalation: DueEscalation,
): EscalationPlan {
  const issueKey = issue.key;
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
  const plan: EscalationPlan = { actions: [], skipped: [] };
  let assigned = issue.assigned;
  for (const action of escalation.actions) {
    switch (action.type) {
      case 'comment':
        plan.actions.push({ type: 'comment', text: text(action.text), internal });
        break;
      case 'notify': {
        const users = action.users ?? [];
        const groups = action.groups ?? [];
        const reporter = action.reporter ?? false;
        const noAssignee = action.assignee === true && !assigned;
        if (noAssignee && users.length === 0 && groups.length === 0 && !reporter) {
          plan.skipped.push({ type: 'notify', reason: 'the issue is unassigned' });
          break;
        }
        plan.actions.push({
          type: 'notify',
          subject: `SLA: ${goalName} on ${issueKey}`,
          text: text(action.text ?? fallback),
          users,
          groups,
          assignee: action.assignee === true && assigned,
          reporter,
        });
        break;
      }
      case 'assign':
        plan.actions.push({ type: 'assign', accountId: action.accountId });
        assigned = true;
        break;
      case 'addLabel':
        plan.actions.push({ type: 'addLabel', label: action.label });
        break;
      case 'raisePriority': {
        const priority = action.to ?? oneRankUp(model, evaluation);
        if (priority) plan.actions.push({ type: 'setPriority', priority });
        break;
      }
    }
  }
  return plan;
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
