import fc from 'fast-check';
import { DEFAULT_DUE_SOON_FRACTION, dueSoonFraction, goalStateText } from './requestStatusWords';

const running = (elapsedMs: number, targetMs = 1000, breached = elapsedMs > targetMs) => ({
  state: 'running' as const,
  breached,
  elapsedMs,
  targetMs,
});

describe('goalStateText', () => {
  it('names each state', () => {
    const at = { breached: false, elapsedMs: 0, targetMs: 1000 };
    expect(goalStateText({ ...at, state: 'notStarted' }, undefined, null)).toBe('Not started');
    expect(goalStateText({ ...at, state: 'met' }, undefined, null)).toBe('Met');
    expect(goalStateText({ ...at, state: 'missed', breached: true }, undefined, null)).toBe(
      'Missed',
    );
    expect(goalStateText(running(100), [0.5, 0.75], null)).toBe('On track');
    expect(goalStateText(running(750), [0.5, 0.75], null)).toBe('Due soon');
    expect(goalStateText(running(749), [0.5, 0.75], null)).toBe('On track');
    expect(goalStateText(running(1001), [0.5, 0.75], null)).toBe('Overdue');
  });

  it('says why a paused goal waits', () => {
    const paused = { state: 'paused' as const, breached: false, elapsedMs: 10, targetMs: 1000 };
    expect(goalStateText(paused, undefined, 'waiting for your reply')).toBe(
      'Paused: waiting for your reply',
    );
    expect(goalStateText(paused, undefined, 'waiting for a third party')).toBe(
      'Paused: waiting for a third party',
    );
    expect(goalStateText(paused, undefined, 'paused while the request is On hold')).toBe(
      'Paused while the request is On hold',
    );
    expect(goalStateText({ ...paused, breached: true }, undefined, null)).toBe('Paused: on hold');
  });

  it('is due soon from the last warning threshold, 75% without one', () => {
    expect(dueSoonFraction([0.5, 0.9, 0.75])).toBe(0.9);
    expect(dueSoonFraction(undefined)).toBe(DEFAULT_DUE_SOON_FRACTION);
    expect(dueSoonFraction([])).toBe(DEFAULT_DUE_SOON_FRACTION);
    expect(dueSoonFraction([0, -1, 2, Number.NaN])).toBe(DEFAULT_DUE_SOON_FRACTION);
  });

  it('never says "On track" for a breached or nearly due goal, nor "Due soon" far from it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 2 * 10 ** 9 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { maxLength: 4 }),
        (targetMs, elapsedMs, warnAt) => {
          const text = goalStateText(running(elapsedMs, targetMs), warnAt, null);
          const fraction = dueSoonFraction(warnAt);
          if (elapsedMs > targetMs) expect(text).toBe('Overdue');
          else if (elapsedMs >= fraction * targetMs) expect(text).toBe('Due soon');
          else expect(text).toBe('On track');
          // Monotone: more elapsed time never reads as less urgent.
          const order = ['On track', 'Due soon', 'Overdue'];
          const later = goalStateText(running(elapsedMs + 1, targetMs), warnAt, null);
          expect(order.indexOf(later)).toBeGreaterThanOrEqual(order.indexOf(text));
        },
      ),
    );
  });
});
