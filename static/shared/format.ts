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

/**
 * A person as the screens show one: the display name the resolver looked up (as the viewer, so
 * Jira's privacy rules apply), or the Atlassian account id when Jira gave no name.
 */
export const personName = (
  names: Readonly<Record<string, string>> | undefined,
  accountId: string,
): string => names?.[accountId] ?? accountId;

/**
 * A person beside the account id a record keeps (the issued management review: its records
 * stay as issued): `Astrid Admin (acc-admin)`, or the id alone when Jira gave no name.
 */
export const personBesideId = (
  names: Readonly<Record<string, string>> | undefined,
  accountId: string,
): string => (names?.[accountId] ? `${names[accountId]} (${accountId})` : accountId);
