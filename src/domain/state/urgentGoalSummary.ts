import { formatBusinessTime } from '../durationText';
import type { Evaluation, GoalEvaluation } from '../sla/types';

/**
 * One line for issue lists and boards about the most urgent open goal, worded so it stays
 * true between evaluations: a running goal shows its deadline (fixed while it runs), a paused
 * one the business time it has left (fixed while it is paused), a breached one since when.
 * Jira shows the line to anyone who sees the issue: pass what a customer may see
 * (`customerFacing`), so no internal goal gets into it.
 *
 * @example urgentGoalSummary(evaluation) // 'Resolution time due 2026-03-10 09:30 UTC'
 */
export function urgentGoalSummary(evaluation: Evaluation): string {
  const open = evaluation.goals.filter((g) => g.state === 'running' || g.state === 'paused');
  if (evaluation.agreement === null) return 'No SLA';
  if (open.length === 0) {
    return evaluation.goals.some((g) => g.state === 'missed')
      ? 'SLA missed'
      : evaluation.goals.length > 0
        ? 'SLA met'
        : 'No SLA goals';
  }
  const goal = [...open].sort(byUrgency)[0]!;
  if (goal.breached) return `${goal.name} breached since ${utc(goal.breachedAt!)}`;
  if (goal.state === 'paused') {
    return `${goal.name} paused, ${formatBusinessTime(Math.max(0, goal.remainingMs))} of business time left`;
  }
  return `${goal.name} due ${utc(goal.deadline!)}`;
}

function byUrgency(a: GoalEvaluation, b: GoalEvaluation): number {
  if (a.breached !== b.breached) return a.breached ? -1 : 1;
  return (a.deadline ?? '~') < (b.deadline ?? '~')
    ? -1
    : (a.deadline ?? '~') > (b.deadline ?? '~')
      ? 1
      : 0;
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
