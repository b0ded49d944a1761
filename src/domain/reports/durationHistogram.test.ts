import fc from 'fast-check';
import { LAST_BUCKET, bucketValue, durationBucket } from './durationBuckets';
import {
  addHistograms,
  EMPTY_HISTOGRAM,
  histogramCount,
  histogramOfBuckets,
  histogramPercentile,
  histogramText,
  parseHistogramText,
} from './durationHistogram';
import { nearestRank } from './nearestRank';

const H = 3_600_000;
const histogramOf = (durations: readonly number[]) =>
  histogramOfBuckets(durations.map((ms) => ({ bucket: durationBucket(ms), count: 1 })));

describe('duration histograms', () => {
  it('give the nearest-rank percentile of the bucketed durations', () => {
    const durations = [5 * H, 1 * H, 3 * H, 2 * H, 40 * H, 30_000];
    const histogram = histogramOf(durations);
    expect(histogramCount(histogram)).toBe(6);
    // Six durations: the median is the 3rd (2 h), the 90th percentile the 6th (40 h).
    expect(histogramPercentile(histogram, 50)).toBe(bucketValue(durationBucket(2 * H)));
    expect(histogramPercentile(histogram, 90)).toBe(bucketValue(durationBucket(40 * H)));
    expect(histogramPercentile(EMPTY_HISTOGRAM, 50)).toBeNull();
  });

  it('add up to the histogram of all the durations, whatever the split', () => {
    const durations = fc.array(fc.integer({ min: 0, max: 10_000 * H }), { maxLength: 40 });
    fc.assert(
      fc.property(durations, durations, fc.integer({ min: 1, max: 100 }), (a, b, p) => {
        const sum = addHistograms(histogramOf(a), histogramOf(b));
        const all = [...a, ...b].sort((x, y) => x - y);
        const atRank = nearestRank(all, p);
        expect(histogramPercentile(sum, p)).toBe(
          atRank === null ? null : bucketValue(durationBucket(atRank)),
        );
        expect(histogramCount(sum)).toBe(all.length);
      }),
    );
  });

  it('read back what they write as text', () => {
    const histogram = histogramOf([1 * H, 1 * H, 9 * H, 0, 100_000 * H]);
    const text = histogramText(histogram);
    expect(text).toMatch(/^0:1,0,/);
    expect(text.endsWith(`,1`)).toBe(true);
    expect(histogram.first + histogram.counts.length - 1).toBe(LAST_BUCKET);
    expect(parseHistogramText(text)).toEqual(histogram);
    expect(parseHistogramText(histogramText(EMPTY_HISTOGRAM))).toEqual(EMPTY_HISTOGRAM);
    expect(() => parseHistogramText('3:x')).toThrow('not a histogram');
  });
});
