import { businessTimeBetween } from '../calendar/businessTimeBetween';
import type { BusinessCalendar } from '../calendar/businessCalendar';
import type { ActionModel, EventKind } from '../contract/types';
import type { IssueEvent, Moment } from './issueTimeline';
import { matchRule, pausingStatusRule } from './matchRule';

/** One measurement of a goal, from a start (or reset) to a stop, in epoch ms. */
export interface ClockCycle {
  readonly start: number;
  stop: number | null;
  /** Business time the clock ran, up to the stop or `now`. */
  elapsedMs: number;
  /** Business time the clock was parked. */
  pausedMs: number;
  /** The wall-clock stretches `[from, to)` in which the clock ran, to find when amounts were reached. */
  readonly running: [number, number][];
  /** Priority when the cycle stopped: a stopped cycle keeps the target in force then. */
  priorityAtStop: string | null;
}

/**
 * One thing the clock did, with its cause: the event and rule (`kind[index]` of the action
 * model) behind it, or the status that holds it paused. `explainGoal` words it.
 */
export interface ClockStep {
  readonly at: number;
  readonly action: 'start' | 'pause' | 'resume' | 'stop' | 'reset' | 'targetChanged';
  readonly event?: IssueEvent;
  readonly rule?: string;
  /** The status after the instant, for pauses and resumes by status. */
  readonly status?: string;
  /** The priority after the instant, for target changes. */
  readonly priority?: string;
}

export interface GoalClock {
  readonly cycles: readonly ClockCycle[];
  /** A pause holds at `now` (only meaningful while the last cycle is open). */
  readonly paused: boolean;
  readonly steps: readonly ClockStep[];
}

/**
 * Runs one goal's clock over the issue's moments with its action model, up to `now`. At each
 * instant the rules apply in the documented order: start, resume, pause, stop, reset; a
 * `whileStatus` pause is then checked against the status after that instant. Business time is
 * measured only where the clock changes state, so the cost grows with state changes, not with
 * the length of the history.
 */
export function runGoalClock(
  model: ActionModel,
  calendar: BusinessCalendar,
  moments: readonly Moment[],
  now: number,
): GoalClock {
  const clock = new Clock(calendar);
  const { steps } = clock;
  const relevant = relevantEvents(model);
  for (const moment of moments) {
    const { at, events } = moment;
    // Most moments (comments, field edits) touch no rule of this model: nothing can change.
    if (!events.some((e) => relevant.has(e.kind))) continue;
    const start = matchRule(model.start, events);
    if (start && !clock.open) {
      clock.openCycle(at);
      steps.push({ at, action: 'start', event: start.event, rule: `start[${start.ruleIndex}]` });
    }
    if (clock.open && clock.eventPause) {
      const resume = matchRule(model.resume, events);
      if (resume) {
        clock.eventPause = undefined;
        steps.push({
          at,
          action: 'resume',
          event: resume.event,
          rule: `resume[${resume.ruleIndex}]`,
        });
      }
    }
    if (clock.open && !clock.eventPause) {
      const pause = matchRule(model.pause, events);
      if (pause)
        clock.eventPause = {
          at,
          action: 'pause',
          event: pause.event,
          rule: `pause[${pause.ruleIndex}]`,
        };
    }
    const stop = clock.open ? matchRule(model.stop, events) : undefined;
    if (stop) {
      clock.closeCycle(at, moment.priority);
      steps.push({ at, action: 'stop', event: stop.event, rule: `stop[${stop.ruleIndex}]` });
    }
    const reset = clock.cycles.length > 0 ? matchRule(model.reset, events) : undefined;
    if (reset) {
      if (clock.open) clock.closeCycle(at, moment.priority);
      clock.openCycle(at);
      steps.push({ at, action: 'reset', event: reset.event, rule: `reset[${reset.ruleIndex}]` });
    }
    if (!clock.open) continue;
    const priorityChange = events.find((e) => e.kind === 'priorityChanged');
    if (priorityChange) {
      steps.push({ at, action: 'targetChanged', event: priorityChange, priority: moment.priority });
    }
    const statusRule = pausingStatusRule(model.pause, moment.status);
    const cause: ClockStep | undefined =
      clock.eventPause ??
      (statusRule < 0
        ? undefined
        : {
            at,
            action: 'pause',
            event: events.find((e) => e.kind === 'statusEntered'),
            rule: `pause[${statusRule}]`,
            status: moment.status,
          });
    if (cause && !clock.paused) {
      clock.setPaused(at, true);
      steps.push(cause);
    } else if (!cause && clock.paused) {
      clock.setPaused(at, false);
      const change = events.find((e) => e.kind === 'statusEntered');
      steps.push({ at, action: 'resume', ...(change && { event: change }), status: moment.status });
    }
  }
  clock.book(now);
  return { cycles: clock.cycles, paused: clock.open !== null && clock.paused, steps };
}

const relevantByModel = new WeakMap<ActionModel, ReadonlySet<EventKind>>();

/**
 * The event kinds that can change this model's clock: those its rules name, status entries
 * when a pause holds by status, and priority changes (the target follows the priority).
 */
function relevantEvents(model: ActionModel): ReadonlySet<EventKind> {
  let kinds = relevantByModel.get(model);
  if (!kinds) {
    const found = new Set<EventKind>(['priorityChanged']);
    const rules = [model.start, model.pause, model.resume, model.stop, model.reset].flatMap(
      (r) => r ?? [],
    );
    for (const rule of rules) found.add('on' in rule ? rule.on : 'statusEntered');
    relevantByModel.set(model, (kinds = found));
  }
  return kinds;
}

/** The mutable state of a goal's clock while the moments are replayed. */
class Clock {
  readonly cycles: ClockCycle[] = [];
  readonly steps: ClockStep[] = [];
  open: ClockCycle | null = null;
  paused = false;
  /** The event pause in force, which only a resume rule lifts. */
  eventPause: ClockStep | undefined;
  /** Since when the open cycle has been in its current state (running or paused). */
  private since = 0;

  constructor(private readonly calendar: BusinessCalendar) {}

  /** Books the business time since the last change to the open cycle, in its current state. */
  book(t: number): void {
    const cycle = this.open;
    if (!cycle || t <= this.since) return;
    const amount = businessTimeBetween(this.calendar, this.since, t);
    if (this.paused) cycle.pausedMs += amount;
    else {
      cycle.elapsedMs += amount;
      cycle.running.push([this.since, t]);
    }
    this.since = t;
  }

  openCycle(t: number): void {
    this.open = {
      start: t,
      stop: null,
      elapsedMs: 0,
      pausedMs: 0,
      running: [],
      priorityAtStop: null,
    };
    this.cycles.push(this.open);
    this.paused = false;
    this.eventPause = undefined;
    this.since = t;
  }

  closeCycle(t: number, priority: string): void {
    this.book(t);
    this.open!.stop = t;
    this.open!.priorityAtStop = priority;
    this.open = null;
  }

  setPaused(t: number, paused: boolean): void {
    this.book(t);
    this.paused = paused;
  }
}
