import { formatDuration } from '../contract';
import { describeEvent } from './describeEvent';
import type { GoalClock } from './goalClock';
import type { ExplanationStep, GoalEvaluation } from './types';

/**
 * The goal's timeline in words: what started, paused, resumed, stopped and reset the clock,
 * which event and which rule did it, and when warnings and the breach fell. Sorted by time;
 * at one instant, in the order the rules applied.
 */
export function explainGoal(
  clock: GoalClock,
  figures: Omit<GoalEvaluation, 'explanation'>,
): ExplanationStep[] {
  const steps: ExplanationStep[] = clock.steps.map((step) => ({
    at: new Date(step.at).toISOString(),
    action: step.action,
    ...(step.event && {
      event: describeEvent(step.event),
      ...(step.event.historyIndex !== undefined && { historyIndex: step.event.historyIndex }),
    }),
    ...(step.rule && { rule: step.rule }),
    text: step.text,
  }));
  for (const warning of figures.warnings) {
    if (!warning.reached || !warning.at) continue;
    steps.push({
      at: warning.at,
      action: 'warning',
      text: `${Math.round(warning.fraction * 100)} % of the target (${formatDuration(Math.round(figures.targetMs * warning.fraction))}) used.`,
    });
  }
  if (figures.breachedAt) {
    steps.push({
      at: figures.breachedAt,
      action: 'breach',
      text: `Target of ${formatDuration(figures.targetMs)} business time exceeded.`,
    });
  }
  // Stable sort: steps at the same instant keep the order in which the clock took them.
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
