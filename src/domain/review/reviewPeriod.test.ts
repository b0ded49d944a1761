import fc from 'fast-check';
import { MAX_REPORT_MONTHS } from '../reports/reportMonths';
import {
  defaultReviewPeriod,
  futureMonthErrors,
  readReviewPeriod,
  reviewPeriodKey,
} from './reviewPeriod';

const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;

describe('the review period', () => {
  it('defaults to the 12 whole months before the current one, in the time zone', () => {
    // 1 January 2026 00:30 in Copenhagen is still 31 December in UTC.
    const now = Date.parse('2025-12-31T23:30:00Z');
    expect(defaultReviewPeriod(now, 'Europe/Copenhagen')).toEqual({
      from: '2025-01',
      to: '2025-12',
    });
    expect(defaultReviewPeriod(now, 'UTC')).toEqual({ from: '2024-12', to: '2025-11' });
  });

  it('always covers 12 months ending with the month before now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2090-01-01') }),
        fc.constantFrom('UTC', 'Europe/Copenhagen', 'Pacific/Auckland', 'America/New_York'),
        (now, timeZone) => {
          const { from, to } = defaultReviewPeriod(now, timeZone);
          expect(monthIndex(to) - monthIndex(from)).toBe(11);
          expect(futureMonthErrors({ from, to }, now, timeZone)).toEqual([]);
          expect(readReviewPeriod({ from, to })).toEqual({ period: { from, to } });
        },
      ),
    );
  });

  it('reads both months, or neither', () => {
    expect(readReviewPeriod({})).toEqual({ period: null });
    expect(readReviewPeriod({ from: '2025-01', to: '2025-12' })).toEqual({
      period: { from: '2025-01', to: '2025-12' },
    });
    expect(reviewPeriodKey({ from: '2025-01', to: '2025-12' })).toBe('2025-01..2025-12');
  });

  it.each([
    [{ from: '2025-01' }, '$.to', 'must be given with the other month, as YYYY-MM'],
    [{ from: '2025-13', to: '2025-12' }, '$.from', 'must be a month as YYYY-MM, not "2025-13"'],
    [{ from: 2025, to: '2025-12' }, '$.from', 'must be a month as YYYY-MM, not a number'],
    [{ from: '2025-12', to: '2025-01' }, '$.to', 'must not be before from'],
    [{ from: '2024-01', to: '2026-01' }, '$.to', 'a review covers at most 24 months'],
  ])('refuses %j at %s', (input, path, message) => {
    expect(readReviewPeriod(input)).toEqual({ errors: [{ path, message }] });
  });

  it('takes up to 24 months, no more (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (extra) => {
        const from = '2020-01';
        const toIndex = monthIndex(from) + extra;
        const to = `${Math.floor(toIndex / 12)}-${String((toIndex % 12) + 1).padStart(2, '0')}`;
        const read = readReviewPeriod({ from, to });
        expect('period' in read).toBe(extra + 1 <= MAX_REPORT_MONTHS);
      }),
    );
  });

  it('refuses months that have not begun', () => {
    const now = Date.parse('2026-03-15T12:00:00Z');
    expect(futureMonthErrors({ from: '2025-04', to: '2026-03' }, now, 'UTC')).toEqual([]);
    expect(futureMonthErrors({ from: '2025-05', to: '2026-04' }, now, 'UTC')).toEqual([
      { path: '$.to', message: 'must not be after the current month, 2026-03' },
    ]);
  });
});
