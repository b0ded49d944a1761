import { validateCalendar } from './validateCalendar';

const known = new Set(['dk']);
const valid = {
  id: 'cph',
  timeZone: 'Europe/Copenhagen',
  week: {
    mon: [
      ['08:00', '12:00'],
      ['12:30', '16:00'],
    ],
    sat: [],
  },
  holidaySets: ['dk'],
};

describe('validateCalendar', () => {
  it('accepts a valid calendar, 24/7 calendars and touching ranges', () => {
    expect(validateCalendar(valid, known)).toEqual([]);
    expect(validateCalendar({ id: 'a', timeZone: 'UTC', week: 'always' }, known)).toEqual([]);
    const touching = {
      ...valid,
      week: {
        tue: [
          ['08:00', '12:00'],
          ['12:00', '24:00'],
        ],
      },
    };
    expect(validateCalendar(touching, known)).toEqual([]);
  });

  it('reports every problem at once, each with its path', () => {
    const calendar = {
      id: '',
      timeZone: 'Europe/Atlantis',
      week: {
        mon: [['16:00', '08:00']],
        tue: [
          ['08:00', '12:00'],
          ['11:00', '13:00'],
        ],
        wed: [
          ['8:00', '24:00'],
          ['09:00', '25:00'],
        ],
        fri: 'all day',
        funday: [],
      },
      holidaySets: ['dk', 'xx', 7],
    };
    expect(validateCalendar(calendar, known, '$.calendars[2]')).toEqual([
      { path: '$.calendars[2].id', message: 'must be a non-empty string' },
      { path: '$.calendars[2].timeZone', message: 'unknown time zone "Europe/Atlantis"' },
      {
        path: '$.calendars[2].week.funday',
        message: 'unknown weekday; use mon, tue, wed, thu, fri, sat, sun',
      },
      { path: '$.calendars[2].week.mon[0]', message: 'ends (08:00) before it starts (16:00)' },
      { path: '$.calendars[2].week.tue[1]', message: 'overlaps range 0 (08:00–12:00)' },
      {
        path: '$.calendars[2].week.wed[0][0]',
        message: 'must be a time "HH:MM" from 00:00 to 23:59',
      },
      {
        path: '$.calendars[2].week.wed[1][1]',
        message: 'must be a time "HH:MM" from 00:01 to 24:00',
      },
      { path: '$.calendars[2].week.fri', message: 'must be a list of ["HH:MM", "HH:MM"] ranges' },
      { path: '$.calendars[2].holidaySets[1]', message: 'unknown holiday set "xx"' },
      { path: '$.calendars[2].holidaySets[2]', message: 'must be a holiday set id (a string)' },
    ]);
  });

  it('refuses a calendar that is never open', () => {
    expect(validateCalendar({ ...valid, week: { sat: [] } }, known)).toEqual([
      { path: '$.week', message: 'the calendar is never open: give at least one opening range' },
    ]);
  });

  it('refuses UTC offsets in place of zones, and non-objects', () => {
    expect(validateCalendar({ ...valid, timeZone: '+02:00' }, known)[0]?.path).toBe('$.timeZone');
    expect(validateCalendar([], known)).toEqual([
      { path: '$', message: 'must be an object, got an array' },
    ]);
    expect(validateCalendar({ ...valid, week: 'weekdays' }, known)[0]).toEqual({
      path: '$.week',
      message: 'must be "always" or an object of opening ranges per weekday',
    });
  });
});
