import { dayNumber } from './civilDate';
import { easterSunday } from './easterSunday';

describe('easterSunday', () => {
  it.each([
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [1818, 3, 22], // earliest possible date
    [1943, 4, 25], // latest possible date
    [2285, 3, 22],
  ])('%i falls on %i-%i', (year, month, day) => {
    expect(easterSunday(year)).toBe(dayNumber(year, month, day));
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year++) {
      const easter = easterSunday(year);
      expect(new Date(easter * 86_400_000).getUTCDay()).toBe(0);
      expect(easter).toBeGreaterThanOrEqual(dayNumber(year, 3, 22));
      expect(easter).toBeLessThanOrEqual(dayNumber(year, 4, 25));
    }
  });
});
