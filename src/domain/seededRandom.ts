/**
 * A deterministic pseudo-random sequence in [0, 1) (mulberry32): the same seed gives the same
 * numbers, so demo data, benchmarks and randomised tests repeat exactly from run to run.
 *
 * @example const next = seededRandom(42); next(); // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
