import { jsonType, type ValidationError } from '../validation';
import {
  lastEndedPeriodKey,
  parsePeriodKey,
  periodKeyAt,
  previousPeriodKey,
} from '../reports/reportPeriod';
import { MAX_REPORT_MONTHS } from '../reports/reportMonths';

/**
 * The months a management review covers, `from`–`to` (`YYYY-MM`, inclusive), in the time zone of
 * the person who prepares it (as the Reports page reads months). At most `MAX_REPORT_MONTHS`, like
 * the management report it draws on.
 */
export interface ReviewPeriod {
  readonly from: string;
  readonly to: string;
}

/** The period's key in the store and file names: `2025-01..2025-12`. */
export const reviewPeriodKey = (period: ReviewPeriod): string => `${period.from}..${period.to}`;

const monthIndex = (key: string): number => {
  const { year, month } = parsePeriodKey(key)!;
  return year * 12 + month - 1;
};

/** The annual review's default: the 12 whole months before the one `now` falls in. */
export function defaultReviewPeriod(now: number, timeZone: string): ReviewPeriod {
  const to = lastEndedPeriodKey(now, timeZone);
  let from = to;
  for (let i = 1; i < 12; i += 1) from = previousPeriodKey(from);
  return { from, to };
}

/**
 * Reads `from` and `to` of a request (both, or neither for the default): every problem with its
 * JSON path. Other fields are the caller's to check.
 */
export function readReviewPeriod(
  input: Readonly<Record<string, unknown>>,
): { readonly period: ReviewPeriod | null } | { readonly errors: ValidationError[] } {
  if (input.from === undefined && input.to === undefined) return { period: null };
  const errors: ValidationError[] = [];
  const month = (name: 'from' | 'to'): string | undefined => {
    const value = input[name];
    if (typeof value === 'string' && parsePeriodKey(value)) return value;
    errors.push({
      path: `$.${name}`,
      message:
        value === undefined
          ? 'must be given with the other month, as YYYY-MM'
          : `must be a month as YYYY-MM, not ${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : jsonType(value)}`,
    });
    return undefined;
  };
  const from = month('from');
  const to = month('to');
  if (from && to) {
    const span = monthIndex(to) - monthIndex(from) + 1;
    if (span < 1) errors.push({ path: '$.to', message: 'must not be before from' });
    else if (span > MAX_REPORT_MONTHS)
      errors.push({ path: '$.to', message: `a review covers at most ${MAX_REPORT_MONTHS} months` });
  }
  return errors.length > 0 || !from || !to ? { errors } : { period: { from, to } };
}

/** A review is of months that have begun: a `to` after the month `now` is in is refused. */
export function futureMonthErrors(
  period: ReviewPeriod,
  now: number,
  timeZone: string,
): ValidationError[] {
  const current = periodKeyAt(now, timeZone);
  return monthIndex(period.to) > monthIndex(current)
    ? [{ path: '$.to', message: `must not be after the current month, ${current}` }]
    : [];
}
