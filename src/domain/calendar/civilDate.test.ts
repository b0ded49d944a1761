import { dayNumber, isCivilDate, parseIsoDate, weekdayIndex } from './civilDate';

describe('civil dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2026, 3, 2)).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayIndex(dayNumber(2026, 3, 2))).toBe(0); // Monday
    expect(weekdayIndex(dayNumber(2026, 3, 8))).toBe(6); // Sunday
    expect(weekdayIndex(dayNumber(1969, 12, 29))).toBe(0); // before the epoch too
  });

  it('rejects dates that do not exist', () => {
    expect(isCivilDate(2026, 2, 29)).toBe(false);
    expect(isCivilDate(2028, 2, 29)).toBe(true);
    expect(isCivilDate(2026, 13, 1)).toBe(false);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-6-5')).toBeUndefined();
    expect(parseIsoDate('2026-06-05')).toBe(dayNumber(2026, 6, 5));
  });
});
