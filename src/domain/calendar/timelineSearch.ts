import type { Timeline } from './timeline';

/**
 * `civilDate`'s MS_PER_DAY, repeated: this is the innermost step of every calendar query, and
 * run from source (tsx) an imported constant is read through a getter on every use.
 */
const MS_PER_DAY = 86_400_000;

/** Index of the last interval that starts at or before `t`, or -1 when none does. */
export function lastIntervalStartingBy(timeline: Timeline, t: number): number {
  const { starts, startedByDay } = timeline;
  const day = Math.floor((t - timeline.start) / MS_PER_DAY);
  if (day >= 0 && day < startedByDay.length) {
    // Step back over the intervals of t's day that start after it: a handful at most.
    let i = startedByDay[day]! - 1;
    while (i >= 0 && starts[i]! > t) i--;
    return i;
  }
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
