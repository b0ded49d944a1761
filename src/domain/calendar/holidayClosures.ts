import { dayNumber, isCivilDate, parseIsoDate, weekdayIndex } from './civilDate';
import { easterSunday } from './easterSunday';
import { parseLocalTime } from './localTime';
import { WEEKDAYS, type HolidayRule, type HolidaySet } from './types';

/**
 * Closed days of a year: day number → local minute from which the calendar is closed
 * (0 for a full day, 720 for "closes at 12:00").
 */
export type Closures = Map<number, number>;

/** The day a rule falls on in `year`, or `undefined` when it does not apply that year. */
export function holidayDay(rule: HolidayRule, year: number): number | undefined {
  if (rule.fromYear !== undefined && year < rule.fromYear) return undefined;
  if (rule.toYear !== undefined && year > rule.toYear) return undefined;
  switch (rule.type) {
    case 'fixed':
      // 29 February only exists in leap years; the rule simply skips the others.
      return isCivilDate(year, rule.month, rule.day)
        ? dayNumber(year, rule.month, rule.day)
        : undefined;
    case 'date': {
      const day = parseIsoDate(rule.date);
      return day !== undefined && rule.date.startsWith(`${year}-`) ? day : undefined;
    }
    case 'easter':
      return easterSunday(year) + rule.offsetDays;
    case 'weekdayOnOrAfter': {
      const from = dayNumber(year, rule.month, rule.day);
      const wanted = WEEKDAYS.indexOf(rule.weekday);
      return from + ((wanted - weekdayIndex(from) + 7) % 7);
    }
  }
}

/**
 * Collects the closures that the holiday sets put on the days of `year`. Where several rules
 * hit the same day, the earliest closure wins (a full day beats "closes at 12:00").
 *
 * Easter-relative rules are evaluated for the neighbouring years too, so that a large offset
 * that crosses New Year still lands on the right day.
 */
export function holidayClosures(sets: readonly HolidaySet[], year: number): Closures {
  const closures: Closures = new Map();
  const first = dayNumber(year, 1, 1);
  const last = dayNumber(year + 1, 1, 1) - 1;
  for (const set of sets) {
    for (const rule of set.rules) {
      const years = rule.type === 'easter' ? [year - 1, year, year + 1] : [year];
      for (const ruleYear of years) {
        const day = holidayDay(rule, ruleYear);
        if (day === undefined || day < first || day > last) continue;
        const closedFrom =
          rule.closedFrom === undefined ? 0 : (parseLocalTime(rule.closedFrom) ?? 0);
        const earlier = closures.get(day);
        closures.set(day, earlier === undefined ? closedFrom : Math.min(earlier, closedFrom));
      }
    }
  }
  return closures;
}
