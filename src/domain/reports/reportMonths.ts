import type { ReportMonth } from './managementReport';
import { parsePeriodKey, periodKeyAt, reportPeriod } from './reportPeriod';

/** The longest run of months one management report covers. */
export const MAX_REPORT_MONTHS = 24;

/**
 * The months from `fromKey` to `toKey` (both `YYYY-MM`, inclusive) in `timeZone`, each
 * `[local midnight of the 1st, the next month's)`; throws on a malformed, reversed or too long
 * run (validate payloads first).
 */
export function reportMonths(fromKey: string, toKey: string, timeZone: string): ReportMonth[] {
  const from = parsePeriodKey(fromKey);
  const to = parsePeriodKey(toKey);
  if (!from || !to) throw new Error(`not a period: ${from ? toKey : fromKey}`);
  const count = (to.year - from.year) * 12 + (to.month - from.month) + 1;
  if (count < 1 || count > MAX_REPORT_MONTHS) {
    throw new Error(`a report covers 1 to ${MAX_REPORT_MONTHS} months`);
  }
  const months: ReportMonth[] = [];
  let key = fromKey;
  for (let i = 0; i < count; i += 1) {
    const { start, end } = reportPeriod(key, timeZone);
    months.push({ key, start, end });
    key = periodKeyAt(end, timeZone);
  }
  return months;
}
