import { addBusinessTime } from '../calendar/addBusinessTime';
import type { BusinessCalendar } from '../calendar/businessCalendar';
import { businessTimeBetween } from '../calendar/businessTimeBetween';
import type { ClockCycle } from './goalClock';

/**
 * The instant the cycle's running clock had measured `amount` ms of business time, or `null`
 * when it has not (yet). An amount that runs out at a closing time is reached at that closing
 * time, not at the next opening.
 */
export function reachedAt(
  calendar: BusinessCalendar,
  cycle: ClockCycle,
  amount: number,
): number | null {
  if (amount <= 0) return cycle.start;
  let measured = 0;
  for (const [from, to] of cycle.running) {
    const open = businessTimeBetween(calendar, from, to);
    if (measured + open >= amount) return addBusinessTime(calendar, from, amount - measured);
    measured += open;
  }
  return null;
}
