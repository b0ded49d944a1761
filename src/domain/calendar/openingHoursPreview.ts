import { MS_PER_DAY, parseIsoDate, weekdayIndex } from './civilDate';
import { holidayDay } from './holidayClosures';
import { parseLocalTime } from './localTime';
import { WEEKDAYS, type CalendarDefinition, type HolidaySet } from './types';

/** One local date of a calendar: its opening ranges after holidays, and the holiday, if any. */
export interface OpeningDay {
  /** `YYYY-MM-DD`, the calendar's local date. */
  readonly date: string;
  readonly weekday: (typeof WEEKDAYS)[number];
  /** Local `HH:MM` ranges the calendar is open. */
  readonly ranges: readonly (readonly [string, string])[];
  /** The holiday that closes the day or part of it. */
  readonly holiday?: { readonly name: string; readonly closedFrom?: string };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The opening hours of `days` local dates from `from`, as the admin page previews them: the
 * weekly ranges cut by holidays (the earliest closure of the day wins), with the holiday named.
 *
 * @example openingHoursPreview(office, [DENMARK], '2026-12-23', 3)[1]
 * // { date: '2026-12-24', weekday: 'thu', ranges: [], holiday: { name: 'Juleaftensdag (customary)' } }
 */
export function openingHoursPreview(
  calendar: CalendarDefinition,
  holidaySets: readonly HolidaySet[],
  from: string,
  days: number,
): OpeningDay[] {
  const first = parseIsoDate(from);
  if (first === undefined) throw new RangeError(`not a date: ${from}`);
  const sets = holidaySets.filter((set) => calendar.holidaySets?.includes(set.id));
  const preview: OpeningDay[] = [];
  for (let day = first; day < first + days; day++) {
    const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const weekday = WEEKDAYS[weekdayIndex(day)]!;
    let holiday: { name: string; closedFrom?: string; minute: number } | undefined;
    for (const set of sets) {
      for (const rule of set.rules) {
        const years = rule.type === 'easter' ? [year - 1, year, year + 1] : [year];
        if (!years.some((y) => holidayDay(rule, y) === day)) continue;
        const minute = rule.closedFrom === undefined ? 0 : (parseLocalTime(rule.closedFrom) ?? 0);
        if (!holiday || minute < holiday.minute) {
          holiday = {
            name: rule.name ?? set.name ?? set.id,
            minute,
            ...(rule.closedFrom && { closedFrom: rule.closedFrom }),
          };
        }
      }
    }
    const weekly =
      calendar.week === 'always' ? [['00:00', '24:00'] as const] : (calendar.week[weekday] ?? []);
    const ranges = weekly
      .map(([start, end]) => [parseLocalTime(start)!, parseLocalTime(end, true)!] as const)
      .map(([start, end]) => [start, holiday ? Math.min(end, holiday.minute) : end] as const)
      .filter(([start, end]) => end > start)
      .sort((a, b) => a[0] - b[0])
      .map(([start, end]) => [hhmm(start), hhmm(end)] as const);
    preview.push({
      date,
      weekday,
      ranges,
      ...(holiday && {
        holiday: {
          name: holiday.name,
          ...(holiday.closedFrom && { closedFrom: holiday.closedFrom }),
        },
      }),
    });
  }
  return preview;
}
