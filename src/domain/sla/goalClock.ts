import { businessTimeBetween, type BusinessCalendar } from '../calendar';
import type { ActionModel } from '../contract';
import { describeEvent } from './describeEvent';
import type { IssueEvent, Moment } from './issueTimeline';
import { matchRule, pausingStatusRule, type RuleMatch } from './matchRule';

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

/** A raw line of the goal's timeline; `explainGoal` words the thresholds beside it. */
export interface ClockStep {
  readonly at: number;
  readonly action: 'start' | 'pause' | 'resume' | 'stop' | 'reset' | 'targetChanged';
  readonly event?: IssueEvent;
  readonly rule?: string;
  readonly text: string;
}

export interface GoalClock {
  readonly cycles: readonly ClockCycle[];
  /** A pause holds at `now` (only meaningful while the last cycle is open). */
  readonly paused: boolean;
  readonly steps: readonly ClockStep[];
}

type PauseCause = { event?: IssueEvent; rule: string; text: string };

/**
 * Runs one goal's clock over the issue's moments with its action model, up to `now`. At each
 * instant the rules apply in the documented order: start, resume, pause, stop, reset; a
 * `whileStatus` pause is then checked against the status after that instant. Business time is
 * only measured where the clock changes state, so the cost grows with state changes, not with
 * history length.
 */
export function runGoalClock(
  model: ActionModel,
  calendar: BusinessCalendar,
  moments: readonly Moment[],
  now: number,
): GoalClock {
  const cycles: ClockCycle[] = [];
  const steps: ClockStep[] = [];
  const rulePath = (kind: string, i: number) => `actionModels[${model.id}].${kind}[${i}]`;
  // Assigned inside the helpers below: the cast stops TypeScript narrowing it to `null`.
  let open = null as ClockCycle | null;
  let paused = false;
  let eventPause = null as PauseCause | null;
  let since = 0;

  /** Books the time since the last change to the open cycle, in its current state. */
  const advance = (t: number) => {
    if (!open || t <= since) return;
    if (paused) open.pausedMs += businessTimeBetween(calendar, since, t);
    else {
      open.elapsedMs += businessTimeBetween(calendar, since, t);
      open.running.push([since, t]);
    }
    since = t;
  };

  const step = (
    at: number,
    action: ClockStep['action'],
    match: RuleMatch | undefined,
    kind: string,
    text: string,
  ) =>
    steps.push({
      at,
      action,
      ...(match && { event: match.event, rule: rulePath(kind, match.ruleIndex) }),
      text,
    });

  const openCycle = (t: number) => {
    open = { start: t, stop: null, elapsedMs: 0, pausedMs: 0, running: [], priorityAtStop: null };
    cycles.push(open);
    paused = false;
    eventPause = null;
    since = t;
  };

  const closeCycle = (t: number, priority: string) => {
    advance(t);
    open!.stop = t;
    open!.priorityAtStop = priority;
    open = null;
  };

  for (const moment of moments) {
    const t = moment.at;
    advance(t);
    const { events } = moment;

    const start = matchRule(model.start, events);
    if (start && !open) {
      openCycle(t);
      step(t, 'start', start, 'start', `Clock started: ${describeEvent(start.event)}.`);
    }
    const resume: RuleMatch | undefined =
      open && eventPause ? matchRule(model.resume, events) : undefined;
    if (resume) {
      eventPause = null;
      step(t, 'resume', resume, 'resume', `Pause lifted: ${describeEvent(resume.event)}.`);
    }
    const pause: RuleMatch | undefined =
      open && !eventPause ? matchRule(model.pause, events) : undefined;
    if (pause) {
      eventPause = {
        event: pause.event,
        rule: rulePath('pause', pause.ruleIndex),
        text: describeEvent(pause.event),
      };
    }
    const stop = open ? matchRule(model.stop, events) : undefined;
    if (stop) {
      closeCycle(t, moment.priority);
      step(t, 'stop', stop, 'stop', `Clock stopped: ${describeEvent(stop.event)}.`);
    }
    const reset = cycles.length > 0 ? matchRule(model.reset, events) : undefined;
    if (reset) {
      if (open) closeCycle(t, moment.priority);
      openCycle(t);
      step(
        t,
        'reset',
        reset,
        'reset',
        `Clock reset, a new cycle starts: ${describeEvent(reset.event)}.`,
      );
    }
    if (events.some((e) => e.kind === 'priorityChanged') && open) {
      steps.push({
        at: t,
        action: 'targetChanged',
        event: events.find((e) => e.kind === 'priorityChanged')!,
        text: `Priority changed to "${moment.priority}": the target follows, elapsed time is kept.`,
      });
    }
    if (open) {
      const statusRule = pausingStatusRule(model.pause, moment.status);
      const cause: PauseCause | null =
        eventPause ??
        (statusRule >= 0
          ? {
              event: events.find((e) => e.kind === 'statusEntered'),
              rule: rulePath('pause', statusRule),
              text: `status is "${moment.status}"`,
            }
          : null);
      if (cause && !paused) {
        paused = true;
        steps.push({
          at: t,
          action: 'pause',
          ...(cause.event && { event: cause.event }),
          rule: cause.rule,
          text: `Clock paused: ${cause.text}.`,
        });
      } else if (!cause && paused) {
        paused = false;
        const left = events.find((e) => e.kind === 'statusLeft' || e.kind === 'statusEntered');
        steps.push({
          at: t,
          action: 'resume',
          ...(left && { event: left }),
          text: `Clock resumed: status is "${moment.status}", no pause rule holds.`,
        });
      }
    }
  }
  advance(now);
  return { cycles, paused: open !== null && paused, steps };
}
