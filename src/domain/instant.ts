/**
 * Instants as JSON carries them (ISO 8601) and as the engine computes with them (epoch ms).
 * `Date.parse` and `toISOString` cost a few hundred ns each, more than a whole business-time
 * query, and an evaluation converts dozens of instants, so the canonical UTC form
 * `YYYY-MM-DDTHH:MM:SS(.sss)Z` takes a fast path; anything else falls back to `Date.parse`.
 */

const DIGIT_0 = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Epoch ms of an ISO 8601 instant (`NaN` when it is not one), exactly as `Date.parse` reads it.
 *
 * @example parseInstant('2026-03-02T07:30:00Z') // 1772436600000
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if ((n === 20 || n === 24) && text.charCodeAt(n - 1) === 90 /* Z */ && text[10] === 'T') {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const ms = n === 24 ? digits(text, 20, 3) : 0;
    if (
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 28 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      ms >= 0 &&
      text[4] === '-' &&
      text[7] === '-' &&
      text[13] === ':' &&
      text[16] === ':' &&
      (n === 20 || text[19] === '.')
    ) {
      // Days 29–31 need the month's length: they go to Date.parse, as do years before 1000.
      return (
        daysFromCivil(year, month, day) * 86_400_000 +
        hour * 3_600_000 +
        minute * 60_000 +
        second * 1000 +
        ms
      );
    }
  }
  return Date.parse(text);
}

/** Day number (days since 1970-01-01) of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * The ISO 8601 UTC form of an instant, as `Date.prototype.toISOString` writes it, for years
 * 0000–9999 (others go through `toISOString`).
 *
 * @example formatInstant(1772436600000) // '2026-03-02T07:30:00.000Z'
 */
export function formatInstant(t: number): string {
  if (!(t >= -62_167_219_200_000 && t < 253_402_300_800_000)) return new Date(t).toISOString();
  const dayMs = ((t % 86_400_000) + 86_400_000) % 86_400_000;
  const days = (t - dayMs) / 86_400_000;
  // Civil date from day number (Howard Hinnant's days_from_civil inverse).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(dayMs / 3_600_000);
  const minute = Math.floor((dayMs % 3_600_000) / 60_000);
  const second = Math.floor((dayMs % 60_000) / 1000);
  const ms = dayMs % 1000;
  const yyyy = year < 1000 ? `000${year}`.slice(-4) : `${year}`;
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(ms)}Z`;
}
