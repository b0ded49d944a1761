import { formatBusinessTime } from '../durationText';
import { formatInstant } from '../instant';
import { describeEvent } from './describeEvent';
import type { ClockStep, GoalClock } from './goalClock';
import type { ExplanationStep, GoalEvaluation } from './types';

/**
 * The goal's timeline in words: what started, paused, resumed, stopped and reset the clock,
 * which event and which rule of the action model did it, and when warnings and the breach
 * fell. Sorted by time; at one instant, in the order the rules applied.
 */
export function explainGoal(
  clock: GoalClock,
  actionModel: string,
  figures: Omit<GoalEvaluation, 'explanation'>,
): ExplanationStep[] {
  const steps: ExplanationStep[] = clock.steps.map((step) => ({
    at: formatInstant(step.at),
    action: step.action,
    ...(step.event && {
      event: describeEvent(step.event),
      ...(step.event.historyIndex !== undefined && { historyIndex: step.event.historyIndex }),
    }),
    ...(step.rule && { rule: `actionModels[${actionModel}].${step.rule}` }),
    text: sentence(step),
  }));
  for (const warning of figures.warnings) {
    if (!warning.reached || !warning.at) continue;
    const amount = formatBusinessTime(Math.round(figures.targetMs * warning.fraction));
    steps.push({
      at: warning.at,
      action: 'warning',
      text: `${Math.round(warning.fraction * 100)} % of the target used (${amount}).`,
    });
  }
  if (figures.breachedAt) {
    steps.push({
      at: figures.breachedAt,
      action: 'breach',
      text: `Target of ${formatBusinessTime(figures.targetMs)} of business time exceeded.`,
    });
  }
  // Stable sort: steps at one instant keep the order in which the clock took them.
  return steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function sentence(step: ClockStep): string {
  const cause = step.event ? describeEvent(step.event) : '';
  switch (step.action) {
    case 'start':
      return `Clock started: ${cause}.`;
    case 'stop':
      return `Clock stopped: ${cause}.`;
    case 'reset':
      return `Clock reset, a new cycle starts: ${cause}.`;
    case 'targetChanged':
      return `Priority changed to "${step.priority}": the target follows, elapsed time is kept.`;
    case 'pause':
      return step.status !== undefined
        ? `Clock paused: status is "${step.status}".`
        : `Clock paused: ${cause}; it waits for a resume rule.`;
    case 'resume':
      return step.status !== undefined
        ? `Clock resumed: status is "${step.status}", no pause rule holds.`
        : `Pause lifted: ${cause}.`;
  }
}
