import type { ContractModel } from '../domain/contract';
import {
  dueEscalations,
  escalationText,
  type DueEscalation,
} from '../domain/escalation/dueEscalations';
import type { EscalationAction } from '../domain/escalation/types';
import type { Evaluation } from '../domain/sla';
import { adfText } from '../jira/adf';
import type { JiraIssue } from '../jira/types';
import { escalationClaimKey } from '../storage/storageKeys';
import type { AppContext } from './appContext';

/**
 * Fires the escalations due on an issue, each once per goal cycle and threshold. Each is
 * claimed in storage first with an atomic set-if-absent, so when the consumer and the sweep
 * see the same crossing, only one acts; a claimed escalation whose actions fail is logged,
 * not repeated (a repeated comment or notification would be worse than a missing one).
 */
export async function runEscalations(
  ctx: AppContext,
  model: ContractModel,
  issue: JiraIssue,
  evaluation: Evaluation,
): Promise<string[]> {
  const goals = new Map(model.contract.goals.map((g) => [g.id, g]));
  const due = dueEscalations(evaluation.goals, (goal) => goals.get(goal)?.escalations);
  const done: string[] = [];
  for (const escalation of due) {
    const claim = escalationClaimKey(
      issue.id,
      escalation.goal,
      escalation.cycleStart,
      escalation.at,
    );
    const claimed = await ctx.store.claim(claim, {
      issueKey: issue.key,
      at: new Date(ctx.now()).toISOString(),
    });
    if (!claimed) continue;
    try {
      for (const action of escalation.actions) {
        await perform(ctx, model, issue, evaluation, escalation, action);
      }
      done.push(escalation.key);
    } catch (error) {
      ctx.log('escalation failed', {
        issue: issue.key,
        escalation: escalation.key,
        error: String(error),
      });
    }
  }
  return done;
}

async function perform(
  ctx: AppContext,
  model: ContractModel,
  issue: JiraIssue,
  evaluation: Evaluation,
  escalation: DueEscalation,
  action: EscalationAction,
): Promise<void> {
  const goal = evaluation.goals.find((g) => g.goal === escalation.goal);
  const text = (template: string) =>
    escalationText(template, {
      issue: issue.key,
      goal: goal?.name ?? escalation.goal,
      at: escalation.at,
      deadline: goal?.deadline ?? goal?.breachedAt ?? null,
    });
  const fallback =
    escalation.at === 'breach'
      ? '{issue}: {goal} is breached.'
      : '{issue}: {threshold} of {goal} is used; it is due {deadline}.';
  switch (action.type) {
    case 'comment':
      return ctx.jira.addComment(issue.key, adfText(text(action.text)));
    case 'notify': {
      const body = text(action.text ?? fallback);
      return ctx.jira.notify(issue.key, {
        subject: `SLA: ${goal?.name ?? escalation.goal} on ${issue.key}`,
        textBody: body,
        to: {
          users: (action.users ?? []).map((accountId) => ({ accountId })),
          groups: (action.groups ?? []).map((name) => ({ name })),
          assignee: action.assignee ?? false,
          reporter: action.reporter ?? false,
        },
      });
    }
    case 'assign':
      return ctx.jira.assign(issue.key, action.accountId);
    case 'addLabel':
      return ctx.jira.editIssue(issue.key, { update: { labels: [{ add: action.label }] } });
    case 'raisePriority': {
      const to = action.to ?? oneRankUp(model, evaluation);
      if (!to) return;
      return ctx.jira.editIssue(issue.key, { fields: { priority: { name: to } } });
    }
  }
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
