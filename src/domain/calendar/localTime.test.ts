import { parseLocalTime } from './localTime';

describe('parseLocalTime', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('08:30')).toBe(510);
    expect(parseLocalTime('23:59')).toBe(1439);
  });

  it('allows 24:00 only as an end', () => {
    expect(parseLocalTime('24:00')).toBeUndefined();
    expect(parseLocalTime('24:00', true)).toBe(1440);
    expect(parseLocalTime('24:01', true)).toBeUndefined();
  });

  it.each(['8:00', '08:60', '25:00', '08:00:00', '', 'noon'])('rejects %j', (text) => {
    expect(parseLocalTime(text, true)).toBeUndefined();
  });
});
