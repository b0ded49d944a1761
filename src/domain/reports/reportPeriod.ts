import { TZDate } from '@date-fns/tz';

/**
 * A report period: a calendar month in the agreement's time zone, `[first day 00:00 local,
 * first day of the next month 00:00 local)` as UTC instants (epoch ms). A month in which the
 * clocks change is an hour shorter or longer than its days suggest.
 */
export interface ReportPeriod {
  /** `YYYY-MM`. */
  readonly key: string;
  readonly timeZone: string;
  readonly start: number;
  readonly end: number;
}

/** The year and month (1–12) of a period key `YYYY-MM`, or `undefined` when it is not one. */
export function parsePeriodKey(key: string): { year: number; month: number } | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

const periodKey = (year: number, month: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** Local midnight starting the first day of `month` (1–12) in `timeZone`, as epoch ms. */
const monthStart = (year: number, month: number, timeZone: string): number =>
  new TZDate(year, month - 1, 1, timeZone).getTime();

/** The period `key` names in `timeZone`; throws on a malformed key (validate payloads first). */
export function reportPeriod(key: string, timeZone: string): ReportPeriod {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new Error(`not a period: ${key}`);
  const { year, month } = parsed;
  return {
    key,
    timeZone,
    start: monthStart(year, month, timeZone),
    end: month === 12 ? monthStart(year + 1, 1, timeZone) : monthStart(year, month + 1, timeZone),
  };
}

/** The key of the period (local month) that contains instant `t` in `timeZone`. */
export function periodKeyAt(t: number, timeZone: string): string {
  const local = new TZDate(t, timeZone);
  return periodKey(local.getFullYear(), local.getMonth() + 1);
}

/** The period before `key`. */
export function previousPeriodKey(key: string): string {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new Error(`not a period: ${key}`);
  return parsed.month === 1
    ? periodKey(parsed.year - 1, 12)
    : periodKey(parsed.year, parsed.month - 1);
}

/** The latest period that had ended by `now` in `timeZone`: the local month before now's. */
export const lastEndedPeriodKey = (now: number, timeZone: string): string =>
  previousPeriodKey(periodKeyAt(now, timeZone));
