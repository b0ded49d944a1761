import { at, copenhagenOffice, everyDay, HOUR, MINUTE } from '../../../test/support/calendars';
import { addBusinessTime } from './addBusinessTime';
import { createBusinessCalendar } from './businessCalendar';
import { NORWAY } from './presets';

const office = copenhagenOffice();
const iso = (t: number) => new Date(t).toISOString();

describe('addBusinessTime', () => {
  it('adds within a day and skips the lunch break', () => {
    // Monday 2 March 2026, 09:00 local (CET, UTC+1) + 4 h → 13:30 local.
    expect(iso(addBusinessTime(office, at('2026-03-02T08:00:00Z'), 4 * HOUR))).toBe(
      '2026-03-02T12:30:00.000Z',
    );
  });

  it('starts counting at the next opening when closed', () => {
    // Saturday → Monday 08:30 local.
    expect(iso(addBusinessTime(office, at('2026-03-07T10:00:00Z'), 30 * MINUTE))).toBe(
      '2026-03-09T07:30:00.000Z',
    );
  });

  it('ends at the closing time when the amount runs out exactly then', () => {
    // Friday 13:00 local + 2 h = Friday 15:00 local (closing), not Monday 08:00.
    expect(iso(addBusinessTime(office, at('2026-03-06T12:00:00Z'), 2 * HOUR))).toBe(
      '2026-03-06T14:00:00.000Z',
    );
  });

  it('skips Easter and keeps a 40-hour week', () => {
    // Wednesday 1 April 2026 08:00 local; Thu 2 – Mon 6 April are closed.
    // Wed 7.5 h + Tue 7 Apr … Fri 10 Apr (7.5 + 7.5 + 7.5 + 6.5) = 36.5 h, 3.5 h more on Mon 13 Apr.
    expect(iso(addBusinessTime(office, at('2026-04-01T06:00:00Z'), 40 * HOUR))).toBe(
      '2026-04-13T09:30:00.000Z',
    );
  });

  it('is shorter across the spring-forward hour and longer across the fall-back hour', () => {
    const night = everyDay('Europe/Copenhagen', [['00:00', '06:00']]);
    // 29 March 2026: 02:00 → 03:00 local. 00:00 local = 23:00Z, + 3 h business = 04:00 local = 02:00Z.
    expect(iso(addBusinessTime(night, at('2026-03-28T23:00:00Z'), 3 * HOUR))).toBe(
      '2026-03-29T02:00:00.000Z',
    );
    // 25 October 2026: 03:00 → 02:00 local. 00:00 local = 22:00Z, + 3 h = 02:00 CET = 01:00Z.
    expect(iso(addBusinessTime(night, at('2026-10-24T22:00:00Z'), 3 * HOUR))).toBe(
      '2026-10-25T01:00:00.000Z',
    );
  });

  it('crosses New Year and ranges ending at 24:00', () => {
    const evenings = everyDay('Europe/Oslo', [['18:00', '24:00']], [NORWAY]);
    // Wed 30 Dec 2026 18:00 local (17:00Z); 31 Dec closes from 12:00; 1 Jan is a holiday.
    // 6 h on 30 Dec, then the next open evening is Sat 2 Jan 2027.
    expect(iso(addBusinessTime(evenings, at('2026-12-30T17:00:00Z'), 7 * HOUR))).toBe(
      '2027-01-02T18:00:00.000Z',
    );
  });

  it('runs around the clock on a 24/7 calendar, holidays excepted', () => {
    const always = createBusinessCalendar({ id: 'a', timeZone: 'UTC', week: 'always' }, []);
    expect(addBusinessTime(always, at('2026-12-31T23:00:00Z'), 2 * HOUR)).toBe(
      at('2027-01-01T01:00:00Z'),
    );
    const withHolidays = createBusinessCalendar(
      { id: 'b', timeZone: 'Europe/Oslo', week: 'always', holidaySets: ['no'] },
      [NORWAY],
    );
    // 11:00 local on 24 Dec: 1 h until it closes at 12:00; 25 and 26 Dec are closed; the
    // second hour is the first of 27 Dec (00:00–01:00 local).
    expect(iso(addBusinessTime(withHolidays, at('2026-12-24T10:00:00Z'), 2 * HOUR))).toBe(
      '2026-12-27T00:00:00.000Z',
    );
  });

  it('adds durations of several years', () => {
    const always = createBusinessCalendar({ id: 'a', timeZone: 'UTC', week: 'always' }, []);
    expect(addBusinessTime(always, at('2026-06-01T00:00:00Z'), 3 * 365 * 24 * HOUR)).toBe(
      at('2029-05-31T00:00:00Z'), // 2028 is a leap year
    );
  });

  it('returns the start for zero and refuses negative or non-finite amounts', () => {
    const saturday = at('2026-03-07T10:00:00Z');
    expect(addBusinessTime(office, saturday, 0)).toBe(saturday);
    expect(() => addBusinessTime(office, saturday, -1)).toThrow(RangeError);
    expect(() => addBusinessTime(office, saturday, Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessTime(office, saturday, Infinity)).toThrow(RangeError);
  });

  it('keeps millisecond precision', () => {
    expect(addBusinessTime(office, at('2026-03-02T08:00:00.250Z'), 1)).toBe(
      at('2026-03-02T08:00:00.251Z'),
    );
  });
});
