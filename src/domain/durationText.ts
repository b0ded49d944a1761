/**
 * Durations in words for people. Business time is said in hours, never in days: a contract's
 * day is 24 h of business time (P10D is 240 h), which "10d" would have a reader take for ten
 * working days. Wall-clock time, a stretch of the calendar, is said in days and hours.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Business time: `240h`, `2h 15m`, `45s`, rounded down; a minus before a negative amount. */
export function formatBusinessTime(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const rest = Math.abs(ms);
  if (rest < MINUTE) return `${sign}${Math.floor(rest / SECOND)}s`;
  const hours = Math.floor(rest / HOUR);
  const minutes = Math.floor((rest % HOUR) / MINUTE);
  return sign + [hours && `${hours}h`, minutes && `${minutes}m`].filter(Boolean).join(' ');
}

/** Wall-clock time in its two largest units: `1d 3h`, `2h 15m`, `45s`, rounded down. */
export function formatWallTime(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  let rest = Math.abs(ms);
  if (rest < MINUTE) return `${sign}${Math.floor(rest / SECOND)}s`;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  const minutes = Math.floor((rest - hours * HOUR) / MINUTE);
  const parts = [days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`];
  return sign + parts.filter(Boolean).slice(0, 2).join(' ');
}
