import { parseRealInstant } from './realInstant';

describe('parseRealInstant', () => {
  it('reads ISO 8601 instants with an offset', () => {
    expect(parseRealInstant('2026-03-02T07:30:00Z')).toBe(Date.parse('2026-03-02T07:30:00Z'));
    expect(parseRealInstant('2026-03-02T08:30+01:00')).toBe(Date.parse('2026-03-02T07:30:00Z'));
    expect(parseRealInstant('2026-03-02T07:30:00.250Z')).toBe(
      Date.parse('2026-03-02T07:30:00.250Z'),
    );
  });

  it.each([
    ['a day the month does not have', '2026-02-30T10:00:00Z'],
    ['a month that does not exist', '2026-13-45T00:00:00Z'],
    ['an hour that does not exist', '2026-03-02T25:00:00Z'],
    ['no offset', '2026-03-02T07:30:00'],
    ['a date alone', '2026-03-02'],
    ['a year alone', '2026'],
    ['another form Date.parse takes', 'March 2, 2026'],
    ['not a string', 1772436600000],
  ])('refuses %s', (_what, text) => {
    expect(parseRealInstant(text)).toBeUndefined();
  });
});
