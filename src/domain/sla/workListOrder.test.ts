import fc from 'fast-check';
import { compareWorkList, type WorkListEntry } from './workListOrder';

type Goal = WorkListEntry['goals'][number];

const goal = (over: Partial<Goal>): Goal => ({
  state: 'running',
  breached: false,
  deadline: '2026-03-10T12:00:00.000Z',
  warnings: [],
  ...over,
});

const entry = (key: string, rank: number | null, goals: Goal[]): WorkListEntry => ({
  key,
  rank,
  goals,
});

const order = (entries: WorkListEntry[]) => [...entries].sort(compareWorkList).map((e) => e.key);

describe('compareWorkList', () => {
  it('puts breached issues first, then those at risk, then the rest, whatever their rank', () => {
    const calm = entry('A-1', 1, [goal({})]);
    const atRisk = entry('A-2', 3, [
      goal({ warnings: [{ fraction: 0.5, at: 'x', reached: true }] }),
    ]);
    const breached = entry('A-3', 5, [goal({ breached: true })]);
    expect(order([calm, atRisk, breached])).toEqual(['A-3', 'A-2', 'A-1']);
  });

  it('compares priorities of different models by internal rank: "Yellow" (2) before "Priority 3"', () => {
    const yellow = entry('TRAFFIC-9', 2, [goal({ deadline: '2026-03-12T00:00:00.000Z' })]);
    const numeric3 = entry('NUM-1', 3, [goal({ deadline: '2026-03-01T00:00:00.000Z' })]);
    expect(order([numeric3, yellow])).toEqual(['TRAFFIC-9', 'NUM-1']);
  });

  it('orders equal ranks by the earliest open deadline, issues without one last', () => {
    const later = entry('S-1', 2, [goal({ deadline: '2026-03-12T00:00:00.000Z' })]);
    const sooner = entry('S-2', 2, [
      goal({ deadline: '2026-03-20T00:00:00.000Z' }),
      goal({ deadline: '2026-03-11T00:00:00.000Z' }),
    ]);
    const none = entry('S-3', 2, [goal({ state: 'met', deadline: null })]);
    expect(order([none, later, sooner])).toEqual(['S-2', 'S-1', 'S-3']);
  });

  it('ignores completed goals: a missed goal does not make an issue "breached"', () => {
    const missed = entry('M-1', 4, [goal({ state: 'missed', breached: true, deadline: null })]);
    const open = entry('M-2', 3, [goal({})]);
    expect(order([missed, open])).toEqual(['M-2', 'M-1']);
  });

  it('breaks ties by issue key, numerically within a project', () => {
    const entries = ['SUP-10', 'SUP-9', 'ABC-100'].map((key) => entry(key, 1, [goal({})]));
    expect(order(entries)).toEqual(['ABC-100', 'SUP-9', 'SUP-10']);
  });

  it('is a total order: antisymmetric and transitive on random entries', () => {
    const arbitraryEntry = fc.record({
      key: fc.tuple(fc.constantFrom('A', 'B'), fc.nat(20)).map(([p, n]) => `${p}-${n}`),
      rank: fc.option(fc.integer({ min: 1, max: 5 })),
      goals: fc.array(
        fc.record({
          state: fc.constantFrom('running', 'paused', 'met', 'missed', 'notStarted'),
          breached: fc.boolean(),
          deadline: fc.option(
            fc.integer({ min: 0, max: 10 }).map((d) => `2026-03-1${d % 10}T00:00:00.000Z`),
          ),
          warnings: fc.array(
            fc.record({ fraction: fc.constant(0.5), at: fc.constant(null), reached: fc.boolean() }),
            { maxLength: 1 },
          ),
        }),
        { maxLength: 3 },
      ),
    }) as fc.Arbitrary<WorkListEntry>;
    fc.assert(
      fc.property(arbitraryEntry, arbitraryEntry, arbitraryEntry, (a, b, c) => {
        expect(Math.sign(compareWorkList(a, b))).toBe(-Math.sign(compareWorkList(b, a)) || 0);
        if (compareWorkList(a, b) <= 0 && compareWorkList(b, c) <= 0) {
          expect(compareWorkList(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
