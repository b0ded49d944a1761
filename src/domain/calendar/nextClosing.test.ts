import { at, copenhagenOffice } from '../../../test/support/calendars';
import { createBusinessCalendar } from './businessCalendar';
import { nextClosing } from './nextClosing';
import type { HolidaySet } from './types';

const office = copenhagenOffice();
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('nextClosing', () => {
  it('finds the end of the current opening period', () => {
    expect(iso(nextClosing(office, at('2026-03-02T08:00:00Z')))).toBe('2026-03-02T11:00:00.000Z');
    expect(iso(nextClosing(office, at('2026-03-06T12:00:00Z')))).toBe('2026-03-06T14:00:00.000Z');
  });

  it('gives the end of the next opening period while closed', () => {
    expect(iso(nextClosing(office, at('2026-03-07T12:00:00Z')))).toBe('2026-03-09T11:00:00.000Z');
    // At the closing instant itself the calendar closes then.
    expect(iso(nextClosing(office, at('2026-03-02T11:00:00Z')))).toBe('2026-03-02T11:00:00.000Z');
  });

  it('crosses New Year without stopping at it', () => {
    const christmas: HolidaySet = { id: 'x', rules: [{ type: 'fixed', month: 12, day: 25 }] };
    const calendar = createBusinessCalendar(
      { id: 'c', timeZone: 'Europe/Copenhagen', week: 'always', holidaySets: ['x'] },
      [christmas],
    );
    expect(iso(nextClosing(calendar, at('2026-12-27T00:00:00Z')))).toBe('2027-12-24T23:00:00.000Z');
  });

  it('finds a closing exactly at New Year (UTC), where the compiled years meet', () => {
    // Open Thursdays all day in UTC: Thursday 31 December 2026 closes at 2027-01-01T00:00Z.
    const thursdays = createBusinessCalendar(
      { id: 't', timeZone: 'UTC', week: { thu: [['00:00', '24:00']] } },
      [],
    );
    expect(iso(nextClosing(thursdays, at('2026-12-31T23:59:00Z')))).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(iso(nextClosing(thursdays, at('2027-01-01T00:00:00Z')))).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    // Copenhagen office closes New Year's Eve at 12:00, long before; at New Year it is closed and
    // was closed the minute before, so the next closing is the end of the next working day.
    expect(iso(nextClosing(office, at('2027-01-01T00:00:00Z')))).toBe('2027-01-04T11:00:00.000Z');
  });

  it('never closes on a 24/7 calendar without holidays', () => {
    const always = createBusinessCalendar({ id: 'a', timeZone: 'UTC', week: 'always' }, []);
    expect(nextClosing(always, at('2026-03-02T00:00:00Z'))).toBeNull();
  });
});
