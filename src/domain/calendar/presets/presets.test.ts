import { dayNumber } from '../civilDate';
import { holidayClosures } from '../holidayClosures';
import { HOLIDAY_PRESETS } from './index';

/** The closed days of a preset in a year, as `MM-DD` or `MM-DD@HH:MM` for partial closures. */
function closedDays(id: string, year: number): string[] {
  const closures = holidayClosures([HOLIDAY_PRESETS.get(id)!], year);
  return [...closures.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, closedFrom]) => {
      const date = new Date(day * 86_400_000).toISOString().slice(5, 10);
      if (closedFrom === 0) return date;
      const time = `${String(closedFrom / 60).padStart(2, '0')}:${String(closedFrom % 60).padStart(2, '0')}`;
      return `${date}@${time}`;
    });
}

describe('holiday presets', () => {
  it('ships Denmark, Norway and Sweden', () => {
    expect([...HOLIDAY_PRESETS.keys()]).toEqual(['dk', 'no', 'se']);
  });

  it('Denmark 2026 (Easter 5 April; no Store bededag since 2024)', () => {
    expect(closedDays('dk', 2026)).toEqual([
      '01-01',
      '04-02',
      '04-03',
      '04-05',
      '04-06',
      '05-14',
      '05-24',
      '05-25',
      '06-05@12:00',
      '12-24',
      '12-25',
      '12-26',
      '12-31@12:00',
    ]);
  });

  it('Denmark 2023 still has Store bededag (fourth Friday after Easter)', () => {
    expect(closedDays('dk', 2023)).toContain('05-05');
    expect(closedDays('dk', 2024)).not.toContain('04-26');
  });

  it('Norway 2026', () => {
    expect(closedDays('no', 2026)).toEqual([
      '01-01',
      '04-02',
      '04-03',
      '04-05',
      '04-06',
      '05-01',
      '05-14',
      '05-17',
      '05-24',
      '05-25',
      '12-24@12:00',
      '12-25',
      '12-26',
      '12-31@12:00',
    ]);
  });

  it('Sweden 2026, with Midsummer and All Saints on their weekdays', () => {
    expect(closedDays('se', 2026)).toEqual([
      '01-01',
      '01-06',
      '04-03',
      '04-05',
      '04-06',
      '05-01',
      '05-14',
      '05-24',
      '06-06',
      '06-19',
      '06-20',
      '10-31',
      '12-24',
      '12-25',
      '12-26',
      '12-31',
    ]);
  });

  it('Sweden swapped Whit Monday for the National Day in 2005', () => {
    expect(closedDays('se', 2004)).toContain('05-31'); // Annandag pingst 2004
    expect(closedDays('se', 2004)).not.toContain('06-06');
    expect(closedDays('se', 2005)).toContain('06-06');
    expect(closedDays('se', 2005)).not.toContain('05-16');
  });

  it('Swedish Midsummer Eve is always a Friday from 19 to 25 June', () => {
    for (let year = 2000; year <= 2100; year++) {
      const closures = holidayClosures([HOLIDAY_PRESETS.get('se')!], year);
      const eve = [...closures.keys()].find(
        (day) => day >= dayNumber(year, 6, 19) && day <= dayNumber(year, 6, 25),
      )!;
      expect(new Date(eve * 86_400_000).getUTCDay()).toBe(5);
    }
  });
});
