/**
 * A customer-facing goal's state in one short phrase for the portal: "Not started", "On track",
 * "Due soon", "Overdue", "Paused: waiting for your reply", "Met", "Missed".
 */
import type { GoalEvaluation } from '../sla/types';

/** Where "Due soon" begins for a goal that sets no warning thresholds. */
export const DEFAULT_DUE_SOON_FRACTION = 0.75;

/**
 * The fraction of the target from which a running goal is "Due soon": the goal's last (highest)
 * warning threshold, the one the team treats as urgent; 0.75 when the goal has none. The
 * customer is told no earlier than the team is warned for the last time.
 */
export function dueSoonFraction(warnAt: readonly number[] | undefined): number {
  const fractions = (warnAt ?? []).filter((f) => Number.isFinite(f) && f > 0 && f <= 1);
  return fractions.length === 0 ? DEFAULT_DUE_SOON_FRACTION : Math.max(...fractions);
}

/** A running goal's words, which the portal's lozenge follows too. */
export const RUNNING_GOAL_WORDS = {
  onTrack: 'On track',
  dueSoon: 'Due soon',
  overdue: 'Overdue',
} as const;

type StatedGoal = Pick<GoalEvaluation, 'state' | 'breached' | 'elapsedMs' | 'targetMs'>;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The state text of a goal. A running goal is "Overdue" once breached, "Due soon" once its
 * elapsed time reaches `dueSoonFraction(warnAt)` of the target, else "On track". A paused goal
 * says why ("Paused: waiting for your reply"; a reason that says "paused" itself is only
 * capitalised: "Paused while the request is On hold").
 */
export function goalStateText(
  goal: StatedGoal,
  warnAt: readonly number[] | undefined,
  pausedReason: string | null,
): string {
  switch (goal.state) {
    case 'notStarted':
      return 'Not started';
    case 'running':
      if (goal.breached) return RUNNING_GOAL_WORDS.overdue;
      return goal.elapsedMs >= dueSoonFraction(warnAt) * goal.targetMs
        ? RUNNING_GOAL_WORDS.dueSoon
        : RUNNING_GOAL_WORDS.onTrack;
    case 'paused': {
      const reason = pausedReason ?? 'on hold';
      return reason.startsWith('paused') ? capitalised(reason) : `Paused: ${reason}`;
    }
    case 'met':
      return 'Met';
    case 'missed':
      return 'Missed';
  }
}
