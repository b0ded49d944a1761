import fc from 'fast-check';
import { addBusinessTime, businessTimeBetween, isOpen } from '../../src/domain/calendar';
import {
  calendarsOf,
  DAY,
  iso,
  MINUTE,
  scenario,
  spanMinutes,
  type InstantKind,
} from '../support/arbitraries';

/** A share of a whole, in millionths, often exactly none or all of it. */
const share = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1_000_000) },
);

/**
 * Adds a share of the open time the naive reference finds in a span of up to 10 days after the
 * instant (so the reference's minute-by-minute walk stays short) and compares the results.
 */
const agreesWithNaive = (kind: InstantKind) =>
  fc.property(scenario(kind), spanMinutes(10), share, (s, span, part) => {
    const { engine, naive } = calendarsOf(s);
    const available = naive.between(s.t, s.t + span * MINUTE) / MINUTE;
    const amount = Math.round((available * part) / 1_000_000) * MINUTE;
    expect({ amount, end: iso(addBusinessTime(engine, s.t, amount)) }).toEqual({
      amount,
      end: iso(naive.add(s.t, amount)),
    });
  });

describe('addBusinessTime (property)', () => {
  it('agrees with the naive reference on amounts up to 10 days of open time', () => {
    fc.assert(agreesWithNaive('mixed'), { numRuns: 100 });
  });

  it('agrees with the naive reference around New Year', () => {
    fc.assert(agreesWithNaive('newYear'), { numRuns: 30 });
  });

  it('is undone by businessTimeBetween, gives the earliest instant and composes', () => {
    fc.assert(
      fc.property(
        scenario(),
        fc.integer({ min: 0, max: MINUTE - 1 }),
        share,
        share,
        (s, ms, partX, partY) => {
          const { engine } = calendarsOf(s);
          const t = s.t + ms;
          // Amounts up to the open time of the next 400 days, at millisecond precision.
          const open = businessTimeBetween(engine, t, t + 400 * DAY);
          const x = Math.floor((open * partX) / 1_000_000);
          const y = Math.floor((open * partY) / 1_000_000);
          const end = addBusinessTime(engine, t, x);
          expect(end).toBeGreaterThanOrEqual(t);
          expect(businessTimeBetween(engine, t, end)).toBe(x);
          if (x > 0) {
            // Earliest: the millisecond before the end is open time still to be used.
            expect(isOpen(engine, end - 1)).toBe(true);
            expect(businessTimeBetween(engine, t, end - 1)).toBe(x - 1);
          }
          expect(iso(addBusinessTime(engine, end, y))).toBe(iso(addBusinessTime(engine, t, x + y)));
          const [small, large] = x <= y ? [x, y] : [y, x];
          expect(addBusinessTime(engine, t, small)).toBeLessThanOrEqual(
            addBusinessTime(engine, t, large),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
