/** How the portal's views say instants, dates and goal states to a customer. */
import type { PortalGoalView } from '../../../src/resolvers/portalViews';
import { timeZoneWords } from '../../../src/domain/portal/openingHoursWords';
import { RUNNING_GOAL_WORDS } from '../../../src/domain/portal/requestStatusWords';
import type { LozengeAppearance } from '../../shared/components/Lozenge';
import { formatInstantIn, MONTH_NAMES } from '../../shared/format';

/** An instant in the customer's zone, naming the zone: "Tue 10 Mar 10:30 Copenhagen time". */
export function instantWithZone(iso: string, timeZone: string): string {
  return `${formatInstantIn(iso, timeZone)} ${timeZoneWords(timeZone)}`;
}

/**
 * A goal's state as a short label and colour; the colour never says it alone. The label follows
 * the resolver's words (`stateText`, from goalStateText in src/domain/portal/requestStatusWords):
 * a running goal it calls "Due soon" shows "Due soon" in the warning colour, never "On track"
 * beside those words.
 */
export function goalStateLabel(goal: Pick<PortalGoalView, 'state' | 'breached' | 'stateText'>): {
  text: string;
  appearance: LozengeAppearance;
} {
  const { state, breached } = goal;
  if (state === 'met') return { text: 'Met', appearance: 'success' };
  if (state === 'missed' || breached) {
    return { text: state === 'missed' ? 'Missed' : 'Overdue', appearance: 'removed' };
  }
  if (state === 'paused') return { text: 'Paused', appearance: 'moved' };
  if (state === 'running') {
    const words = goal.stateText.trim().toLowerCase();
    const { overdue, dueSoon, onTrack } = RUNNING_GOAL_WORDS;
    if (words === overdue.toLowerCase()) return { text: overdue, appearance: 'removed' };
    if (words === dueSoon.toLowerCase()) return { text: dueSoon, appearance: 'moved' };
    return { text: onTrack, appearance: 'inprogress' };
  }
  return { text: 'Not started', appearance: 'default' };
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A calendar date `YYYY-MM-DD` as "1 January 2026". */
export const dateWords = (date: string): string => DAY.format(new Date(`${date}T00:00:00Z`));

/** The day before an exclusive end date: an agreement valid to 2027-01-01 ends 31 December 2026. */
export function lastDayBefore(exclusiveEnd: string): string {
  const t = Date.parse(`${exclusiveEnd}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** An agreement's validity in words. */
export function validityWords(validFrom: string, validTo: string | null): string {
  return validTo === null
    ? `From ${dateWords(validFrom)}, until further notice`
    : `${dateWords(validFrom)} to ${dateWords(lastDayBefore(validTo))}`;
}

/** A report's month `YYYY-MM` as "March 2026". */
export function periodWords(period: string): string {
  const [year, month] = period.split('-');
  const name = MONTH_NAMES[Number(month) - 1];
  return name ? `${name} ${year}` : period;
}

/** The day an instant fell on, in the reader's own zone: "2 April 2026". */
export const instantDateWords = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
