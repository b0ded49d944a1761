/**
 * Uptime of a service from its business-impacting incidents, per month on a 24×7 calendar:
 * the service is down from an incident's creation until its resolution (or now, while it is
 * open); overlapping incidents are down once (the union of their intervals). Uptime % of a
 * month = 100 × (1 − downtime ÷ the month's length), where a month still running counts only up
 * to now; a month that has not begun has nothing to measure (null).
 *
 * Whether a month meets the promise (e.g. 99.9 %) is the KPI's target, not decided here.
 */
import type { ReportMonth } from '../reports/managementReport';

/** One incident's downtime: `[start, end)`; `end` null while it is open. */
export interface DowntimeInterval {
  readonly start: number;
  readonly end: number | null;
}

/** The union of `intervals` (open ones end at `now`), as disjoint sorted `[start, end)` pairs. */
export function downtimeUnion(
  intervals: readonly DowntimeInterval[],
  now: number,
): [number, number][] {
  const closed = intervals
    .map((i): [number, number] => [i.start, i.end ?? Math.max(i.start, now)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const union: [number, number][] = [];
  for (const [start, end] of closed) {
    const last = union[union.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else union.push([start, end]);
  }
  return union;
}

/** Milliseconds of the union that fall in `[from, to)`. */
export function downtimeWithin(
  union: readonly [number, number][],
  from: number,
  to: number,
): number {
  let total = 0;
  for (const [start, end] of union) {
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedEnd > clippedStart) total += clippedEnd - clippedStart;
  }
  return total;
}

/** Uptime % of each month (null for one not begun at `now`). */
export function uptimeByMonth(
  incidents: readonly DowntimeInterval[],
  months: readonly ReportMonth[],
  now: number,
): Map<string, number | null> {
  const union = downtimeUnion(incidents, now);
  return new Map(
    months.map((month) => {
      const measuredEnd = Math.min(month.end, now);
      if (measuredEnd <= month.start) return [month.key, null];
      const down = downtimeWithin(union, month.start, measuredEnd);
      return [month.key, 100 * (1 - down / (measuredEnd - month.start))];
    }),
  );
}
