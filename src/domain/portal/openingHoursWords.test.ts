import { exampleContract } from '../../../test/support/contractVariants';
import type { CalendarDefinition } from '../calendar/types';
import { weekdays } from '../../../test/support/calendars';
import { isAroundTheClock, openingHoursWords, timeZoneWords } from './openingHoursWords';

const calendars = exampleContract.calendars;
const calendar = (id: string) => calendars.find((c) => c.id === id)!;

const office = (week: CalendarDefinition['week'], holidaySets?: string[]): CalendarDefinition => ({
  id: 'c',
  timeZone: 'Europe/Copenhagen',
  week,
  ...(holidaySets && { holidaySets }),
});

describe('openingHoursWords', () => {
  it('groups weekdays with equal ranges and names the city of the zone', () => {
    expect(openingHoursWords(office(weekdays([['08:00', '16:00']])))).toBe(
      'Mon–Fri 08:00–16:00 Copenhagen time',
    );
  });

  it('says "except public holidays" when holiday sets close the calendar', () => {
    expect(openingHoursWords(office(weekdays([['08:00', '16:00']]), ['dk']))).toBe(
      'Mon–Fri 08:00–16:00 Copenhagen time, except public holidays',
    );
  });

  it('joins several ranges of a day with "and", sorted by start', () => {
    expect(
      openingHoursWords(
        office(
          weekdays([
            ['13:00', '16:00'],
            ['08:00', '12:00'],
          ]),
        ),
      ),
    ).toBe('Mon–Fri 08:00–12:00 and 13:00–16:00 Copenhagen time');
  });

  it('lists a differing day on its own and groups only consecutive days', () => {
    expect(openingHoursWords(calendar('dk-extended'))).toBe(
      'Mon–Fri 07:00–20:00, Sat 09:00–13:00 Copenhagen time, except public holidays',
    );
    expect(openingHoursWords(calendar('dk-office'))).toBe(
      'Mon 08:00–16:00, Tue 08:00–12:00 and 12:30–16:00, Wed 08:00–16:00, ' +
        'Thu 08:00–12:00 and 12:30–16:00, Fri 08:00–15:00 Copenhagen time, except public holidays',
    );
    expect(
      openingHoursWords(
        office({ mon: [['08:00', '16:00']], wed: [['08:00', '16:00']], sat: [], sun: [] }),
      ),
    ).toBe('Mon 08:00–16:00, Wed 08:00–16:00 Copenhagen time');
  });

  it('says "around the clock" for 24×7, with its holidays if any', () => {
    expect(openingHoursWords(calendar('24x7'))).toBe('around the clock');
    const allDay: [string, string][] = [['00:00', '24:00']];
    const week = { ...weekdays(allDay), sat: allDay, sun: allDay };
    expect(openingHoursWords(office(week))).toBe('around the clock');
    expect(openingHoursWords(office('always', ['dk']))).toBe(
      'around the clock, except public holidays',
    );
  });

  it('says "never open" for a calendar with no hours', () => {
    expect(openingHoursWords(office({}))).toBe('never open');
  });
});

describe('isAroundTheClock', () => {
  it('is true only when open all week and no holiday closes it', () => {
    expect(isAroundTheClock(calendar('24x7'))).toBe(true);
    expect(isAroundTheClock(office('always', ['dk']))).toBe(false);
    expect(isAroundTheClock(calendar('dk-office'))).toBe(false);
    const allDay: [string, string][] = [['00:00', '24:00']];
    expect(isAroundTheClock(office(weekdays(allDay)))).toBe(false);
  });
});

describe('timeZoneWords', () => {
  it.each([
    ['Europe/Copenhagen', 'Copenhagen time'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires time'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
  ])('%s is "%s"', (zone, words) => {
    expect(timeZoneWords(zone)).toBe(words);
  });
});
