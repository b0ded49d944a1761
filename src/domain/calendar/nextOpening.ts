import { SEARCH_HORIZON_YEARS, type BusinessCalendar } from './businessCalendar';
import { isOpen } from './isOpen';
import { lastIntervalStartingBy } from './timelineSearch';

/**
 * The first instant at or after `t` at which the calendar opens (goes from closed to open), or
 * `null` when it never does within the search horizon (a 24/7 calendar without holidays).
 * While the calendar is open at `t`, that is the start of the next opening period.
 */
export function nextOpening(calendar: BusinessCalendar, t: number): number | null {
  if (calendar.alwaysOpen) return null;
  let timeline = calendar.timelineAt(t);
  let i = lastIntervalStartingBy(timeline, t);
  if (i < 0 || timeline.starts[i]! < t) i++;
  for (let years = 0; years <= SEARCH_HORIZON_YEARS; years++) {
    for (; i < timeline.starts.length; i++) {
      const start = timeline.starts[i]!;
      // Intervals are cut at New Year; a cut is not an opening.
      if (start !== timeline.start || !isOpen(calendar, start - 1)) return start;
    }
    timeline = calendar.timeline(timeline.year + 1);
    i = 0;
  }
  return null;
}
