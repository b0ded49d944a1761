/** Text for durations and instants as the screens show them. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Business time as people read it: `2h 15m`, `3d 4h`, `45s`; negative amounts get a minus.
 * A "day" is 24 h of business time, as in the contract format.
 */
export function formatBusinessTime(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  let rest = Math.abs(ms);
  if (rest < MINUTE) return `${sign}${Math.floor(rest / 1000)}s`;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const parts = [days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`].filter(
    Boolean,
  );
  return sign + parts.slice(0, 2).join(' ');
}

/** An instant in the viewer's time zone: `Tue 10 Mar 10:30`. */
export function formatInstantIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
