import { lastEndedPeriodKey, parsePeriodKey, periodKeyAt, reportPeriod } from './reportPeriod';

const at = (iso: string) => Date.parse(iso);

describe('reportPeriod', () => {
  it('is the local month in the time zone as UTC instants', () => {
    const period = reportPeriod('2026-11', 'Europe/Copenhagen');
    expect(new Date(period.start).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(new Date(period.end).toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('ends in winter time for a month whose clocks go back (October, DST ends on the 25th)', () => {
    const period = reportPeriod('2026-10', 'Europe/Copenhagen');
    // 1 October 00:00 CEST (UTC+2) to 1 November 00:00 CET (UTC+1): 31 days and one hour.
    expect(new Date(period.start).toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(new Date(period.end).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(period.end - period.start).toBe((31 * 24 + 1) * 3_600_000);
  });

  it('ends in summer time for a month whose clocks go forward (March)', () => {
    const period = reportPeriod('2026-03', 'Europe/Copenhagen');
    expect(new Date(period.start).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(new Date(period.end).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(period.end - period.start).toBe((31 * 24 - 1) * 3_600_000);
  });

  it('rolls December over into January of the next year', () => {
    const period = reportPeriod('2026-12', 'UTC');
    expect(new Date(period.end).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses keys that are not months', () => {
    expect(parsePeriodKey('2026-13')).toBeUndefined();
    expect(parsePeriodKey('2026-1')).toBeUndefined();
    expect(() => reportPeriod('26-01', 'UTC')).toThrow('not a period');
  });
});

describe('periodKeyAt and lastEndedPeriodKey', () => {
  it('reads the month in the time zone, not in UTC', () => {
    // 23:30 UTC on 31 October is already 1 November 00:30 in Copenhagen.
    expect(periodKeyAt(at('2026-10-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2026-11');
    expect(periodKeyAt(at('2026-10-31T23:30:00Z'), 'UTC')).toBe('2026-10');
  });

  it('is the month before the local month of now, across a year end', () => {
    expect(lastEndedPeriodKey(at('2026-10-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2026-10');
    expect(lastEndedPeriodKey(at('2026-10-31T22:30:00Z'), 'Europe/Copenhagen')).toBe('2026-09');
    expect(lastEndedPeriodKey(at('2027-01-01T00:00:00Z'), 'UTC')).toBe('2026-12');
  });
});
