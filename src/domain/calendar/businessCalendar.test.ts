import { COPENHAGEN_OFFICE } from '../../../test/support/calendars';
import { createBusinessCalendar, InvalidCalendarError } from './businessCalendar';
import { DENMARK } from './presets';

describe('createBusinessCalendar', () => {
  it('refuses an invalid calendar with every error', () => {
    const build = () =>
      createBusinessCalendar({ ...COPENHAGEN_OFFICE, timeZone: 'Nowhere/Land' }, []);
    expect(build).toThrow(InvalidCalendarError);
    try {
      build();
    } catch (error) {
      expect((error as InvalidCalendarError).errors).toEqual([
        { path: '$.timeZone', message: 'unknown time zone "Nowhere/Land"' },
        { path: '$.holidaySets[0]', message: 'unknown holiday set "dk"' },
      ]);
    }
  });

  it('compiles each year once, on first use', () => {
    const calendar = createBusinessCalendar(COPENHAGEN_OFFICE, [DENMARK]);
    const year = calendar.timeline(2026);
    expect(calendar.timeline(2026)).toBe(year);
    expect(calendar.timelineAt(Date.UTC(2026, 5, 1))).toBe(year);
    expect(calendar.timelineAt(Date.UTC(2027, 0, 1))).toBe(calendar.timeline(2027));
  });

  it('refuses instants that are not finite numbers', () => {
    const calendar = createBusinessCalendar(COPENHAGEN_OFFICE, [DENMARK]);
    expect(() => calendar.timelineAt(Number.NaN)).toThrow(RangeError);
  });

  it('compiles a year into sorted, disjoint intervals with running totals', () => {
    const { starts, ends, openBefore, total } = createBusinessCalendar(COPENHAGEN_OFFICE, [
      DENMARK,
    ]).timeline(2026);
    let open = 0;
    for (let i = 0; i < starts.length; i++) {
      expect(ends[i]!).toBeGreaterThan(starts[i]!);
      if (i > 0) expect(starts[i]!).toBeGreaterThan(ends[i - 1]!);
      expect(openBefore[i]).toBe(open);
      open += ends[i]! - starts[i]!;
    }
    expect(total).toBe(open);
    // 2026: 261 weekdays, 7 weekday holidays (plus 24 Dec), two half days.
    expect(starts.length).toBeGreaterThan(2 * 250);
  });
});
