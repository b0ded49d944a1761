import fc from 'fast-check';
import { addMonths, contiguousRuns, metricMonths } from './kpiMetricMonths';

describe('metric months', () => {
  it('sorts and de-duplicates months, in the time zone given', () => {
    expect(metricMonths(['2026-03', '2026-01', '2026-03'], 'Europe/Copenhagen')).toEqual([
      {
        key: '2026-01',
        start: Date.parse('2025-12-31T23:00Z'),
        end: Date.parse('2026-01-31T23:00Z'),
      },
      {
        key: '2026-03',
        start: Date.parse('2026-02-28T23:00Z'),
        end: Date.parse('2026-03-31T22:00Z'),
      },
    ]);
    expect(() => metricMonths(['2026-13'], 'UTC')).toThrow('not a month: 2026-13');
  });

  it('covers every month from the first to the last in runs of at most 24', () => {
    const runs = contiguousRuns(['2023-02', '2025-06', '2024-01'], 'UTC');
    expect(runs.map((r) => [r[0]!.key, r[r.length - 1]!.key])).toEqual([
      ['2023-02', '2025-01'],
      ['2025-02', '2025-06'],
    ]);
    expect(contiguousRuns([], 'UTC')).toEqual([]);
  });

  it('adds months', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 500 }),
        (y, m, n) => {
          const key = `${y}-${String(m).padStart(2, '0')}`;
          expect(addMonths(addMonths(key, n), -n)).toBe(key);
          const runs = contiguousRuns([key, addMonths(key, n)], 'UTC').flat();
          expect(runs.length).toBe(n + 1);
          runs.forEach((month, i) => i > 0 && expect(month.start).toBe(runs[i - 1]!.end));
        },
      ),
      { numRuns: 30 },
    );
  });
});
