import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['PT30M', 1_800_000],
    ['PT8H', 28_800_000],
    ['PT1H30M', 5_400_000],
    ['P2D', 172_800_000],
    ['P5D', 432_000_000],
    ['P1W', 604_800_000],
    ['P1DT2H', 93_600_000],
    ['PT45S', 45_000],
    ['PT0.5S', 500],
    ['PT0S', 0],
  ])('%s is %d ms of business time', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['P1Y', 'P1M', 'PT', 'P', '', 'PT1.5H', 'pt1h', 'P1DT', '1H', 'PT-1H', 'P1D2H'])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('formatDuration', () => {
  it.each([
    [1_800_000, 'PT30M'],
    [93_600_000, 'P1DT2H'],
    [0, 'PT0S'],
    [45_000, 'PT45S'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('round-trips every whole number of seconds through parseDuration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds * 1000))).toBe(seconds * 1000);
      }),
    );
  });
});
