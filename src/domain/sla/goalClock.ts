import type { BusinessCalendar } from '../calendar/businessCalendar';
import { BusinessTimeMeter } from '../calendar/businessTimeMeter';
import type { ActionModel } from '../contract/types';
import { CompiledActionModel } from './compiledActionModel';
import { KIND_BIT, type IssueEvent, type Moment } from './issueTimeline';

const PRIORITY_CHANGED = KIND_BIT.priorityChanged;

/** A wall-clock stretch `[from, to)` in which a cycle's clock ran, with the business time in it. */
export interface RunningStretch {
  readonly from: number;
  readonly to: number;
  readonly businessMs: number;
}

/** One measurement of a goal, from a start (or reset) to a stop, in epoch ms. */
export interface ClockCycle {
  readonly start: number;
  stop: number | null;
  /** Business time the clock ran, up to the stop or `now`. */
  elapsedMs: number;
  /** Business time the clock was parked. */
  pausedMs: number;
  /** The stretches in which the clock ran, to find when amounts were reached. */
  readonly running: RunningStretch[];
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
  /** What the clock did and why; only recorded when asked for (it is only read by explanations). */
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
  actionModel: ActionModel,
  calendar: BusinessCalendar,
  moments: readonly Moment[],
  now: number,
  recordSteps = false,
): GoalClock {
  const model = CompiledActionModel.of(actionModel);
  const clock = new Clock(calendar);
  // `steps?.push(…)` neither builds nor records a step when steps are not recorded.
  const steps: ClockStep[] | undefined = recordSteps ? [] : undefined;
  for (const moment of moments) {
    // Most moments (comments, field edits) touch no rule of this model: nothing can change.
    if ((moment.kinds & model.relevantKinds) === 0) continue;
    const { at, events } = moment;
    const start = model.start.match(moment);
    if (start && !clock.open) {
      clock.openCycle(at);
      steps?.push({ at, action: 'start', event: start.event, rule: start.rule.name });
    }
    if (clock.open && clock.eventPause) {
      const resume = model.resume.match(moment);
      if (resume) {
        clock.eventPause = undefined;
        steps?.push({ at, action: 'resume', event: resume.event, rule: resume.rule.name });
      }
    }
    if (clock.open && !clock.eventPause) {
      const pause = model.pause.match(moment);
      if (pause) {
        clock.eventPause = { at, action: 'pause', event: pause.event, rule: pause.rule.name };
      }
    }
    const stop = clock.open ? model.stop.match(moment) : undefined;
    if (stop) {
      clock.closeCycle(at, moment.priority);
      steps?.push({ at, action: 'stop', event: stop.event, rule: stop.rule.name });
    }
    const reset = clock.cycles.length > 0 ? model.reset.match(moment) : undefined;
    if (reset) {
      if (clock.open) clock.closeCycle(at, moment.priority);
      clock.openCycle(at);
      steps?.push({ at, action: 'reset', event: reset.event, rule: reset.rule.name });
    }
    if (!clock.open) continue;
    if (moment.kinds & PRIORITY_CHANGED) {
      steps?.push({
        at,
        action: 'targetChanged',
        event: events.find((e) => e.kind === 'priorityChanged'),
        priority: moment.priority,
      });
    }
    const statusRule = model.pausingRule(moment.status);
    const pauseHolds = clock.eventPause !== undefined || statusRule >= 0;
    if (pauseHolds && !clock.paused) {
      clock.setPaused(at, true);
      steps?.push(
        clock.eventPause ?? {
          at,
          action: 'pause',
          event: events.find((e) => e.kind === 'statusEntered'),
          rule: `pause[${statusRule}]`,
          status: moment.status,
        },
      );
    } else if (!pauseHolds && clock.paused) {
      clock.setPaused(at, false);
      steps?.push(statusResumeStep(moment));
    }
  }
  clock.book(now);
  return { cycles: clock.cycles, paused: clock.open !== null && clock.paused, steps: steps ?? [] };
}

/** A resume because no pause holds any more, with the status change behind it if there is one. */
function statusResumeStep(moment: Moment): ClockStep {
  const change = moment.events.find((e) => e.kind === 'statusEntered');
  return {
    at: moment.at,
    action: 'resume',
    ...(change && { event: change }),
    status: moment.status,
  };
}

/** The mutable state of a goal's clock while the moments are replayed. */
class Clock {
  readonly cycles: ClockCycle[] = [];
  open: ClockCycle | null = null;
  paused = false;
  /** The event pause in force, which only a resume rule lifts. */
  eventPause: ClockStep | undefined;
  /** Since when the open cycle has been in its current state (running or paused). */
  private since = 0;
  /** Measures the business time from `since`. */
  private readonly meter: BusinessTimeMeter;

  constructor(calendar: BusinessCalendar) {
    this.meter = new BusinessTimeMeter(calendar);
  }

  /** Books the business time since the last change to the open cycle, in its current state. */
  book(t: number): void {
    const cycle = this.open;
    if (!cycle || t <= this.since) return;
    const amount = this.meter.measureTo(t);
    if (this.paused) cycle.pausedMs += amount;
    else {
      cycle.elapsedMs += amount;
      cycle.running.push({ from: this.since, to: t, businessMs: amount });
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
    this.meter.startAt(t);
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
