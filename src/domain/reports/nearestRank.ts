/**
 * Percentiles by the nearest-rank method: the P-th percentile of N values sorted ascending is the
 * value at 1-based rank ⌈P × N / 100⌉ — always one of the measured values, never an
 * interpolation, so "90 % of cases reacted within X" holds for the X shown. The median of an even
 * count is the lower middle value. The store computes the same rank in SQL, so both agree.
 */
export function nearestRankIndex(count: number, percentile: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('no values');
  if (!Number.isInteger(percentile) || percentile < 1 || percentile > 100) {
    throw new RangeError('percentile must be a whole number from 1 to 100');
  }
  // Integers only: (count × percentile) is exact, so the ceiling never suffers float error.
  return Math.ceil((count * percentile) / 100);
}

/** The nearest-rank percentile of values already sorted ascending; `null` when there are none. */
export function nearestRank(sortedAscending: readonly number[], percentile: number): number | null {
  if (sortedAscending.length === 0) return null;
  return sortedAscending[nearestRankIndex(sortedAscending.length, percentile) - 1]!;
}
