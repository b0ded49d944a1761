import { dayNumber, MS_PER_DAY, MS_PER_MINUTE, weekdayIndex } from './civilDate';
import { holidayClosures, type Closures } from './holidayClosures';
import { offsetSpans } from './timeZone';
import type { HolidaySet } from './types';
import type { DayRanges } from './weeklyMinutes';

/**
 * The open time of one UTC year as sorted, disjoint UTC intervals `[starts[i], ends[i])` with
 * running totals: `openBefore[i]` is the open time in the year before interval i. Every query
 * on a calendar is a binary search in these arrays.
 */
export interface Timeline {
  readonly year: number;
  /** First instant of the year, UTC. */
  readonly start: number;
  /** First instant of the next year, UTC. */
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly openBefore: Float64Array;
  /**
   * `startedByDay[d]`: how many intervals start before UTC day `d` of the year ends, so a
   * search for an instant only scans the intervals of its own day.
   */
  readonly startedByDay: Int32Array;
  /** Open time in the whole year. */
  readonly total: number;
}

/** What a timeline is compiled from: the parsed parts of one calendar. */
export interface TimelineSource {
  readonly timeZone: string;
  readonly days: readonly DayRanges[];
  readonly holidaySets: readonly HolidaySet[];
}

/**
 * Compiles the open intervals of UTC year `year`. Each local date's ranges are mapped to UTC
 * piece by piece across the zone's offset spans, so a range over a skipped DST hour comes out
 * shorter and one over a repeated hour longer, exactly as wall-clock time is read.
 */
export function compileTimeline(source: TimelineSource, year: number): Timeline {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  // Local dates reach up to a day either side of the UTC year (offsets are within ±14 h).
  const firstDay = dayNumber(year, 1, 1) - 2;
  const lastDay = dayNumber(year + 1, 1, 1) + 1;
  const spans = offsetSpans(source.timeZone, start - 3 * MS_PER_DAY, end + 3 * MS_PER_DAY);
  const closures = closuresAround(source.holidaySets, year);

  const intervals: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const closedFrom = closures.get(day);
    const midnight = day * MS_PER_DAY;
    for (const [fromMinute, toMinute] of source.days[weekdayIndex(day)] ?? []) {
      const to = closedFrom === undefined ? toMinute : Math.min(toMinute, closedFrom);
      if (to <= fromMinute) continue;
      const localFrom = midnight + fromMinute * MS_PER_MINUTE;
      const localTo = midnight + to * MS_PER_MINUTE;
      for (const span of spans) {
        const from = Math.max(span.start, localFrom - span.offsetMs, start);
        const until = Math.min(span.end, localTo - span.offsetMs, end);
        if (until > from) intervals.push([from, until]);
      }
    }
  }
  return toTimeline(year, start, end, mergeIntervals(intervals));
}

function closuresAround(sets: readonly HolidaySet[], year: number): Closures {
  const closures: Closures = new Map();
  for (const y of [year - 1, year, year + 1]) {
    for (const [day, closedFrom] of holidayClosures(sets, y)) closures.set(day, closedFrom);
  }
  return closures;
}

/** Sorts intervals and joins the ones that overlap or touch. */
function mergeIntervals(intervals: [number, number][]): [number, number][] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

function toTimeline(
  year: number,
  start: number,
  end: number,
  intervals: [number, number][],
): Timeline {
  const starts = new Float64Array(intervals.length);
  const ends = new Float64Array(intervals.length);
  const openBefore = new Float64Array(intervals.length);
  let total = 0;
  intervals.forEach(([from, to], i) => {
    starts[i] = from;
    ends[i] = to;
    openBefore[i] = total;
    total += to - from;
  });
  const startedByDay = new Int32Array((end - start) / MS_PER_DAY);
  let i = 0;
  for (let day = 0; day < startedByDay.length; day++) {
    const dayEnd = start + (day + 1) * MS_PER_DAY;
    while (i < starts.length && starts[i]! < dayEnd) i++;
    startedByDay[day] = i;
  }
  return { year, start, end, starts, ends, openBefore, startedByDay, total };
}
