import fc from 'fast-check';
import { exampleContract } from '../../../test/support/contractVariants';
import { WEEKDAYS, type CalendarDefinition } from '../calendar/types';
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

  it('says "when we are open" for a calendar with no hours, never "never open"', () => {
    expect(openingHoursWords(office({}))).toBe('when we are open');
    expect(openingHoursWords(office({ mon: [], tue: [['10:00', '10:00']] }, ['dk']))).toBe(
      'when we are open',
    );
  });

  it('merges touching and overlapping ranges of a day', () => {
    expect(
      openingHoursWords(
        office(
          weekdays([
            ['12:00', '16:00'],
            ['08:00', '12:00'],
            ['09:00', '10:00'],
            ['15:00', '17:30'],
          ]),
        ),
      ),
    ).toBe('Mon–Fri 08:00–17:30 Copenhagen time');
    const halves: [string, string][] = [
      ['00:00', '12:00'],
      ['12:00', '24:00'],
    ];
    const week = { ...weekdays(halves), sat: halves, sun: halves };
    expect(openingHoursWords(office(week))).toBe('around the clock');
    expect(isAroundTheClock(office(week))).toBe(true);
  });

  it('words ranges split at any points (touching or overlapping) as the whole ranges', () => {
    const clock = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    // Disjoint ranges of one day, as sorted minute boundaries with gaps between them.
    const day = fc
      .uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 0, maxLength: 8 })
      .map((points) => [...points].sort((a, b) => a - b))
      .map((points) => {
        const ranges: [number, number][] = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i]!, points[i + 1]!]);
        return ranges;
      });
    // Each range cut at random points, the pieces touching or overlapping a little.
    const split = (ranges: [number, number][], cuts: number[], overlap: number[]) =>
      ranges.flatMap(([start, end], i) => {
        const inside = cuts.map((c) => start + (c % (end - start))).sort((a, b) => a - b);
        const bounds = [start, ...inside, end];
        return bounds.slice(1).map((to, j) => {
          const from = Math.max(start, bounds[j]! - (overlap[(i + j) % overlap.length] ?? 0));
          return [clock(from), clock(to)] as const;
        });
      });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 7, maxLength: 7 }),
        fc.array(fc.nat({ max: 1439 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (days, cuts, overlap, shuffle) => {
          const whole = Object.fromEntries(
            WEEKDAYS.map((d, i) => [d, days[i]!.map(([a, b]) => [clock(a), clock(b)] as const)]),
          );
          const pieces = Object.fromEntries(
            WEEKDAYS.map((d, i) => {
              const list = split(days[i]!, cuts, overlap);
              return [d, shuffle ? [...list].reverse() : list];
            }),
          );
          expect(openingHoursWords(office(pieces))).toBe(openingHoursWords(office(whole)));
          expect(isAroundTheClock(office(pieces))).toBe(isAroundTheClock(office(whole)));
        },
      ),
    );
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
    ['Etc/GMT', 'UTC'],
    ['Etc/GMT+0', 'UTC'],
    // POSIX signs: Etc/GMT+5 is five hours behind UTC, Etc/GMT-14 fourteen ahead.
    ['Etc/GMT+5', 'UTC\u22125'],
    ['Etc/GMT-14', 'UTC+14'],
  ])('%s is "%s"', (zone, words) => {
    expect(timeZoneWords(zone)).toBe(words);
  });
});

describe('timeZoneWords of fixed-offset zones', () => {
  it('says the offset the way Intl does (GMT-5 is UTC−5)', () => {
    for (let hours = -14; hours <= 12; hours++) {
      if (hours === 0) continue;
      const zone = `Etc/GMT${hours < 0 ? '-' : '+'}${Math.abs(hours)}`;
      const intl = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(new Date(0))
        .find((p) => p.type === 'timeZoneName')!.value;
      expect(timeZoneWords(zone).replace('\u2212', '-')).toBe(intl.replace('GMT', 'UTC'));
    }
  });
});
