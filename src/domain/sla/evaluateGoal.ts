import { addBusinessTime } from '../calendar/addBusinessTime';
import type { BusinessCalendar } from '../calendar/businessCalendar';
import type { CompiledObligation } from '../contract/compileContract';
import { formatInstant } from '../instant';
import type { ClockCycle, GoalClock } from './goalClock';
import { reachedAt } from './reachedAt';
import type { CycleEvaluation, GoalEvaluation, GoalState, WarningInstant } from './types';

const iso = (t: number | null) => (t === null ? null : formatInstant(t));

/**
 * A goal's figures from its clock, all taken from the **last** cycle. An open cycle is measured
 * against the target of the priority at `now` (a priority change keeps elapsed time and switches
 * the target); a stopped cycle keeps the target in force when it stopped. A priority without a
 * target of its own falls back to the current priority's (the goal only applies when that has one).
 */
export function evaluateGoal(
  obligation: CompiledObligation,
  calendar: BusinessCalendar,
  clock: GoalClock,
  priority: string,
  now: number,
): Omit<GoalEvaluation, 'explanation'> {
  const currentTarget = obligation.targetMs.get(priority)!;
  const targetOf = (cycle: ClockCycle): number =>
    cycle.priorityAtStop
      ? (obligation.targetMs.get(cycle.priorityAtStop) ?? currentTarget)
      : currentTarget;
  const cycle = clock.cycles[clock.cycles.length - 1];
  const targetMs = cycle ? targetOf(cycle) : currentTarget;
  const elapsedMs = cycle?.elapsedMs ?? 0;
  const breached = elapsedMs > targetMs;
  const state: GoalState = !cycle
    ? 'notStarted'
    : cycle.stop !== null
      ? breached
        ? 'missed'
        : 'met'
      : clock.paused
        ? 'paused'
        : 'running';
  const open = state === 'running' || state === 'paused';

  const warnings: WarningInstant[] = (obligation.goal.warnAt ?? []).map((fraction) => {
    const amount = Math.round(targetMs * fraction);
    return {
      fraction,
      at: iso(instantOf(calendar, cycle, open, now, amount)),
      reached: cycle !== undefined && elapsedMs >= amount,
    };
  });

  return {
    goal: obligation.goal.id,
    name: obligation.goal.name,
    internal: obligation.goal.internal ?? false,
    state,
    breached,
    targetMs,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    deadline: open ? iso(instantOf(calendar, cycle, open, now, targetMs)) : null,
    breachedAt: breached ? iso(reachedAt(calendar, cycle!, targetMs)) : null,
    breachesAt:
      open && !breached ? iso(addBusinessTime(calendar, now, targetMs - elapsedMs + 1)) : null,
    completedAt: cycle && cycle.stop !== null ? iso(cycle.stop) : null,
    warnings,
    calendar: obligation.calendarId,
    cycles: clock.cycles.map((c) => cycleFigures(calendar, c, targetOf(c))),
  };
}

/**
 * When the last cycle's clock reached `amount`, or for an open cycle when it will if the clock
 * runs from `now`.
 */
function instantOf(
  calendar: BusinessCalendar,
  cycle: ClockCycle | undefined,
  open: boolean,
  now: number,
  amount: number,
): number | null {
  if (!cycle) return null;
  if (cycle.elapsedMs >= amount) return reachedAt(calendar, cycle, amount);
  return open ? addBusinessTime(calendar, now, amount - cycle.elapsedMs) : null;
}

function cycleFigures(
  calendar: BusinessCalendar,
  cycle: ClockCycle,
  targetMs: number,
): CycleEvaluation {
  return {
    start: formatInstant(cycle.start),
    stop: iso(cycle.stop),
    pausedMs: cycle.pausedMs,
    elapsedMs: cycle.elapsedMs,
    targetMs,
    breachedAt: cycle.elapsedMs > targetMs ? iso(reachedAt(calendar, cycle, targetMs)) : null,
  };
}
