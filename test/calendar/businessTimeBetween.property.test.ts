import fc from 'fast-check';
import { businessTimeBetween } from '../../src/domain/calendar';
import {
  calendarsOf,
  DAY,
  iso,
  MINUTE,
  scenario,
  spanMinutes,
  type InstantKind,
} from '../support/arbitraries';

/** `-x`, but 0 for 0 (a zero duration has no sign). */
const negated = (x: number): number => 0 - x;

/** Compares both orders of a span of up to 10 days with the naive reference. */
const agreesWithNaive = (kind: InstantKind) =>
  fc.property(scenario(kind), spanMinutes(10), fc.boolean(), (s, span, backwards) => {
    const { engine, naive } = calendarsOf(s);
    const from = backwards ? s.t - span * MINUTE : s.t;
    const to = from + span * MINUTE;
    const expected = naive.between(from, to);
    expect({ from: iso(from), to: iso(to), open: businessTimeBetween(engine, from, to) }).toEqual({
      from: iso(from),
      to: iso(to),
      open: expected,
    });
    expect(businessTimeBetween(engine, to, from)).toBe(negated(expected));
  });

/** An offset in ms from a scenario's instant: up to ±3 days or ±400 days, any millisecond. */
const offset = fc.oneof(
  fc.integer({ min: -3 * DAY, max: 3 * DAY }),
  fc.integer({ min: -400 * DAY, max: 400 * DAY }),
);

describe('businessTimeBetween (property)', () => {
  it('agrees with the naive reference on spans up to 10 days, both orders', () => {
    fc.assert(agreesWithNaive('mixed'), { numRuns: 100 });
  });

  it('agrees with the naive reference on spans around New Year', () => {
    fc.assert(agreesWithNaive('newYear'), { numRuns: 30 });
  });

  it('is additive, antisymmetric and bounded by the elapsed time', () => {
    fc.assert(
      fc.property(scenario(), offset, offset, offset, (s, da, db, dc) => {
        const { engine } = calendarsOf(s);
        const [a, b, c] = [s.t + da, s.t + db, s.t + dc];
        const ab = businessTimeBetween(engine, a, b);
        const bc = businessTimeBetween(engine, b, c);
        const ac = businessTimeBetween(engine, a, c);
        expect(ab + bc).toBe(ac);
        expect(businessTimeBetween(engine, b, a)).toBe(negated(ab));
        expect(businessTimeBetween(engine, a, a)).toBe(0);
        expect(Math.abs(ab)).toBeLessThanOrEqual(Math.abs(b - a));
        expect(Math.sign(ab) * Math.sign(b - a)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
