import fc from 'fast-check';
import { LAST_BUCKET, bucketBounds, bucketValue, durationBucket } from './durationBuckets';

const bounds = bucketBounds();
const lastStart = bounds[LAST_BUCKET]!.lowerMs;
const duration = fc.integer({ min: 0, max: lastStart - 1 });

describe('duration buckets', () => {
  it('start at 0, then at one minute, and double every 32 buckets up to 2^21 minutes', () => {
    expect(bounds[0]).toEqual({ bucket: 0, lowerMs: 0, upperMs: 60_000 });
    expect(bounds[1]!.lowerMs).toBe(60_000);
    expect(bounds[33]!.lowerMs).toBe(120_000);
    expect(lastStart).toBe(60_000 * 2 ** 21);
    expect(bounds[LAST_BUCKET]!.upperMs).toBeNull();
    bounds.forEach((b, i) => {
      expect(b.bucket).toBe(i);
      if (b.upperMs !== null) expect(b.upperMs).toBeGreaterThan(b.lowerMs);
      if (i > 0) expect(b.lowerMs).toBe(bounds[i - 1]!.upperMs);
    });
  });

  it('put every duration in exactly the one bucket whose bounds hold it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * lastStart }), (ms) => {
        const holding = bounds.filter(
          (b) => ms >= b.lowerMs && (b.upperMs === null || ms < b.upperMs),
        );
        expect(holding.map((b) => b.bucket)).toEqual([durationBucket(ms)]);
      }),
    );
    // The thresholds themselves open their bucket.
    for (const b of bounds) expect(durationBucket(b.lowerMs)).toBe(b.bucket);
  });

  it('are monotonic: a longer duration is never in a lower bucket', () => {
    fc.assert(
      fc.property(duration, duration, (a, b) => {
        if (a <= b) expect(durationBucket(a)).toBeLessThanOrEqual(durationBucket(b));
      }),
    );
  });

  it('stand for a value within 1.2 % of every duration in them (within a minute for bucket 0)', () => {
    fc.assert(
      fc.property(duration, (ms) => {
        const value = bucketValue(durationBucket(ms));
        if (ms < 60_000) expect(Math.abs(value - ms)).toBeLessThan(60_000);
        else expect(Math.abs(value - ms) / ms).toBeLessThanOrEqual(0.012);
      }),
    );
    expect(bucketValue(LAST_BUCKET)).toBe(lastStart);
    expect(() => bucketValue(LAST_BUCKET + 1)).toThrow(RangeError);
  });
});
