import { field, index, isRecord, jsonType, type ValidationError } from '../validation';
import { parseLocalTime } from './localTime';
import { isTimeZone } from './timeZone';
import { WEEKDAYS } from './types';

/**
 * Checks a calendar as it arrives from JSON and returns every problem with its path: unknown
 * time zone, malformed times, a range that ends before it starts, overlapping ranges, unknown
 * holiday sets, a week without any opening hours. An empty list means the calendar is valid.
 *
 * @example
 * validateCalendar({ id: 'x', timeZone: 'Mars/Base', week: 'always' }, new Set(), '$.calendars[0]');
 * // [{ path: '$.calendars[0].timeZone', message: 'unknown time zone "Mars/Base"' }]
 */
export function validateCalendar(
  input: unknown,
  knownHolidaySets: ReadonlySet<string>,
  path = '$',
): ValidationError[] {
  if (!isRecord(input)) return [{ path, message: `must be an object, got ${jsonType(input)}` }];
  const errors: ValidationError[] = [];
  if (typeof input.id !== 'string' || input.id === '') {
    errors.push({ path: field(path, 'id'), message: 'must be a non-empty string' });
  }
  if (typeof input.timeZone !== 'string') {
    errors.push({ path: field(path, 'timeZone'), message: 'must be an IANA time zone name' });
  } else if (!isTimeZone(input.timeZone)) {
    errors.push({
      path: field(path, 'timeZone'),
      message: `unknown time zone "${input.timeZone}"`,
    });
  }
  errors.push(...validateWeek(input.week, field(path, 'week')));
  errors.push(...validateHolidaySetIds(input.holidaySets, knownHolidaySets, path));
  return errors;
}

function validateWeek(week: unknown, path: string): ValidationError[] {
  if (week === 'always') return [];
  if (!isRecord(week)) {
    return [{ path, message: 'must be "always" or an object of opening ranges per weekday' }];
  }
  const errors: ValidationError[] = [];
  for (const key of Object.keys(week)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      errors.push({
        path: field(path, key),
        message: `unknown weekday; use ${WEEKDAYS.join(', ')}`,
      });
    }
  }
  let openMinutes = 0;
  for (const weekday of WEEKDAYS) {
    const day = week[weekday];
    if (day === undefined) continue;
    const result = validateDay(day, field(path, weekday));
    errors.push(...result.errors);
    openMinutes += result.openMinutes;
  }
  if (errors.length === 0 && openMinutes === 0) {
    errors.push({ path, message: 'the calendar is never open: give at least one opening range' });
  }
  return errors;
}

function validateDay(
  day: unknown,
  path: string,
): { errors: ValidationError[]; openMinutes: number } {
  if (!Array.isArray(day)) {
    return {
      errors: [{ path, message: 'must be a list of ["HH:MM", "HH:MM"] ranges' }],
      openMinutes: 0,
    };
  }
  const errors: ValidationError[] = [];
  const ranges: { start: number; end: number; at: number }[] = [];
  day.forEach((range: unknown, i) => {
    const rangePath = index(path, i);
    if (!Array.isArray(range) || range.length !== 2) {
      errors.push({ path: rangePath, message: 'must be a ["HH:MM", "HH:MM"] pair' });
      return;
    }
    const [startText, endText] = range as unknown[];
    const start = typeof startText === 'string' ? parseLocalTime(startText) : undefined;
    const end = typeof endText === 'string' ? parseLocalTime(endText, true) : undefined;
    if (start === undefined) {
      errors.push({
        path: index(rangePath, 0),
        message: 'must be a time "HH:MM" from 00:00 to 23:59',
      });
    }
    if (end === undefined) {
      errors.push({
        path: index(rangePath, 1),
        message: 'must be a time "HH:MM" from 00:01 to 24:00',
      });
    }
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      errors.push({
        path: rangePath,
        message: `ends (${endText}) before it starts (${startText})`,
      });
      return;
    }
    ranges.push({ start, end, at: i });
  });
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.start < previous.end) {
      const later = current.at > previous.at ? current : previous;
      const earlier = later === current ? previous : current;
      errors.push({
        path: index(path, later.at),
        message: `overlaps range ${earlier.at} (${format(earlier)})`,
      });
    }
  }
  const openMinutes = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  return { errors, openMinutes };
}

function validateHolidaySetIds(
  ids: unknown,
  known: ReadonlySet<string>,
  path: string,
): ValidationError[] {
  if (ids === undefined) return [];
  const idsPath = field(path, 'holidaySets');
  if (!Array.isArray(ids)) return [{ path: idsPath, message: 'must be a list of holiday set ids' }];
  const errors: ValidationError[] = [];
  ids.forEach((id: unknown, i) => {
    if (typeof id !== 'string') {
      errors.push({ path: index(idsPath, i), message: 'must be a holiday set id (a string)' });
    } else if (!known.has(id)) {
      errors.push({ path: index(idsPath, i), message: `unknown holiday set "${id}"` });
    }
  });
  return errors;
}

function format(range: { start: number; end: number }): string {
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${time(range.start)}–${time(range.end)}`;
}
