import fc from 'fast-check';
import { formatInstant, parseInstant } from './instant';

const MIN = -62_167_219_200_000; // 0000-01-01
const MAX = 253_402_300_799_999; // 9999-12-31T23:59:59.999

describe('parseInstant', () => {
  it.each([
    ['2026-03-02T07:30:00Z', Date.UTC(2026, 2, 2, 7, 30)],
    ['2026-03-02T07:30:00.250Z', Date.UTC(2026, 2, 2, 7, 30, 0, 250)],
    ['2026-03-02T08:30:00+01:00', Date.UTC(2026, 2, 2, 7, 30)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });

  it.each(['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-02T24:30:00Z', 'soon', ''])(
    'gives NaN for %j, as Date.parse does',
    (text) => {
      expect(parseInstant(text)).toBe(Date.parse(text));
    },
  );

  it('agrees with Date.parse on every canonical instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), fc.boolean(), (t, withMs) => {
        const text = new Date(t).toISOString();
        const input = withMs ? text : text.replace(/\.\d{3}Z$/, 'Z');
        expect(parseInstant(input)).toBe(Date.parse(input));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('formatInstant', () => {
  it('writes what toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN - 10 ** 12, max: MAX + 10 ** 12 }), (t) => {
        expect(formatInstant(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([0, -1, 951_782_400_000, 1_709_164_800_000, MIN, MAX])('writes %d exactly', (t) => {
    expect(formatInstant(t)).toBe(new Date(t).toISOString());
  });
});
