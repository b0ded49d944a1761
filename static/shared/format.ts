/** Text for durations and instants as the screens show them. */

// Business time and wall-clock time are said differently (see the module): keep them apart.
export { formatBusinessTime, formatWallTime } from '../../src/domain/durationText';

/** An instant in the viewer's time zone: `Tue 10 Mar 10:30`. */
export function formatInstantIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The months' English names, January first (a month number m is `MONTH_NAMES[m - 1]`). */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
