/**
 * The months a computed KPI is read for, as instants: each `YYYY-MM` is `[local midnight of the
 * 1st, the next month's)` in the time zone of the Reports page's Quality section, the same months
 * the management report and the quality measures use (`reportPeriod`).
 */
import type { ReportMonth } from '../reports/managementReport';
import { parsePeriodKey, reportPeriod } from '../reports/reportPeriod';
import { MAX_REPORT_MONTHS, reportMonths } from '../reports/reportMonths';

/** The months `keys` (any order, repeats allowed) as instants, sorted and distinct. */
export function metricMonths(keys: readonly string[], timeZone: string): ReportMonth[] {
  for (const key of keys) if (!parsePeriodKey(key)) throw new Error(`not a month: ${key}`);
  return [...new Set(keys)].sort().map((key) => {
    const { start, end } = reportPeriod(key, timeZone);
    return { key, start, end };
  });
}

/**
 * Every month from the first of `keys` to the last, in contiguous runs of at most
 * `MAX_REPORT_MONTHS` (the most one report query covers): the readers that add up per month in
 * SQL need contiguous months; the months between asked ones are read too, and dropped.
 */
export function contiguousRuns(keys: readonly string[], timeZone: string): ReportMonth[][] {
  const sorted = metricMonths(keys, timeZone);
  if (sorted.length === 0) return [];
  const last = sorted[sorted.length - 1]!.key;
  const runs: ReportMonth[][] = [];
  for (let from = sorted[0]!.key; ;) {
    const to = minKey(last, addMonths(from, MAX_REPORT_MONTHS - 1));
    runs.push(reportMonths(from, to, timeZone));
    if (to === last) return runs;
    from = addMonths(to, 1);
  }
}

const minKey = (a: string, b: string): string => (a < b ? a : b);

/** `key` plus `n` months. */
export function addMonths(key: string, n: number): string {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new Error(`not a month: ${key}`);
  const index = parsed.year * 12 + (parsed.month - 1) + n;
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
