import type { Customer } from '../domain/contract';
import { urgencyTier } from '../domain/sla';
import type { SlmProperty } from '../domain/state/slmProperty';
import type { JiraIssue } from '../jira/types';
import type { WorkListRow } from './views';

const TIERS = ['breached', 'atRisk', 'onTrack'] as const;

/**
 * One line of the work list: the issue's Jira fields, with its SLA state from the app's own
 * record (never from the `slm` property as Jira holds it). `state` is the record's property,
 * or what a customer may see of it (`customerFacing`): the most urgent goal, the next action and
 * the tier all come from the goals in it.
 */
export function workListRow(
  issue: JiraIssue,
  state: Pick<SlmProperty, 'goals' | 'nextAction' | 'priority' | 'customer'>,
  customers: readonly Customer[],
): WorkListRow {
  const open = state.goals.filter((g) => g.state === 'running' || g.state === 'paused');
  const urgent = [...open].sort(
    (a, b) =>
      Number(b.breached) - Number(a.breached) ||
      (a.deadline ?? '~').localeCompare(b.deadline ?? '~'),
  )[0];
  const customer = customers.find((c) => c.id === state.customer);
  return {
    key: issue.key,
    summary: issue.fields.summary ?? '',
    status: issue.fields.status?.name ?? '',
    assignee: issue.fields.assignee?.displayName ?? null,
    customer: customer ? { id: customer.id, name: customer.name } : null,
    jiraPriority: issue.fields.priority?.name ?? '',
    priority: state.priority
      ? { name: state.priority.name, rank: state.priority.rank, model: state.priority.model }
      : null,
    nextAction: state.nextAction,
    urgent: urgent
      ? {
          goal: urgent.goal,
          name: urgent.name,
          state: urgent.state,
          breached: urgent.breached,
          deadline: urgent.deadline,
          remainingMs: urgent.remainingMs,
        }
      : null,
    tier: TIERS[urgencyTier(state)],
  };
}
