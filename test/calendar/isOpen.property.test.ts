import fc from 'fast-check';
import {
  businessTimeBetween,
  isOpen,
  nextClosing,
  nextOpening,
  type BusinessCalendar,
} from '../../src/domain/calendar';
import {
  calendarsOf,
  iso,
  MINUTE,
  scenario,
  type InstantKind,
  type Scenario,
} from '../support/arbitraries';

/** Every minute within `minutes` of the scenario's instant where engine and reference differ. */
function disagreements(s: Scenario, minutes: number): { at: string | null; engine: boolean }[] {
  const { engine, naive } = calendarsOf(s);
  const found = [];
  for (let u = s.t - minutes * MINUTE; u <= s.t + minutes * MINUTE; u += MINUTE) {
    const open = isOpen(engine, u);
    if (open !== naive.isOpen(u)) found.push({ at: iso(u), engine: open });
  }
  return found;
}

/**
 * Checks isOpen at `t` against nextOpening and nextClosing from `t`: the calendar keeps its state
 * until the next change, changes exactly there, and counts business time accordingly.
 */
function checkConsistency(engine: BusinessCalendar, t: number) {
  const open = isOpen(engine, t);
  const before = isOpen(engine, t - 1);
  const opening = nextOpening(engine, t);
  const closing = nextClosing(engine, t);
  if (engine.alwaysOpen) {
    expect([open, opening, closing]).toEqual([true, null, null]);
    return { opening, closing };
  }
  const at = iso(t);
  if (open) {
    // t is itself an opening when the calendar was closed just before.
    if (!before) expect({ at, opening: iso(opening) }).toEqual({ at, opening: at });
    if (closing === null) {
      // Open for the whole search horizon: no later opening either.
      if (before) expect(opening).toBeNull();
      return { opening, closing };
    }
    // Open on [t, closing): all of it is business time, and it closes exactly there.
    expect(closing).toBeGreaterThan(t);
    expect(isOpen(engine, closing - 1)).toBe(true);
    expect(isOpen(engine, closing)).toBe(false);
    expect(businessTimeBetween(engine, t, closing)).toBe(closing - t);
    expect(nextClosing(engine, closing)).toBe(closing);
    if (before && opening !== null) {
      expect(opening).toBeGreaterThan(closing);
      expect(businessTimeBetween(engine, closing, opening)).toBe(0);
    }
  } else {
    // t is itself a closing when the calendar was open just before.
    if (before) expect({ at, closing: iso(closing) }).toEqual({ at, closing: at });
    // Closed on [t, opening): none of it is business time, and it opens exactly there.
    expect(opening).not.toBeNull();
    expect(opening!).toBeGreaterThan(t);
    expect(isOpen(engine, opening! - 1)).toBe(false);
    expect(isOpen(engine, opening!)).toBe(true);
    expect(businessTimeBetween(engine, t, opening!)).toBe(0);
    expect(nextOpening(engine, opening!)).toBe(opening);
    if (!before && closing !== null) expect(closing).toBeGreaterThan(opening!);
  }
  return { opening, closing };
}

describe('isOpen (property)', () => {
  it('agrees with the naive reference on every minute within an hour of random instants', () => {
    fc.assert(
      fc.property(scenario(), (s) => {
        expect(disagreements(s, 60)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the naive reference on every minute within 6 hours of DST changes', () => {
    fc.assert(
      fc.property(scenario('dst'), (s) => {
        expect(disagreements(s, 6 * 60)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('agrees with the naive reference around New Year', () => {
    fc.assert(
      fc.property(scenario('newYear'), (s) => {
        expect(disagreements(s, 60)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  /**
   * At the instant, then at each of the next changes (openings and closings) in turn: there the
   * calendar changes at the very instant asked about.
   */
  const consistent = (kind: InstantKind, timeZones?: readonly string[]) =>
    fc.property(scenario(kind, timeZones), fc.integer({ min: 0, max: MINUTE - 1 }), (s, ms) => {
      const { engine } = calendarsOf(s);
      let t = s.t + ms;
      for (let change = 0; change < 6; change++) {
        const { opening, closing } = checkConsistency(engine, t);
        const later = [opening, closing].filter((u): u is number => u !== null && u > t);
        if (later.length === 0) break;
        t = Math.min(...later);
      }
    });

  it('is constant up to nextClosing while open and up to nextOpening while closed', () => {
    fc.assert(consistent('mixed'), { numRuns: 100 });
  });

  it('is constant up to the next change around New Year, where the compiled years meet', () => {
    fc.assert(consistent('newYear'), { numRuns: 60 });
  });

  it('is constant up to the next change around New Year in UTC, where local and UTC years meet', () => {
    fc.assert(consistent('newYear', ['UTC']), { numRuns: 60 });
  });
});
