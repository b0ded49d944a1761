import type { BusinessCalendar } from './businessCalendar';
import { lastIntervalStartingBy } from './timelineSearch';

/**
 * Is the calendar open at instant `t`? Opening ranges include their start and exclude their
 * end: a calendar open 08:00–16:00 is open at 08:00 and closed at 16:00.
 */
export function isOpen(calendar: BusinessCalendar, t: number): boolean {
  const timeline = calendar.timelineAt(t);
  const i = lastIntervalStartingBy(timeline, t);
  return i >= 0 && t < timeline.ends[i]!;
}
