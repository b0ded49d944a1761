/**
 * Instants as JSON carries them (ISO 8601) and as the engine computes with them (epoch ms).
 * `Date.parse` and `toISOString` cost a few hundred ns each, more than a whole business-time
 * query, and an evaluation converts dozens of instants, so the canonical UTC form
 * `YYYY-MM-DDTHH:MM:SS(.sss)Z` takes a fast path; anything else falls back to `Date.parse`.
 */

const DIGIT_0 = 48;
const MS_PER_DAY = 86_400_000;

/** The decimal digit at `at`, or -1. */
function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The two-digit number at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - DIGIT_0;
  const ones = text.charCodeAt(at + 1) - DIGIT_0;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** `YYYY-MM-DDTHH:MM:SS` followed by `Z` (length 20) or `.sssZ` (length 24): the separators. */
function hasCanonicalShape(text: string, length: number): boolean {
  return (
    (length === 20 || (length === 24 && text.charCodeAt(19) === 46)) /* . */ &&
    text.charCodeAt(length - 1) === 90 /* Z */ &&
    text.charCodeAt(4) === 45 /* - */ &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === 58 /* : */ &&
    text.charCodeAt(16) === 58
  );
}

/**
 * Epoch ms of an ISO 8601 instant (`NaN` when it is not one), exactly as `Date.parse` reads it.
 *
 * @example parseInstant('2026-03-02T07:30:00Z') // 1772436600000
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (hasCanonicalShape(text, n)) {
    const century = twoDigits(text, 0);
    const yearOfCentury = twoDigits(text, 2);
    const year = century * 100 + yearOfCentury;
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    const msTens = n === 24 ? twoDigits(text, 20) : 0;
    const msOnes = n === 24 ? digit(text, 22) : 0;
    if (
      century >= 10 &&
      yearOfCentury >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= monthLength(year, month) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      msTens >= 0 &&
      msOnes >= 0
    ) {
      // Years before 1000 go to Date.parse, as does a day the month does not have (NaN).
      return (
        daysOfDate(year, month, day) * MS_PER_DAY +
        hour * 3_600_000 +
        minute * 60_000 +
        second * 1000 +
        msTens * 10 +
        msOnes
      );
    }
  }
  return Date.parse(text);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar; `month` is 1–12. */
function monthLength(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1]!;
}

// Entries of a history mostly fall on the same day as the one before: remember the last date.
let lastDateKey = -1;
let lastDays = 0;

/** Day number (days since 1970-01-01) of a date with a year from 1000 on. */
function daysOfDate(year: number, month: number, day: number): number {
  const key = (year * 100 + month) * 100 + day;
  if (key !== lastDateKey) {
    lastDays = daysFromCivil(year, month, day);
    lastDateKey = key;
  }
  return lastDays;
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

/** `'00'` to `'99'`. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

// The time of day is glued from ready-made pieces: joining four strings is about half the
// cost of writing each field, and an evaluation formats dozens of instants.
/** `'T00:00'` to `'T23:59'`, by minute of the day. */
const CLOCK_TIMES = Array.from(
  { length: 1440 },
  (_, m) => `T${TWO_DIGITS[Math.floor(m / 60)]}:${TWO_DIGITS[m % 60]}`,
);
/** `':00.'` to `':59.'`. */
const SECONDS = TWO_DIGITS.slice(0, 60).map((ss) => `:${ss}.`);
/** `'000Z'` to `'999Z'`. */
const MILLISECONDS = Array.from({ length: 1000 }, (_, ms) => `${pad3(ms)}Z`);

/**
 * The ISO 8601 UTC form of an instant, as `Date.prototype.toISOString` writes it, for years
 * 0000–9999 (others go through `toISOString`).
 *
 * @example formatInstant(1772436600000) // '2026-03-02T07:30:00.000Z'
 */
export function formatInstant(t: number): string {
  if (!(t >= -62_167_219_200_000 && t < 253_402_300_800_000)) return new Date(t).toISOString();
  // Floor division rather than `%`, which is slow on numbers this large.
  const days = Math.floor(t / MS_PER_DAY);
  const dayMs = t - days * MS_PER_DAY;
  const minuteOfDay = Math.floor(dayMs / 60_000);
  const minuteMs = dayMs - minuteOfDay * 60_000;
  const second = Math.floor(minuteMs / 1000);
  const ms = minuteMs - second * 1000;
  // A fraction of a ms (no instant the engine makes has one) is written as it comes.
  const msText = MILLISECONDS[ms] ?? `${pad3(ms)}Z`;
  return dateText(days) + CLOCK_TIMES[minuteOfDay] + SECONDS[second] + msText;
}

// Instants formatted one after another mostly fall on the same day: remember the last date.
let lastTextDay = NaN;
let lastText = '';

/** `YYYY-MM-DD` of a day number, for years 0000–9999. */
function dateText(days: number): string {
  if (days !== lastTextDay) {
    lastText = civilDateText(days);
    lastTextDay = days;
  }
  return lastText;
}

/** Howard Hinnant's civil_from_days. */
function civilDateText(days: number): string {
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
  const yyyy = year < 1000 ? `000${year}`.slice(-4) : `${year}`;
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}
