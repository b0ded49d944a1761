/**
 * A calendar's opening hours in words for the customer portal: "Mon–Fri 08:00–16:00 Copenhagen
 * time, except public holidays", "around the clock".
 */
import {
  WEEKDAYS,
  type CalendarDefinition,
  type OpeningRange,
  type Weekday,
} from '../calendar/types';

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A day's ranges as minutes `[start, end)`, sorted and with touching or overlapping ranges
 * merged: 00:00–12:00 and 12:00–24:00 are one range, 00:00–24:00, as the customer lives them.
 */
export function mergedRanges(ranges: readonly OpeningRange[] | undefined): [number, number][] {
  const sorted = (ranges ?? [])
    .map(([start, end]): [number, number] => [minutesOf(start), minutesOf(end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A day's merged ranges as "08:00–12:00 and 13:00–16:00"; '' when closed. */
function dayRanges(ranges: readonly OpeningRange[] | undefined): string {
  return mergedRanges(ranges)
    .map(([start, end]) => `${clock(start)}–${clock(end)}`)
    .join(' and ');
}

/** Open all day every day of the week (holidays aside). */
function openAllWeek(calendar: CalendarDefinition): boolean {
  const week = calendar.week;
  if (week === 'always') return true;
  return WEEKDAYS.every((day) => dayRanges(week[day]) === '00:00–24:00');
}

/**
 * Whether business time on this calendar is wall-clock time: open all day, every day, and no
 * holiday closes it. Then a target is said without "business" ("2 hours").
 */
export function isAroundTheClock(calendar: CalendarDefinition): boolean {
  return openAllWeek(calendar) && (calendar.holidaySets ?? []).length === 0;
}

/**
 * How a reader names a time zone: "Europe/Copenhagen" is "Copenhagen time",
 * "America/Argentina/Buenos_Aires" is "Buenos Aires time", UTC is "UTC". The POSIX-style
 * `Etc/GMT+5` is five hours BEHIND UTC (the sign is inverted), so it is "UTC−5", as
 * `Intl.DateTimeFormat` names it ("GMT-5").
 */
export function timeZoneWords(timeZone: string): string {
  if (/^(Etc\/)?(UTC|GMT|Zulu|Universal|UCT|Greenwich|GMT[+-]?0|GMT0)$/i.test(timeZone))
    return 'UTC';
  const fixed = /^(?:Etc\/)?GMT([+-])(\d{1,2})$/i.exec(timeZone);
  if (fixed) return `UTC${fixed[1] === '+' ? '\u2212' : '+'}${Number(fixed[2])}`;
  const city = timeZone.split('/').pop()!.replace(/_/g, ' ');
  return `${city} time`;
}

/**
 * What a calendar with no opening hours at all says: its business time never runs, and
 * "never open" would read as a broken promise inside "We respond within 2 business hours, …".
 */
export const NO_HOURS_WORDS = 'when we are open';

/**
 * The weekly hours, consecutive weekdays with the same ranges grouped ("Mon–Fri 08:00–16:00,
 * Sat 09:00–13:00"), in the calendar's zone; "except public holidays" when holiday sets close
 * it. A 24×7 calendar is "around the clock"; one with no hours at all "when we are open".
 *
 * @example openingHoursWords(dkOffice) // 'Mon–Fri 08:00–16:00 Copenhagen time, except public holidays'
 */
export function openingHoursWords(calendar: CalendarDefinition): string {
  const holidays = (calendar.holidaySets ?? []).length > 0 ? ', except public holidays' : '';
  if (openAllWeek(calendar)) return `around the clock${holidays}`;
  const week = calendar.week as Exclude<CalendarDefinition['week'], 'always'>;
  const groups: { first: Weekday; last: Weekday; ranges: string }[] = [];
  for (const day of WEEKDAYS) {
    const ranges = dayRanges(week[day]);
    const previous = groups[groups.length - 1];
    const follows =
      previous !== undefined && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (ranges !== '' && follows && previous.ranges === ranges) previous.last = day;
    else if (ranges !== '') groups.push({ first: day, last: day, ranges });
  }
  if (groups.length === 0) return NO_HOURS_WORDS;
  const days = groups
    .map(({ first, last, ranges }) => {
      const span = first === last ? DAY_NAMES[first] : `${DAY_NAMES[first]}–${DAY_NAMES[last]}`;
      return `${span} ${ranges}`;
    })
    .join(', ');
  return `${days} ${timeZoneWords(calendar.timeZone)}${holidays}`;
}
