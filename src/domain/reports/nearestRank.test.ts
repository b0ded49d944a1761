import { nearestRank, nearestRankIndex } from './nearestRank';

describe('nearest-rank percentiles', () => {
  it('picks the value at rank ⌈P × N / 100⌉, worked by hand', () => {
    // 10 values: median rank ⌈5⌉ = 5 → 50; 90th rank ⌈9⌉ = 9 → 90.
    const tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(nearestRank(tens, 50)).toBe(50);
    expect(nearestRank(tens, 90)).toBe(90);
    // 5 values: median rank ⌈2.5⌉ = 3 → 15; 90th rank ⌈4.5⌉ = 5 → 40.
    const five = [1, 7, 15, 20, 40];
    expect(nearestRank(five, 50)).toBe(15);
    expect(nearestRank(five, 90)).toBe(40);
    // 4 values: the median is the lower middle (rank 2).
    expect(nearestRank([3, 6, 9, 12], 50)).toBe(6);
    // One value is every percentile.
    expect(nearestRank([42], 90)).toBe(42);
    expect(nearestRank([42], 1)).toBe(42);
  });

  it('ranks exactly where a float product would round up (90 % of 10 is rank 9, not 10)', () => {
    expect(nearestRankIndex(10, 90)).toBe(9);
    expect(nearestRankIndex(100_000, 90)).toBe(90_000);
    expect(nearestRankIndex(11, 90)).toBe(10);
    expect(nearestRankIndex(7, 100)).toBe(7);
  });

  it('has no percentile of nothing and refuses a percentile outside 1–100', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRankIndex(3, 0)).toThrow(RangeError);
    expect(() => nearestRankIndex(3, 101)).toThrow(RangeError);
    expect(() => nearestRankIndex(3, 12.5)).toThrow(RangeError);
    expect(() => nearestRankIndex(0, 50)).toThrow(RangeError);
  });
});
