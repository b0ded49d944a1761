import { field, index, isRecord, jsonType, type ValidationError } from '../validation';
import { isCivilDate, parseIsoDate } from './civilDate';
import { parseLocalTime } from './localTime';
import { WEEKDAYS } from './types';

const RULE_TYPES = ['fixed', 'date', 'easter', 'weekdayOnOrAfter'];

/**
 * Checks a holiday set as it arrives from JSON and returns every problem with its path. An
 * empty list means the set is valid.
 *
 * @example
 * validateHolidaySet({ id: 'dk', rules: [{ type: 'fixed', month: 2, day: 30 }] });
 * // [{ path: '$.rules[0].day', message: 'month 2 has no day 30' }]
 */
export function validateHolidaySet(input: unknown, path = '$'): ValidationError[] {
  if (!isRecord(input)) return [{ path, message: `must be an object, got ${jsonType(input)}` }];
  const errors: ValidationError[] = [];
  if (typeof input.id !== 'string' || input.id === '') {
    errors.push({ path: field(path, 'id'), message: 'must be a non-empty string' });
  }
  if (!Array.isArray(input.rules)) {
    errors.push({ path: field(path, 'rules'), message: 'must be a list of holiday rules' });
    return errors;
  }
  input.rules.forEach((rule: unknown, i) => {
    errors.push(...validateRule(rule, index(field(path, 'rules'), i)));
  });
  return errors;
}

function validateRule(rule: unknown, path: string): ValidationError[] {
  if (!isRecord(rule)) return [{ path, message: `must be an object, got ${jsonType(rule)}` }];
  const errors: ValidationError[] = [];
  switch (rule.type) {
    case 'fixed':
      errors.push(...validateMonthDay(rule, path));
      break;
    case 'weekdayOnOrAfter':
      errors.push(...validateMonthDay(rule, path));
      if (!(WEEKDAYS as readonly unknown[]).includes(rule.weekday)) {
        errors.push({
          path: field(path, 'weekday'),
          message: `must be one of ${WEEKDAYS.join(', ')}`,
        });
      }
      break;
    case 'date':
      if (typeof rule.date !== 'string' || parseIsoDate(rule.date) === undefined) {
        errors.push({ path: field(path, 'date'), message: 'must be a real date "YYYY-MM-DD"' });
      }
      break;
    case 'easter':
      if (!Number.isInteger(rule.offsetDays) || Math.abs(rule.offsetDays as number) > 366) {
        errors.push({
          path: field(path, 'offsetDays'),
          message: 'must be a whole number of days from Easter Sunday, -366 to 366',
        });
      }
      break;
    default:
      errors.push({
        path: field(path, 'type'),
        message: `must be one of ${RULE_TYPES.join(', ')}`,
      });
  }
  if (rule.closedFrom !== undefined) {
    if (typeof rule.closedFrom !== 'string' || parseLocalTime(rule.closedFrom) === undefined) {
      errors.push({
        path: field(path, 'closedFrom'),
        message: 'must be a time "HH:MM" from 00:00 to 23:59',
      });
    }
  }
  for (const bound of ['fromYear', 'toYear'] as const) {
    const year = rule[bound];
    if (year !== undefined && (!Number.isInteger(year) || (year as number) < 1583)) {
      errors.push({
        path: field(path, bound),
        message: 'must be a Gregorian year (1583 or later)',
      });
    }
  }
  if (
    typeof rule.fromYear === 'number' &&
    typeof rule.toYear === 'number' &&
    rule.toYear < rule.fromYear
  ) {
    errors.push({ path: field(path, 'toYear'), message: 'must not be before fromYear' });
  }
  return errors;
}

function validateMonthDay(rule: Record<string, unknown>, path: string): ValidationError[] {
  const { month, day } = rule;
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    return [{ path: field(path, 'month'), message: 'must be a month number, 1 to 12' }];
  }
  // 2000 is a leap year, so 29 February is accepted (it applies in leap years only).
  if (!Number.isInteger(day) || !isCivilDate(2000, month as number, day as number)) {
    return [{ path: field(path, 'day'), message: `month ${month} has no day ${String(day)}` }];
  }
  return [];
}
