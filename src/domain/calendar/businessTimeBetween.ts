import type { BusinessCalendar } from './businessCalendar';
import { openTimeBefore } from './timelineSearch';

/**
 * Open (business) time between two instants, in ms; negative when `to` is before `from`.
 *
 * @example
 * // Mon–Fri 08:00–16:00 in Copenhagen: from Friday 15:00 to Monday 09:00 local is 2 h.
 * businessTimeBetween(office, Date.parse('2026-03-06T14:00:00Z'), Date.parse('2026-03-09T08:00:00Z'));
 * // 7_200_000
 */
export function businessTimeBetween(calendar: BusinessCalendar, from: number, to: number): number {
  // `0 -` rather than `-`: no open time backwards is 0, not -0.
  if (to < from) return 0 - businessTimeBetween(calendar, to, from);
  const first = calendar.timelineAt(from);
  if (to < first.end) return openTimeBefore(first, to) - openTimeBefore(first, from);

  let open = first.total - openTimeBefore(first, from);
  let year = first.year + 1;
  for (; calendar.timeline(year).end <= to; year++) open += calendar.timeline(year).total;
  return open + openTimeBefore(calendar.timeline(year), to);
}
