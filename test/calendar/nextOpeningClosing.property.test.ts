import fc from 'fast-check';
import { isOpen, nextClosing, nextOpening, type BusinessCalendar } from '../../src/domain/calendar';
import {
  calendarsOf,
  iso,
  MINUTE,
  NAIVE_HORIZON,
  scenario,
  type InstantKind,
} from '../support/arbitraries';
import type { NaiveCalendar } from '../support/naiveCalendar';

type Operation = {
  name: 'nextOpening' | 'nextClosing';
  engine: (calendar: BusinessCalendar, t: number) => number | null;
  naive: (calendar: NaiveCalendar, t: number) => number | null;
  /** Is the calendar open just after the change (true for an opening)? */
  opens: boolean;
};

const OPERATIONS: Operation[] = [
  {
    name: 'nextOpening',
    engine: nextOpening,
    naive: (naive, t) => naive.nextOpening(t, NAIVE_HORIZON),
    opens: true,
  },
  {
    name: 'nextClosing',
    engine: nextClosing,
    naive: (naive, t) => naive.nextClosing(t, NAIVE_HORIZON),
    opens: false,
  },
];

/** Compares an operation with the naive reference, which looks `NAIVE_HORIZON` ahead. */
const agreesWithNaive = (operation: Operation, kind: InstantKind) =>
  fc.property(scenario(kind), (s) => {
    const { engine, naive } = calendarsOf(s);
    const expected = operation.naive(naive, s.t);
    const actual = operation.engine(engine, s.t);
    if (expected === null) {
      // None within the horizon: the engine's answer, if any, lies beyond it.
      if (actual !== null) expect(actual).toBeGreaterThan(s.t + NAIVE_HORIZON);
      return;
    }
    expect(iso(actual)).toBe(iso(expected));
    // The change itself, and the minute before it, lead to the same change.
    expect(iso(operation.engine(engine, expected))).toBe(iso(expected));
    expect(iso(operation.engine(engine, expected - MINUTE))).toBe(iso(expected));
    expect(isOpen(engine, expected)).toBe(operation.opens);
    expect(isOpen(engine, expected - MINUTE)).toBe(!operation.opens);
  });

describe.each(OPERATIONS)('$name (property)', (operation) => {
  it('agrees with the naive reference (10-day horizon) at random instants', () => {
    fc.assert(agreesWithNaive(operation, 'mixed'), { numRuns: 70 });
  });

  it('agrees with the naive reference around New Year', () => {
    fc.assert(agreesWithNaive(operation, 'newYear'), { numRuns: 30 });
  });
});
