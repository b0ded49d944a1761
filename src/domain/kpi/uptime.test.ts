import fc from 'fast-check';
import type { ReportMonth } from '../reports/managementReport';
import { downtimeUnion, downtimeWithin, uptimeByMonth, type DowntimeInterval } from './uptime';

const HOUR = 3_600_000;
const JAN = Date.parse('2026-01-01T00:00Z');
const FEB = Date.parse('2026-02-01T00:00Z');
const MAR = Date.parse('2026-03-01T00:00Z');
const MONTHS: ReportMonth[] = [
  { key: '2026-01', start: JAN, end: FEB },
  { key: '2026-02', start: FEB, end: MAR },
];
const AFTER = MAR + 10 * 24 * HOUR;

const interval = fc
  .tuple(
    fc.integer({ min: JAN - 5 * 24 * HOUR, max: MAR + 5 * 24 * HOUR }),
    fc.option(fc.integer({ min: 0, max: 20 * 24 * HOUR }), { nil: null }),
  )
  .map(([start, length]): DowntimeInterval => ({
    start,
    end: length === null ? null : start + length,
  }));
const intervals = fc.array(interval, { maxLength: 12 });
const now = fc.integer({ min: JAN - 24 * HOUR, max: MAR + 24 * HOUR });

describe('uptime', () => {
  it('counts overlapping incidents once', () => {
    const incidents = [
      { start: JAN, end: JAN + 2 * HOUR },
      { start: JAN + HOUR, end: JAN + 3 * HOUR },
    ];
    const values = uptimeByMonth(incidents, MONTHS, AFTER);
    expect(values.get('2026-01')).toBeCloseTo(100 * (1 - (3 * HOUR) / (FEB - JAN)), 10);
    expect(values.get('2026-02')).toBe(100);
  });

  it('counts an open incident until now, and the running month only up to now', () => {
    const nowInFeb = FEB + 10 * HOUR;
    const values = uptimeByMonth([{ start: FEB + 5 * HOUR, end: null }], MONTHS, nowInFeb);
    expect(values.get('2026-02')).toBeCloseTo(50, 10);
  });

  it('has nothing to measure in a month not begun', () => {
    expect(uptimeByMonth([], MONTHS, FEB - 1).get('2026-02')).toBeNull();
    expect(uptimeByMonth([], MONTHS, FEB - 1).get('2026-01')).toBe(100);
  });

  it('splits an incident across a month boundary exactly', () => {
    const values = uptimeByMonth([{ start: FEB - 2 * HOUR, end: FEB + 3 * HOUR }], MONTHS, AFTER);
    expect(values.get('2026-01')).toBeCloseTo(100 * (1 - (2 * HOUR) / (FEB - JAN)), 10);
    expect(values.get('2026-02')).toBeCloseTo(100 * (1 - (3 * HOUR) / (MAR - FEB)), 10);
  });

  it('stays between 0 and 100', () => {
    fc.assert(
      fc.property(intervals, now, (incidents, t) => {
        for (const value of uptimeByMonth(incidents, MONTHS, t).values()) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never counts more downtime than the incidents add up to', () => {
    fc.assert(
      fc.property(intervals, now, (incidents, t) => {
        const union = downtimeWithin(downtimeUnion(incidents, t), JAN, MAR);
        const sum = incidents.reduce(
          (total, i) => total + downtimeWithin(downtimeUnion([i], t), JAN, MAR),
          0,
        );
        expect(union).toBeLessThanOrEqual(sum);
      }),
    );
  });

  it('never rises when an incident is added', () => {
    fc.assert(
      fc.property(intervals, interval, now, (incidents, added, t) => {
        const before = uptimeByMonth(incidents, MONTHS, t);
        const after = uptimeByMonth([...incidents, added], MONTHS, t);
        for (const month of MONTHS) {
          const b = before.get(month.key);
          const a = after.get(month.key);
          if (b === null || a === null) expect(a).toBe(b);
          else expect(a!).toBeLessThanOrEqual(b! + 1e-9);
        }
      }),
    );
  });

  it('splits downtime at any boundary into parts that add up exactly', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: JAN, max: MAR }), (incidents, cut) => {
        const union = downtimeUnion(incidents, AFTER);
        expect(downtimeWithin(union, JAN, cut) + downtimeWithin(union, cut, MAR)).toBe(
          downtimeWithin(union, JAN, MAR),
        );
      }),
    );
  });

  it('answers disjoint sorted intervals', () => {
    fc.assert(
      fc.property(intervals, now, (incidents, t) => {
        const union = downtimeUnion(incidents, t);
        for (let i = 1; i < union.length; i++)
          expect(union[i]![0]).toBeGreaterThan(union[i - 1]![1]);
        for (const [start, end] of union) expect(end).toBeGreaterThan(start);
      }),
    );
  });
});
