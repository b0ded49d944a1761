/**
 * A deliberately naive business calendar: it reads the wall clock of every single minute with
 * `Intl.DateTimeFormat` and checks it against the weekly hours and the holidays. It shares no
 * time-zone or interval code with the engine, which makes it the yardstick the property tests
 * and the benchmark compare the engine with. All instants must be whole minutes.
 */
import { holidayClosures } from '../../src/domain/calendar/holidayClosures';
import { parseLocalTime } from '../../src/domain/calendar/localTime';
import {
  WEEKDAYS,
  type CalendarDefinition,
  type HolidaySet,
} from '../../src/domain/calendar/types';

export const MINUTE = 60_000;

export interface NaiveCalendar {
  isOpen(t: number): boolean;
  add(from: number, amount: number): number;
  between(from: number, to: number): number;
  /** First instant ≥ t where the calendar goes from closed to open, within `horizon` ms. */
  nextOpening(t: number, horizon: number): number | null;
  /** First instant ≥ t where the calendar goes from open to closed, within `horizon` ms. */
  nextClosing(t: number, horizon: number): number | null;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function naiveCalendar(
  definition: CalendarDefinition,
  holidaySets: readonly HolidaySet[],
): NaiveCalendar {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: definition.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  });
  const sets = holidaySets.filter((set) => definition.holidaySets?.includes(set.id));
  const closuresByYear = new Map<number, Map<number, number>>();
  const closures = (year: number) => {
    let closures = closuresByYear.get(year);
    if (!closures) closuresByYear.set(year, (closures = holidayClosures(sets, year)));
    return closures;
  };

  const isOpen = (t: number): boolean => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(t))) parts[part.type] = part.value;
    const minuteOfDay = Number(parts.hour) * 60 + Number(parts.minute);
    const year = Number(parts.year);
    const day = Math.floor(Date.UTC(year, Number(parts.month) - 1, Number(parts.day)) / 86_400_000);
    const closedFrom = closures(year).get(day);
    if (closedFrom !== undefined && minuteOfDay >= closedFrom) return false;
    if (definition.week === 'always') return true;
    const weekday = WEEKDAYS[WEEKDAY_NAMES.indexOf(parts.weekday ?? '')]!;
    return (definition.week[weekday] ?? []).some(([start, end]) => {
      const from = parseLocalTime(start)!;
      const to = parseLocalTime(end, true)!;
      return minuteOfDay >= from && minuteOfDay < to;
    });
  };

  return {
    isOpen,
    add(from, amount) {
      let left = amount;
      let t = from;
      while (left > 0) {
        if (isOpen(t)) left -= MINUTE;
        t += MINUTE;
      }
      return t;
    },
    between(from, to) {
      let open = 0;
      for (let t = Math.min(from, to); t < Math.max(from, to); t += MINUTE) {
        if (isOpen(t)) open += MINUTE;
      }
      return to < from ? -open : open;
    },
    nextOpening(t, horizon) {
      let before = isOpen(t - MINUTE);
      for (let u = t; u <= t + horizon; u += MINUTE) {
        const now = isOpen(u);
        if (now && !before) return u;
        before = now;
      }
      return null;
    },
    nextClosing(t, horizon) {
      let before = isOpen(t - MINUTE);
      for (let u = t; u <= t + horizon; u += MINUTE) {
        const now = isOpen(u);
        if (!now && before) return u;
        before = now;
      }
      return null;
    },
  };
}
