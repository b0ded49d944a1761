import { SEARCH_HORIZON_YEARS, type BusinessCalendar } from './businessCalendar';
import { instantAfterOpenTime, openTimeBefore } from './timelineSearch';

/**
 * The earliest instant at which `amount` ms of business time have passed since `from`. A
 * duration that runs out at a closing time ends at that closing time, not at the next opening.
 *
 * @example
 * // Mon–Fri 08:00–16:00 in Copenhagen: 2 h after Friday 15:00 is Monday 09:00 local.
 * addBusinessTime(office, Date.parse('2026-03-06T14:00:00Z'), 7_200_000);
 * // Date.parse('2026-03-09T08:00:00Z')
 */
export function addBusinessTime(calendar: BusinessCalendar, from: number, amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`addBusinessTime: amount must be a finite, non-negative number of ms`);
  }
  if (amount === 0) return from;
  let timeline = calendar.timelineAt(from);
  let target = openTimeBefore(timeline, from) + amount;
  for (let years = 0; target > timeline.total; years++) {
    if (years > SEARCH_HORIZON_YEARS) {
      throw new RangeError(`addBusinessTime: the calendar has no open time for ${years} years`);
    }
    target -= timeline.total;
    timeline = calendar.timeline(timeline.year + 1);
  }
  return instantAfterOpenTime(timeline, target);
}
