import type { Timeline } from './timeline';

/** Index of the last interval that starts at or before `t`, or -1 when none does. */
export function lastIntervalStartingBy(timeline: Timeline, t: number): number {
  const { starts } = timeline;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= t) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Open time in the timeline's year before instant `t` (which lies in that year). */
export function openTimeBefore(timeline: Timeline, t: number): number {
  const i = lastIntervalStartingBy(timeline, t);
  if (i < 0) return 0;
  return timeline.openBefore[i]! + Math.min(t, timeline.ends[i]!) - timeline.starts[i]!;
}

/**
 * The earliest instant at which the open time since the start of the year reaches `amount`,
 * for `0 < amount <= timeline.total`. It always lies inside or at the end of an interval.
 */
export function instantAfterOpenTime(timeline: Timeline, amount: number): number {
  const { starts, ends, openBefore } = timeline;
  // First interval whose open time up to its end reaches `amount`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (openBefore[middle]! + ends[middle]! - starts[middle]! >= amount) high = middle;
    else low = middle + 1;
  }
  return starts[low]! + (amount - openBefore[low]!);
}
