import { addBusinessTime } from '../calendar/addBusinessTime';
import type { BusinessCalendar } from '../calendar/businessCalendar';
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
  for (const { from, businessMs } of cycle.running) {
    if (measured + businessMs >= amount) return addBusinessTime(calendar, from, amount - measured);
    measured += businessMs;
  }
  return null;
}
