import { isTimeZone, offsetSpans } from './timeZone';

const HOUR = 3_600_000;

describe('time zones', () => {
  it('knows IANA zones and refuses the rest', () => {
    expect(isTimeZone('Europe/Copenhagen')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('+02:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('finds the exact instants of the DST changes in a year', () => {
    const spans = offsetSpans(
      'Europe/Copenhagen',
      Date.parse('2026-01-01T00:00:00Z'),
      Date.parse('2027-01-01T00:00:00Z'),
    );
    expect(spans.map((s) => [new Date(s.start).toISOString(), s.offsetMs / HOUR])).toEqual([
      ['2026-01-01T00:00:00.000Z', 1],
      ['2026-03-29T01:00:00.000Z', 2],
      ['2026-10-25T01:00:00.000Z', 1],
    ]);
  });

  it('finds half-hour changes (Lord Howe Island)', () => {
    const spans = offsetSpans(
      'Australia/Lord_Howe',
      Date.parse('2026-01-01T00:00:00Z'),
      Date.parse('2027-01-01T00:00:00Z'),
    );
    expect(spans.map((s) => s.offsetMs / HOUR)).toEqual([11, 10.5, 11]);
    // 02:00 local daylight time on the first Sunday of April goes back to 01:30.
    expect(new Date(spans[1]!.start).toISOString()).toBe('2026-04-04T15:00:00.000Z');
  });

  it('returns one span for a zone without DST', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const spans = offsetSpans('Asia/Kathmandu', from, from + 365 * 24 * HOUR);
    expect(spans).toEqual([{ start: from, end: from + 365 * 24 * HOUR, offsetMs: 5.75 * HOUR }]);
  });

  it('follows history: Nepal moved from +05:30 to +05:45 in 1986', () => {
    const spans = offsetSpans('Asia/Kathmandu', Date.UTC(1985, 0, 1), Date.UTC(1987, 0, 1));
    expect(spans.map((s) => s.offsetMs / HOUR)).toEqual([5.5, 5.75]);
    expect(new Date(spans[1]!.start).toISOString()).toBe('1985-12-31T18:30:00.000Z');
  });
});
