import { at, copenhagenOffice, everyDay, HOUR } from '../../../test/support/calendars';
import { businessTimeBetween } from './businessTimeBetween';
import { createBusinessCalendar } from './businessCalendar';
import { DENMARK } from './presets';

const office = copenhagenOffice();

describe('businessTimeBetween', () => {
  it('counts open time only', () => {
    // Friday 15:00 local (closed) to Monday 09:00 local: 1 h.
    expect(
      businessTimeBetween(office, at('2026-03-06T14:00:00Z'), at('2026-03-09T08:00:00Z')),
    ).toBe(1 * HOUR);
    // A whole ordinary week: 4 × 7.5 h + 6.5 h.
    expect(
      businessTimeBetween(office, at('2026-03-09T00:00:00Z'), at('2026-03-16T00:00:00Z')),
    ).toBe(36.5 * HOUR);
  });

  it('is negative when the end comes first, and zero for an empty span', () => {
    const a = at('2026-03-02T08:00:00Z');
    const b = at('2026-03-02T10:00:00Z');
    expect(businessTimeBetween(office, b, a)).toBe(-2 * HOUR);
    expect(businessTimeBetween(office, a, a)).toBe(0);
    // No open time backwards is 0, not -0 (Saturday back to Friday after closing).
    expect(
      Object.is(
        businessTimeBetween(office, at('2026-03-07T12:00:00Z'), at('2026-03-06T15:00:00Z')),
        0,
      ),
    ).toBe(true);
  });

  it('reads ranges as wall-clock time across DST changes', () => {
    const allDay = everyDay('Europe/Copenhagen', [['00:00', '24:00']]);
    const sunday = (date: string) => [at(`${date}T00:00:00+01:00`), at(`${date}T00:00:00+02:00`)];
    // 29 March 2026 has 23 hours, 25 October 2026 has 25.
    expect(
      businessTimeBetween(allDay, sunday('2026-03-29')[0]!, at('2026-03-30T00:00:00+02:00')),
    ).toBe(23 * HOUR);
    expect(
      businessTimeBetween(allDay, sunday('2026-10-25')[1]!, at('2026-10-26T00:00:00+01:00')),
    ).toBe(25 * HOUR);

    const early = everyDay('Europe/Copenhagen', [['01:30', '04:00']]);
    // The local days, midnight to midnight.
    const day = (from: string, to: string) => businessTimeBetween(early, at(from), at(to));
    // Spring: 01:30–02:00 CET and 03:00–04:00 CEST, 1.5 h instead of 2.5 h.
    expect(day('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(1.5 * HOUR);
    // Autumn: 01:30 CEST to 04:00 CET, the repeated hour counts twice: 3.5 h.
    expect(day('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(3.5 * HOUR);
  });

  it('counts a range that starts inside the repeated hour twice over that hour', () => {
    // 02:30–04:00: open 02:30–03:00 CEST, closed 02:00–02:30 CET, open 02:30–04:00 CET.
    const late = everyDay('Europe/Copenhagen', [['02:30', '04:00']]);
    expect(businessTimeBetween(late, at('2026-10-24T22:00:00Z'), at('2026-10-25T22:00:00Z'))).toBe(
      2 * HOUR,
    );
    // On the spring day 02:30 never happens: the range opens at 03:00 CEST.
    expect(businessTimeBetween(late, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(
      1 * HOUR,
    );
  });

  it('spans years, leap days included', () => {
    const always = createBusinessCalendar({ id: 'a', timeZone: 'UTC', week: 'always' }, []);
    expect(
      businessTimeBetween(always, at('2027-06-01T00:00:00Z'), at('2029-06-01T00:00:00Z')),
    ).toBe(731 * 24 * HOUR);
  });

  it('leaves out holidays and partial closures', () => {
    const dkAllDay = createBusinessCalendar(
      { id: 'dk', timeZone: 'Europe/Copenhagen', week: 'always', holidaySets: ['dk'] },
      [DENMARK],
    );
    // 24–26 Dec closed, 31 Dec closes at 12:00, 1 Jan closed: of 9 days, 4.5 are open.
    expect(
      businessTimeBetween(
        dkAllDay,
        at('2026-12-24T00:00:00+01:00'),
        at('2027-01-02T00:00:00+01:00'),
      ),
    ).toBe(4.5 * 24 * HOUR);
  });

  it('treats a holiday on a closed day as nothing special', () => {
    // 25–26 Dec 2027 are a Saturday and a Sunday: no day of the next week is closed in their
    // place. Mon–Thu are full days; Fri 31 Dec closes at 12:00 (4 h instead of 6.5 h).
    expect(
      businessTimeBetween(office, at('2027-12-27T00:00:00Z'), at('2028-01-01T00:00:00Z')),
    ).toBe((4 * 7.5 + 4) * HOUR);
  });
});
