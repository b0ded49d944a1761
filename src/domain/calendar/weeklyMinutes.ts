import { MINUTES_PER_DAY, parseLocalTime } from './localTime';
import { WEEKDAYS, type WeeklyHours } from './types';

/** Opening ranges of one weekday as `[startMinute, endMinute)` pairs, sorted and merged. */
export type DayRanges = ReadonlyArray<readonly [number, number]>;

/**
 * Turns weekly hours into minute ranges per weekday (index 0 = Monday). Assumes the hours
 * were validated; touching ranges (`08:00–12:00`, `12:00–16:00`) are merged.
 */
export function weeklyMinutes(week: WeeklyHours): DayRanges[] {
  return WEEKDAYS.map((weekday) => {
    if (week === 'always') return [[0, MINUTES_PER_DAY]];
    const ranges = (week[weekday] ?? [])
      .map(([start, end]): [number, number] => [
        parseLocalTime(start) ?? 0,
        parseLocalTime(end, true) ?? 0,
      ])
      .filter(([start, end]) => end > start)
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    return merged;
  });
}
