import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_MINUTE } from './civilDate';

/** A stretch of UTC time `[start, end)` during which a zone keeps one UTC offset. */
export interface OffsetSpan {
  start: number;
  end: number;
  /** Local time minus UTC, in ms (+3 600 000 for CET). */
  offsetMs: number;
}

/** Is `name` an IANA time zone this runtime knows (`Europe/Oslo`, `UTC`)? */
export function isTimeZone(name: string): boolean {
  // Offsets such as "+02:00" are not zones: they have no DST rules.
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** UTC offset of `timeZone` at instant `t`, in ms. */
export function offsetAt(timeZone: string, t: number): number {
  return tzOffset(timeZone, new Date(t)) * MS_PER_MINUTE;
}

/** The local date (`YYYY-MM-DD`) in `timeZone` at instant `t`. */
export function localDateAt(timeZone: string, t: number): string {
  return new Date(t + offsetAt(timeZone, t)).toISOString().slice(0, 10);
}

/**
 * Splits `[from, to)` into spans of constant UTC offset. The zone is sampled every 12 hours and
 * each change is located to the minute by bisection, so transitions at any minute are found;
 * only two changes within 12 hours of each other could hide one another, which no zone does.
 */
export function offsetSpans(timeZone: string, from: number, to: number): OffsetSpan[] {
  const step = MS_PER_DAY / 2;
  const spans: OffsetSpan[] = [];
  let spanStart = from;
  let offset = offsetAt(timeZone, from);
  for (let probe = from; probe < to;) {
    const next = Math.min(probe + step, to);
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== offset) {
      const change = locateChange(timeZone, probe, next, offset);
      spans.push({ start: spanStart, end: change, offsetMs: offset });
      spanStart = change;
      offset = offsetAt(timeZone, change);
      probe = change;
      continue;
    }
    probe = next;
  }
  spans.push({ start: spanStart, end: to, offsetMs: offset });
  return spans;
}

/** First whole minute in `(before, after]` whose offset differs from `offset`. */
function locateChange(timeZone: string, before: number, after: number, offset: number): number {
  let low = Math.floor(before / MS_PER_MINUTE);
  let high = Math.ceil(after / MS_PER_MINUTE);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(timeZone, middle * MS_PER_MINUTE) === offset) low = middle;
    else high = middle;
  }
  return high * MS_PER_MINUTE;
}
