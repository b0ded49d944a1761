import { at, copenhagenOffice, everyDay } from '../../../test/support/calendars';
import { createBusinessCalendar } from './businessCalendar';
import { nextOpening } from './nextOpening';
import type { HolidaySet } from './types';

const office = copenhagenOffice();
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('nextOpening', () => {
  it('finds the next opening while closed, and returns t when it opens exactly then', () => {
    expect(iso(nextOpening(office, at('2026-03-02T11:10:00Z')))).toBe('2026-03-02T11:30:00.000Z');
    expect(iso(nextOpening(office, at('2026-03-02T11:30:00Z')))).toBe('2026-03-02T11:30:00.000Z');
    expect(iso(nextOpening(office, at('2026-03-06T14:00:00Z')))).toBe('2026-03-09T07:00:00.000Z');
  });

  it('gives the following opening while open', () => {
    expect(iso(nextOpening(office, at('2026-03-02T08:00:00Z')))).toBe('2026-03-02T11:30:00.000Z');
  });

  it('skips holidays, across New Year', () => {
    // From Christmas Eve to Monday 4 January 2027 (1 January is a Friday and a holiday).
    expect(iso(nextOpening(office, at('2026-12-31T11:00:00Z')))).toBe('2027-01-04T07:00:00.000Z');
  });

  it('does not take midnight between two touching days for an opening', () => {
    const allDay = everyDay('UTC', [['00:00', '24:00']]);
    const christmas: HolidaySet = { id: 'x', rules: [{ type: 'fixed', month: 12, day: 25 }] };
    const withChristmas = createBusinessCalendar(
      { id: 'c', timeZone: 'UTC', week: 'always', holidaySets: ['x'] },
      [christmas],
    );
    // New Year is where the compiled years meet; it is not an opening either.
    expect(iso(nextOpening(withChristmas, at('2026-12-27T00:00:00Z')))).toBe(
      '2027-12-26T00:00:00.000Z',
    );
    expect(nextOpening(allDay, at('2026-03-02T00:00:00Z'))).toBeNull();
  });
});
