import { SEARCH_HORIZON_YEARS, type BusinessCalendar } from './businessCalendar';
import { isOpen } from './isOpen';
import { lastIntervalStartingBy } from './timelineSearch';

/**
 * The first instant at or after `t` at which the calendar closes (goes from open to closed), or
 * `null` when it never does within the search horizon (a 24/7 calendar without holidays).
 * While the calendar is closed at `t`, that is the end of the next opening period.
 */
export function nextClosing(calendar: BusinessCalendar, t: number): number | null {
  if (calendar.alwaysOpen) return null;
  let timeline = calendar.timelineAt(t);
  // A closing exactly at New Year (UTC) ends the previous year's last interval, which this
  // year's timeline does not hold.
  if (t === timeline.start && isOpen(calendar, t - 1) && !isOpen(calendar, t)) return t;
  let i = Math.max(lastIntervalStartingBy(timeline, t), 0);
  for (let years = 0; years <= SEARCH_HORIZON_YEARS; years++) {
    for (; i < timeline.ends.length; i++) {
      const end = timeline.ends[i]!;
      // Intervals are cut at New Year; a cut is not a closing.
      if (end >= t && (end !== timeline.end || !isOpen(calendar, end))) return end;
    }
    timeline = calendar.timeline(timeline.year + 1);
    i = 0;
  }
  return null;
}
