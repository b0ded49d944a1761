import { HOLIDAY_PRESETS } from './presets';
import { validateHolidaySet } from './validateHolidaySet';

describe('validateHolidaySet', () => {
  it('accepts every shipped preset', () => {
    for (const preset of HOLIDAY_PRESETS.values()) expect(validateHolidaySet(preset)).toEqual([]);
  });

  it('accepts 29 February (it applies in leap years)', () => {
    expect(validateHolidaySet({ id: 'x', rules: [{ type: 'fixed', month: 2, day: 29 }] })).toEqual(
      [],
    );
  });

  it('reports every bad rule with its path', () => {
    const set = {
      id: 'x',
      rules: [
        { type: 'fixed', month: 2, day: 30 },
        { type: 'fixed', month: 13, day: 1 },
        { type: 'date', date: '2026-13-01' },
        { type: 'easter', offsetDays: 1.5 },
        { type: 'weekdayOnOrAfter', weekday: 'friday', month: 6, day: 19 },
        { type: 'lunar' },
        { type: 'fixed', month: 12, day: 24, closedFrom: '24:00' },
        { type: 'fixed', month: 12, day: 24, fromYear: 2030, toYear: 2020 },
        'Christmas',
      ],
    };
    expect(validateHolidaySet(set, '$.holidaySets[0]')).toEqual([
      { path: '$.holidaySets[0].rules[0].day', message: 'month 2 has no day 30' },
      { path: '$.holidaySets[0].rules[1].month', message: 'must be a month number, 1 to 12' },
      { path: '$.holidaySets[0].rules[2].date', message: 'must be a real date "YYYY-MM-DD"' },
      {
        path: '$.holidaySets[0].rules[3].offsetDays',
        message: 'must be a whole number of days from Easter Sunday, -366 to 366',
      },
      {
        path: '$.holidaySets[0].rules[4].weekday',
        message: 'must be one of mon, tue, wed, thu, fri, sat, sun',
      },
      {
        path: '$.holidaySets[0].rules[5].type',
        message: 'must be one of fixed, date, easter, weekdayOnOrAfter',
      },
      {
        path: '$.holidaySets[0].rules[6].closedFrom',
        message: 'must be a time "HH:MM" from 00:00 to 23:59',
      },
      { path: '$.holidaySets[0].rules[7].toYear', message: 'must not be before fromYear' },
      { path: '$.holidaySets[0].rules[8]', message: 'must be an object, got a string' },
    ]);
  });

  it('requires an id and a list of rules', () => {
    expect(validateHolidaySet({ rules: 'none' })).toEqual([
      { path: '$.id', message: 'must be a non-empty string' },
      { path: '$.rules', message: 'must be a list of holiday rules' },
    ]);
  });
});
