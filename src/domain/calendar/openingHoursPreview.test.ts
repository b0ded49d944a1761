import { COPENHAGEN_OFFICE } from '../../../test/support/calendars';
import { openingHoursPreview } from './openingHoursPreview';
import { DENMARK } from './presets';

describe('openingHoursPreview', () => {
  it('lists the weekly ranges of each local date', () => {
    const [monday, , , , friday, saturday] = openingHoursPreview(
      COPENHAGEN_OFFICE,
      [DENMARK],
      '2026-03-02',
      6,
    );
    expect(monday).toEqual({
      date: '2026-03-02',
      weekday: 'mon',
      ranges: [
        ['08:00', '12:00'],
        ['12:30', '16:00'],
      ],
    });
    expect(friday!.ranges).toEqual([
      ['08:00', '12:00'],
      ['12:30', '15:00'],
    ]);
    expect(saturday).toEqual({ date: '2026-03-07', weekday: 'sat', ranges: [] });
  });

  it('closes holidays, names them, and cuts partial closures', () => {
    const days = openingHoursPreview(COPENHAGEN_OFFICE, [DENMARK], '2026-04-02', 5);
    expect(days[0]).toMatchObject({
      date: '2026-04-02',
      ranges: [],
      holiday: { name: 'Skærtorsdag' },
    });
    expect(days[1]).toMatchObject({
      date: '2026-04-03',
      ranges: [],
      holiday: { name: 'Langfredag' },
    });
    const grundlov = openingHoursPreview(COPENHAGEN_OFFICE, [DENMARK], '2026-06-05', 1)[0]!;
    expect(grundlov).toEqual({
      date: '2026-06-05',
      weekday: 'fri',
      ranges: [['08:00', '12:00']],
      holiday: { name: 'Grundlovsdag (customary)', closedFrom: '12:00' },
    });
  });

  it('opens a 24/7 calendar all day', () => {
    const always = openingHoursPreview(
      { id: 'x', timeZone: 'UTC', week: 'always' },
      [],
      '2026-01-01',
      1,
    );
    expect(always[0]!.ranges).toEqual([['00:00', '24:00']]);
  });
});
