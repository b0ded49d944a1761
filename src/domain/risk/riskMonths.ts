import { reportMonths } from '../reports/reportMonths';
import { periodKeyAt, reportPeriod } from '../reports/reportPeriod';

/**
 * The month keys `from`–`to` (`YYYY-MM`, inclusive; at most `MAX_REPORT_MONTHS`), as the
 * Reports page lists them. Keys do not depend on a time zone; only their instants do.
 */
export const riskMonthKeys = (from: string, to: string): string[] =>
  reportMonths(from, to, 'UTC').map((m) => m.key);

/** The month after `key`. */
export const nextMonthKey = (key: string): string =>
  periodKeyAt(reportPeriod(key, 'UTC').end, 'UTC');

/** The instant `month` ends in `timeZone`: the register's state then gives its computed score. */
export const monthEnd = (month: string, timeZone: string): number =>
  reportPeriod(month, timeZone).end;

/** The action plan's due date, `YYYY-MM-DD`: `days` after `now`'s local date in `timeZone`. */
export function actionPlanDueDate(now: number, timeZone: string, days: number): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
