/**
 * Durations in logarithmic buckets, so that percentiles can be added up month by month: a
 * month's rollup keeps how many durations fell in each bucket, and months add bucket by bucket.
 *
 * Bucket 0 holds everything under one minute. Above, 32 buckets per doubling from one minute:
 * bucket b ≥ 1 starts at round(60,000 × 2^((b − 1) / 32)) ms, so each is ≈2.2 % wide and its
 * value (`bucketValue`, the geometric middle) is within ≈1.1 % of any duration in it. The last
 * bucket starts at 2^21 minutes (≈4 years) and holds everything above. The thresholds are
 * integers computed once here; the store buckets in SQL by comparing with these same integers
 * (`src/services/reports/durationBucketSql.ts`), so JS and SQL agree exactly.
 */

const ONE_MINUTE_MS = 60_000;
const BUCKETS_PER_DOUBLING = 32;
const DOUBLINGS = 21;

/** The highest bucket: from 2^21 minutes on. */
export const LAST_BUCKET = BUCKETS_PER_DOUBLING * DOUBLINGS + 1;

/** `LOWER_MS[b]`: where bucket b starts (bucket 0 at 0). Strictly increasing. */
const LOWER_MS: readonly number[] = Array.from({ length: LAST_BUCKET + 1 }, (_, b) =>
  b === 0 ? 0 : Math.round(ONE_MINUTE_MS * 2 ** ((b - 1) / BUCKETS_PER_DOUBLING)),
);

export interface BucketBounds {
  readonly bucket: number;
  /** Inclusive. */
  readonly lowerMs: number;
  /** Exclusive; null for the last bucket, which has no end. */
  readonly upperMs: number | null;
}

/** Every bucket with its bounds, in order. */
export function bucketBounds(): readonly BucketBounds[] {
  return LOWER_MS.map((lowerMs, bucket) => ({
    bucket,
    lowerMs,
    upperMs: bucket === LAST_BUCKET ? null : LOWER_MS[bucket + 1]!,
  }));
}

/** The bucket a duration (ms, ≥ 0) falls in; negative durations count as 0. */
export function durationBucket(ms: number): number {
  // The last bucket whose start is ≤ ms, by binary search over the thresholds.
  let low = 0;
  let high = LAST_BUCKET;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (LOWER_MS[middle]! <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The duration a bucket stands for, in whole ms: half a minute for bucket 0, the geometric
 * middle of its bounds above (so within ≈1.1 % of every duration in it), its start for the last.
 */
export function bucketValue(bucket: number): number {
  if (!Number.isInteger(bucket) || bucket < 0 || bucket > LAST_BUCKET) {
    throw new RangeError(`no duration bucket ${bucket}`);
  }
  if (bucket === 0) return ONE_MINUTE_MS / 2;
  if (bucket === LAST_BUCKET) return LOWER_MS[bucket]!;
  return Math.round(Math.sqrt(LOWER_MS[bucket]! * LOWER_MS[bucket + 1]!));
}
