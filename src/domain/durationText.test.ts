import { formatBusinessTime, formatWallTime } from './durationText';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('formatBusinessTime', () => {
  it('says business time in hours, never in days a reader would take for working days', () => {
    expect(formatBusinessTime(240 * HOUR)).toBe('240h');
    expect(formatBusinessTime(27 * HOUR + 5 * MINUTE)).toBe('27h 5m');
  });

  it('shows hours and minutes, seconds below a minute, rounding down', () => {
    expect(formatBusinessTime(2 * HOUR + 15 * MINUTE + 59_999)).toBe('2h 15m');
    expect(formatBusinessTime(45 * MINUTE)).toBe('45m');
    expect(formatBusinessTime(45_999)).toBe('45s');
    expect(formatBusinessTime(0)).toBe('0s');
    expect(formatBusinessTime(-90 * MINUTE)).toBe('−1h 30m');
  });
});

describe('formatWallTime', () => {
  it('says wall-clock time in days and hours, the two largest units', () => {
    expect(formatWallTime(27 * HOUR + 5 * MINUTE)).toBe('1d 3h');
    expect(formatWallTime(2 * HOUR + 15 * MINUTE)).toBe('2h 15m');
    expect(formatWallTime(31_000)).toBe('31s');
  });
});
