import type { ContractModel } from '../domain/contract';
import { dueEscalations } from '../domain/escalation/dueEscalations';
import {
  ATTEMPT_LEASE_MS,
  newLedger,
  type EscalationRef,
} from '../domain/escalation/escalationLedger';
import { planEscalation } from '../domain/escalation/plannedAction';
import type { Evaluation } from '../domain/sla';
import type { JiraIssue } from '../jira/types';
import type { AppContext } from './appContext';
import { carryOut, escalationLedgerKey, scheduleEscalationRetry } from './escalationActions';

/**
 * Fires the escalations due on an issue, each once per goal cycle and threshold: claim, act,
 * record. The claim is an atomic set-if-absent of the escalation's ledger (its actions planned
 * in full), so when the consumer and the sweep see the same crossing, only one fires it. Each
 * action is then attempted and its outcome recorded (`carryOut`); one that fails is tried again
 * from the retry schedule, one that succeeded never is. Returns the keys of the escalations
 * this run fired.
 */
export async function runEscalations(
  ctx: AppContext,
  model: ContractModel,
  issue: JiraIssue,
  evaluation: Evaluation,
): Promise<string[]> {
  const goals = new Map(model.contract.goals.map((g) => [g.id, g]));
  const due = dueEscalations(evaluation.goals, (goal) => goals.get(goal)?.escalations);
  const fired: string[] = [];
  for (const escalation of due) {
    const ref: EscalationRef = {
      issueId: issue.id,
      goal: escalation.goal,
      cycleStart: escalation.cycleStart,
      at: escalation.at,
    };
    const key = escalationLedgerKey(ref);
    // Fired before: what is left of it comes back from the retry schedule.
    if (await ctx.store.get(key)) continue;
    // On the schedule before the claim, so that a run that dies after claiming is made up for.
    await scheduleEscalationRetry(ctx, ref, issue.key, ctx.now() + ATTEMPT_LEASE_MS);
    // The issue was read with its `assignee` (snapshotFields): null when unassigned.
    const plan = planEscalation(
      model,
      { key: issue.key, assigned: Boolean(issue.fields.assignee) },
      evaluation,
      escalation,
    );
    const ledger = newLedger(
      issue.key,
      escalation.key,
      plan.actions,
      new Date(ctx.now()).toISOString(),
    );
    if (!(await ctx.store.claim(key, ledger))) continue;
    fired.push(escalation.key);
    for (const skipped of plan.skipped) {
      ctx.log('escalation action skipped', {
        issue: issue.key,
        escalation: escalation.key,
        action: skipped.type,
        reason: skipped.reason,
      });
    }
    await carryOut(ctx, ref, ledger);
  }
  return fired;
}
