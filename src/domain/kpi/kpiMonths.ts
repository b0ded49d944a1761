import { parsePeriodKey, previousPeriodKey } from '../reports/reportPeriod';

/** The `count` months ending with `month` (`YYYY-MM`), oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  const months = [month];
  while (months.length < count) months.unshift(previousPeriodKey(months[0]!));
  return months;
}

/** Whether `text` is a month key `YYYY-MM`. */
export const isMonthKey = (text: unknown): text is string =>
  typeof text === 'string' && parsePeriodKey(text) !== undefined;
