import fc from 'fast-check';
import { durationWords } from './durationWords';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Reads words back into ms: the inverse the property tests check against. */
function parseWords(words: string): number {
  const sizes: Record<string, number> = { day: DAY, hour: HOUR, minute: MINUTE, second: 1000 };
  let total = 0;
  for (const [, count, unit] of words.matchAll(/(\d+) (?:business )?(day|hour|minute|second)s?/g)) {
    total += Number(count) * sizes[unit!]!;
  }
  return total;
}

describe('durationWords', () => {
  it.each<[number, boolean, string]>([
    [30 * MINUTE, true, '30 business minutes'],
    [2 * HOUR, true, '2 business hours'],
    [HOUR, true, '1 business hour'],
    [HOUR + 30 * MINUTE, true, '1 business hour 30 minutes'],
    [MINUTE, true, '1 business minute'],
    [DAY, true, '24 business hours'],
    [10 * DAY, true, '240 business hours'],
    [2 * HOUR, false, '2 hours'],
    [DAY, false, '1 day'],
    [DAY + HOUR + MINUTE, false, '1 day 1 hour 1 minute'],
    [45_000, true, '45 business seconds'],
    [HOUR + 5_000, false, '1 hour 5 seconds'],
    [0, true, '0 business minutes'],
    [0, false, '0 minutes'],
  ])('%d ms (business %s) is "%s"', (ms, business, words) => {
    expect(durationWords(ms, business)).toBe(words);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (ms) => {
    expect(() => durationWords(ms, true)).toThrow(RangeError);
  });

  const wholeSeconds = fc.integer({ min: 0, max: 5_000_000 }).map((s) => s * 1000);

  it('reads back to the same amount (whole seconds)', () => {
    fc.assert(
      fc.property(wholeSeconds, fc.boolean(), (ms, business) => {
        expect(parseWords(durationWords(ms, business))).toBe(ms);
      }),
    );
  });

  it('round trips hours and minutes', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        const words = durationWords(hours * HOUR + minutes * MINUTE, true);
        expect(parseWords(words)).toBe(hours * HOUR + minutes * MINUTE);
      }),
    );
  });

  it('never says a zero part beside others, nor "0 hours"', () => {
    fc.assert(
      fc.property(wholeSeconds, fc.boolean(), (ms, business) => {
        const words = durationWords(ms, business);
        expect(words).not.toMatch(/\b0 (business )?(day|hour|second)/);
        if (ms > 0) expect(words).not.toMatch(/\b0 /);
      }),
    );
  });

  it('uses the singular for one and the plural otherwise', () => {
    fc.assert(
      fc.property(wholeSeconds, fc.boolean(), (ms, business) => {
        const words = durationWords(ms, business);
        expect(words).not.toMatch(/\b1 (business )?(day|hour|minute|second)s\b/);
        expect(words).not.toMatch(/\b(0|[2-9]|\d{2,}) (business )?(day|hour|minute|second)\b(?!s)/);
      }),
    );
  });

  it('says business time in hours, never days, and only the first unit is "business"', () => {
    fc.assert(
      fc.property(wholeSeconds, (ms) => {
        const words = durationWords(ms, true);
        expect(words).not.toMatch(/day/);
        expect(words.match(/business/g)).toHaveLength(1);
        expect(words).toMatch(/^\d+ business /);
      }),
    );
  });
});
