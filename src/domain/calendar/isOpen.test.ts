import { at, copenhagenOffice, everyDay } from '../../../test/support/calendars';
import { isOpen } from './isOpen';
import { NORWAY } from './presets';

const office = copenhagenOffice();

describe('isOpen', () => {
  it('includes the start of a range and excludes its end', () => {
    expect(isOpen(office, at('2026-03-02T06:59:59.999Z'))).toBe(false);
    expect(isOpen(office, at('2026-03-02T07:00:00Z'))).toBe(true); // 08:00 local
    expect(isOpen(office, at('2026-03-02T10:59:59.999Z'))).toBe(true);
    expect(isOpen(office, at('2026-03-02T11:00:00Z'))).toBe(false); // lunch
    expect(isOpen(office, at('2026-03-02T11:30:00Z'))).toBe(true);
  });

  it('is closed on weekends and holidays', () => {
    expect(isOpen(office, at('2026-03-07T10:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(office, at('2026-04-03T08:00:00Z'))).toBe(false); // Good Friday
    expect(isOpen(office, at('2026-05-14T08:00:00Z'))).toBe(false); // Ascension
  });

  it('closes at closedFrom on a partial holiday', () => {
    const oslo = everyDay('Europe/Oslo', [['08:00', '16:00']], [NORWAY]);
    expect(isOpen(oslo, at('2026-12-24T10:59:00Z'))).toBe(true); // 11:59 local
    expect(isOpen(oslo, at('2026-12-24T11:00:00Z'))).toBe(false); // 12:00 local
  });

  it('reads the weekday and the holiday on the local date, not the UTC date', () => {
    const tokyo = everyDay('Asia/Tokyo', [['08:00', '10:00']]);
    // 08:30 on Monday 2 March in Tokyo is still Sunday 1 March in UTC.
    expect(isOpen(tokyo, at('2026-03-01T23:30:00Z'))).toBe(true);
  });

  it('knows nothing of 02:30 on the spring-forward night', () => {
    const night = everyDay('Europe/Copenhagen', [['02:00', '03:00']]);
    // The local hour 02:00–03:00 does not exist on 29 March 2026.
    expect(isOpen(night, at('2026-03-29T00:59:00Z'))).toBe(false); // 01:59 CET
    expect(isOpen(night, at('2026-03-29T01:00:00Z'))).toBe(false); // 03:00 CEST
    expect(isOpen(night, at('2026-03-30T00:30:00Z'))).toBe(true); // 02:30 CEST next night
  });
});
