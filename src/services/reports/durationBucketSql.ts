import { sql, type RawBuilder } from 'kysely';
import { bucketBounds } from '../../domain/reports/durationBuckets';

/**
 * `durationBucket(elapsed_ms)` in SQL: a CASE over the very integer thresholds the JS function
 * uses (`durationBuckets.ts`), so both put every duration in the same bucket on every engine (a
 * logarithm in SQL would not round alike). Nested as a binary search, it makes ten comparisons a
 * row rather than hundreds; its text is some 30 KB, far within Forge SQL's 1 MiB request.
 */
export function durationBucketSql(): RawBuilder<number> {
  return sql.raw<number>((text ??= bucketCase(0, STARTS.length - 1)));
}

const STARTS = bucketBounds().map((b) => b.lowerMs);
let text: string | undefined;

/** The bucket of `elapsed_ms` known to be in buckets `low`..`high`. */
function bucketCase(low: number, high: number): string {
  if (low === high) return String(low);
  const middle = Math.ceil((low + high) / 2);
  return `case when elapsed_ms < ${STARTS[middle]} then ${bucketCase(low, middle - 1)} else ${bucketCase(middle, high)} end`;
}
