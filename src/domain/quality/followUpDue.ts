/**
 * When a follow-up is due: its business time (`dueIn`, ISO 8601) added in the calendar the
 * settings name, and how far past due an open one is, in that calendar's business time. Without
 * a calendar the time runs around the clock in UTC.
 */
import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from '../calendar';
import { parseDuration } from '../contract/duration';
import { formatBusinessTime } from '../durationText';

export interface FollowUpDue {
  /** The exact due instant, epoch ms. */
  readonly dueAt: number;
  /** Jira's `duedate`: the due instant's date in the calendar's time zone, `YYYY-MM-DD`. */
  readonly dueDate: string;
}

/** The due instant of a follow-up started at `from`, and its date for Jira. */
export function followUpDue(
  calendar: BusinessCalendar | null,
  from: number,
  dueIn: string,
): FollowUpDue {
  const amount = parseDuration(dueIn);
  if (amount === undefined) throw new RangeError(`not an ISO 8601 duration: ${dueIn}`);
  const dueAt = calendar ? addBusinessTime(calendar, from, amount) : from + amount;
  return { dueAt, dueDate: localDate(dueAt, calendar?.definition.timeZone ?? 'UTC') };
}

/** Business time past due at `now` (0 while not due), in the same calendar. */
export function businessTimeOverdue(
  calendar: BusinessCalendar | null,
  dueAt: number,
  now: number,
): number {
  if (now <= dueAt) return 0;
  return calendar ? businessTimeBetween(calendar, dueAt, now) : now - dueAt;
}

/** "overdue by 3h of business time", "due in 2h 15m of business time". */
export function dueText(calendar: BusinessCalendar | null, dueAt: number, now: number): string {
  if (now > dueAt) {
    return `overdue by ${formatBusinessTime(businessTimeOverdue(calendar, dueAt, now))} of business time`;
  }
  const left = calendar ? businessTimeBetween(calendar, now, dueAt) : dueAt - now;
  return `due in ${formatBusinessTime(left)} of business time`;
}

/** The date of instant `t` in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(t: number, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(t);
}
