/**
 * A target in words for the customer portal: "2 business hours", "1 business hour 30 minutes",
 * "45 business minutes"; "2 hours" when the calendar is open around the clock.
 *
 * Business time is said in hours, never days: a contract's day is 24 h of business time (P1D
 * is 24 business hours, three office days), so "1 business day" would mislead. Wall-clock time
 * (a 24×7 calendar) is said in days too, since there a day is a day.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (count: number, singular: string) => `${count} ${singular}${count === 1 ? '' : 's'}`;

/**
 * `ms` in words; seconds only appear when the amount is not whole minutes (targets rarely are),
 * and a zero part is left out ("2 business hours", never "2 business hours 0 minutes"). The
 * word "business" qualifies the first unit only: "1 business hour 30 minutes".
 *
 * @throws RangeError for a negative or non-finite amount.
 */
export function durationWords(ms: number, businessTime: boolean): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`not a duration: ${ms}`);
  let rest = Math.round(ms / SECOND) * SECOND;
  const days = businessTime ? 0 : Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const seconds = Math.round((rest - minutes * MINUTE) / SECOND);
  const parts: [number, string][] = [
    [days, 'day'],
    [hours, 'hour'],
    [minutes, 'minute'],
    [seconds, 'second'],
  ];
  const shown = parts.filter(([count]) => count > 0);
  if (shown.length === 0) shown.push([0, 'minute']);
  return shown
    .map(([count, name], i) => unit(count, i === 0 && businessTime ? `business ${name}` : name))
    .join(' ');
}
