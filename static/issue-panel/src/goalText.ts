import type { GoalEvaluation } from '../../../src/domain/sla/types';
import { formatBusinessTime, formatInstantIn, formatWallTime } from '../../shared/format';
import type { LozengeAppearance } from '../../shared/components/Lozenge';

/**
 * What the panel shows of a goal at a moment after the evaluation: the figures the resolver
 * sent, moved on by the wall time since. Business time only passes while the calendar is open,
 * so for a running goal this is an estimate ("about"); the breach itself is exact, as the
 * resolver sends the instant it falls (`breachesAt`).
 */
export interface LiveGoal {
  readonly breached: boolean;
  readonly remainingMs: number;
  readonly elapsedMs: number;
  /** Warning fractions whose instant has passed. */
  readonly warningsReached: readonly number[];
}

/**
 * @param now the instant it is, on the evaluation's clock
 * @param sinceMs wall time since the evaluation
 */
export function liveGoal(goal: GoalEvaluation, now: number, sinceMs: number): LiveGoal {
  const warningsReached = goal.warnings
    .filter((w) => w.reached || (w.at !== null && now >= Date.parse(w.at)))
    .map((w) => w.fraction);
  if (goal.state !== 'running') {
    return {
      breached: goal.breached,
      remainingMs: goal.remainingMs,
      elapsedMs: goal.elapsedMs,
      warningsReached,
    };
  }
  const breached =
    goal.breached || (goal.breachesAt !== null && now >= Date.parse(goal.breachesAt));
  const estimate = goal.remainingMs - Math.max(0, sinceMs);
  // Not breached yet: the calendar may be closed, so the estimate waits at zero for the breach.
  const remainingMs = breached ? Math.min(estimate, -1) : Math.max(estimate, 0);
  return { breached, remainingMs, elapsedMs: goal.targetMs - remainingMs, warningsReached };
}

export interface StateLabel {
  readonly text: string;
  readonly appearance: LozengeAppearance;
}

/** The state lozenge: colour and text. */
export function stateLabel(state: GoalEvaluation['state'], breached: boolean): StateLabel {
  switch (state) {
    case 'running':
      return breached
        ? { text: 'Breached', appearance: 'removed' }
        : { text: 'Running', appearance: 'inprogress' };
    case 'paused':
      return breached
        ? { text: 'Breached, paused', appearance: 'removed' }
        : { text: 'Paused', appearance: 'moved' };
    case 'met':
      return { text: 'Met', appearance: 'success' };
    case 'missed':
      return { text: 'Missed', appearance: 'removed' };
    case 'notStarted':
      return { text: 'Not started', appearance: 'default' };
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * A business-time countdown to the second: `2h 05m 09s`, `27h 00m 00s` (hours, never days a
 * reader would take for working days), `45s`; the sign is dropped. Time left rounds up (`up`),
 * as countdowns do; time over rounds down.
 */
export function formatCountdown(ms: number, round: 'up' | 'down' = 'down'): string {
  let rest = (round === 'up' ? Math.ceil : Math.floor)(Math.abs(ms) / SECOND) * SECOND;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const seconds = Math.floor((rest - minutes * MINUTE) / SECOND);
  const two = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${two(minutes)}m ${two(seconds)}s`;
  if (minutes > 0) return `${minutes}m ${two(seconds)}s`;
  return `${seconds}s`;
}

/** The time-left line of a goal. */
export function timeLeftText(goal: GoalEvaluation, live: LiveGoal): string {
  const target = formatBusinessTime(goal.targetMs);
  switch (goal.state) {
    case 'running':
      return live.breached
        ? `about ${formatCountdown(live.remainingMs)} business time over target`
        : `about ${formatCountdown(live.remainingMs, 'up')} business time left`;
    case 'paused':
      return live.breached
        ? `${formatBusinessTime(-live.remainingMs)} over target, clock paused`
        : `${formatBusinessTime(live.remainingMs)} left, clock paused`;
    case 'met':
      return `Met after ${formatBusinessTime(goal.elapsedMs)} of ${target}`;
    case 'missed':
      return `Took ${formatBusinessTime(goal.elapsedMs)} of ${target} (${formatBusinessTime(-goal.remainingMs)} over)`;
    case 'notStarted':
      return `Clock not started; ${target} once it starts`;
  }
}

/**
 * Wall time from `now` to `due`, in words: `in 2h 15m`, `in 1d 3h`, `overdue by 5m`. Time to go rounds up
 * to the minute (to the second below one), so a fresh `in 2h 15m` does not read `2h 14m`.
 */
export function relativeText(due: number, now: number): string {
  const ms = due - now;
  if (ms < 0) return `overdue by ${formatWallTime(-ms)}`;
  const unit = ms > MINUTE ? MINUTE : SECOND;
  return `in ${formatWallTime(Math.ceil(ms / unit) * unit)}`;
}

/** An instant in the viewer's time zone; UTC should the zone be one the browser lacks. */
export function instantText(iso: string, timeZone: string): string {
  try {
    return formatInstantIn(iso, timeZone);
  } catch {
    return `${formatInstantIn(iso, 'UTC')} UTC`;
  }
}
