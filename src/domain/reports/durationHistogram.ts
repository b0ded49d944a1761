import { bucketValue } from './durationBuckets';
import { nearestRankIndex } from './nearestRank';

/**
 * How many durations fell in each bucket (`durationBuckets.ts`): what a month's rollup keeps of
 * the time to reaction or resolution, so months add up without their cycles. Dense from the
 * first bucket that holds any: `counts[i]` durations in bucket `first + i`. A year of months
 * adds up in a few array additions, and its text is short to store and quick to read.
 */
export interface DurationHistogram {
  readonly first: number;
  readonly counts: readonly number[];
}

export const EMPTY_HISTOGRAM: DurationHistogram = { first: 0, counts: [] };

/** The histogram of `count` durations in each `bucket` (in any order; a bucket may repeat). */
export function histogramOfBuckets(
  entries: readonly { readonly bucket: number; readonly count: number }[],
): DurationHistogram {
  if (entries.length === 0) return EMPTY_HISTOGRAM;
  const first = Math.min(...entries.map((e) => e.bucket));
  const last = Math.max(...entries.map((e) => e.bucket));
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const { bucket, count } of entries) counts[bucket - first]! += count;
  return { first, counts };
}

export function addHistograms(a: DurationHistogram, b: DurationHistogram): DurationHistogram {
  if (b.counts.length === 0) return a;
  if (a.counts.length === 0) return b;
  const first = Math.min(a.first, b.first);
  const last = Math.max(a.first + a.counts.length, b.first + b.counts.length) - 1;
  const counts = new Array<number>(last - first + 1).fill(0);
  a.counts.forEach((n, i) => (counts[a.first - first + i]! += n));
  b.counts.forEach((n, i) => (counts[b.first - first + i]! += n));
  return { first, counts };
}

export const histogramCount = (histogram: DurationHistogram): number =>
  histogram.counts.reduce((sum, n) => sum + n, 0);

/**
 * The nearest-rank percentile (`nearestRank.ts`) of the bucketed durations: the value of the
 * bucket that holds the duration at rank ⌈P × N / 100⌉; null when empty.
 */
export function histogramPercentile(
  histogram: DurationHistogram,
  percentile: number,
): number | null {
  const count = histogramCount(histogram);
  if (count === 0) return null;
  const rank = nearestRankIndex(count, percentile);
  let seen = 0;
  for (let i = 0; ; i += 1) {
    seen += histogram.counts[i]!;
    if (seen >= rank) return bucketValue(histogram.first + i);
  }
}

/** Stored as text: the first bucket, then the counts, e.g. `3:12,0,1` (empty: ``). */
export function histogramText({ first, counts }: DurationHistogram): string {
  return counts.length === 0 ? '' : `${first}:${counts.join(',')}`;
}

export function parseHistogramText(text: string): DurationHistogram {
  if (text === '') return EMPTY_HISTOGRAM;
  const [first, counts] = text.split(':');
  const histogram = { first: Number(first), counts: counts?.split(',').map(Number) ?? [] };
  if (
    !Number.isInteger(histogram.first) ||
    histogram.counts.length === 0 ||
    !histogram.counts.every(Number.isInteger)
  ) {
    throw new Error(`not a histogram: ${text.slice(0, 40)}`);
  }
  return histogram;
}
