import { dayNumber } from './civilDate';
import { holidayClosures } from './holidayClosures';
import type { HolidaySet } from './types';

const day = (iso: string) => dayNumber(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const set = (rules: HolidaySet['rules']): HolidaySet => ({ id: 'test', rules });

describe('holidayClosures', () => {
  it('places fixed, one-off, Easter-relative and weekday rules', () => {
    const closures = holidayClosures(
      [
        set([
          { type: 'fixed', month: 12, day: 25 },
          { type: 'date', date: '2026-06-05' },
          { type: 'date', date: '2027-06-05' },
          { type: 'easter', offsetDays: -2 },
          { type: 'weekdayOnOrAfter', weekday: 'fri', month: 6, day: 19 },
        ]),
      ],
      2026,
    );
    expect([...closures.keys()].sort((a, b) => a - b)).toEqual(
      ['2026-04-03', '2026-06-05', '2026-06-19', '2026-12-25'].map(day),
    );
  });

  it('records partial closures as the minute the calendar closes', () => {
    const closures = holidayClosures(
      [set([{ type: 'fixed', month: 12, day: 24, closedFrom: '12:00' }])],
      2026,
    );
    expect(closures.get(day('2026-12-24'))).toBe(720);
  });

  it('lets the earliest closure win when rules share a day', () => {
    const closures = holidayClosures(
      [
        set([{ type: 'fixed', month: 12, day: 24, closedFrom: '12:00' }]),
        set([{ type: 'fixed', month: 12, day: 24, closedFrom: '10:00' }]),
        set([{ type: 'date', date: '2027-12-24' }]),
      ],
      2027,
    );
    expect(closures.get(day('2027-12-24'))).toBe(0);
    expect(
      holidayClosures(
        [set([{ type: 'fixed', month: 12, day: 24, closedFrom: '10:00' }])],
        2027,
      ).get(day('2027-12-24')),
    ).toBe(600);
  });

  it('honours fromYear and toYear', () => {
    const rules = set([{ type: 'easter', offsetDays: 26, fromYear: 2020, toYear: 2023 }]);
    expect(holidayClosures([rules], 2023).has(day('2023-05-05'))).toBe(true);
    expect(holidayClosures([rules], 2024).size).toBe(0);
    expect(holidayClosures([rules], 2019).size).toBe(0);
  });

  it('keeps 29 February to leap years', () => {
    const rules = set([{ type: 'fixed', month: 2, day: 29 }]);
    expect(holidayClosures([rules], 2026).size).toBe(0);
    expect(holidayClosures([rules], 2028).has(day('2028-02-29'))).toBe(true);
  });

  it('puts an Easter offset that crosses New Year into the right year', () => {
    // 2027's Easter is 28 March; 100 days earlier is 18 December 2026.
    const rules = set([{ type: 'easter', offsetDays: -100 }]);
    expect(holidayClosures([rules], 2026).has(day('2026-12-18'))).toBe(true);
    expect(holidayClosures([rules], 2027).has(day('2026-12-18'))).toBe(false);
  });
});
