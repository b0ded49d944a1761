import fc from 'fast-check';
import { compositeScore } from './compositeScore';

/** Weights summing to 100: whole percents split at random cut points. */
const weights = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 7 }).map((cuts) => {
  const points = [0, ...cuts.sort((a, b) => a - b), 100];
  return points.slice(1).map((p, i) => p - points[i]!);
});
const score = fc.integer({ min: 0, max: 100 });

describe('composite risk score', () => {
  it('is the weighted sum of the areas’ scores', () => {
    expect(
      compositeScore([
        { id: 'legal', weight: 25, score: 80 },
        { id: 'security', weight: 75, score: 40 },
      ]),
    ).toEqual({ score: 50, missing: [] });
  });

  it('is bounded 0–100 and equals the score all areas share', () => {
    fc.assert(
      fc.property(
        weights,
        score,
        fc.array(score, { minLength: 8, maxLength: 8 }),
        (w, shared, scores) => {
          const areas = w.map((weight, i) => ({ id: `a${i}`, weight, score: scores[i]! }));
          const composite = compositeScore(areas).score!;
          expect(composite).toBeGreaterThanOrEqual(0);
          expect(composite).toBeLessThanOrEqual(100);
          expect(compositeScore(areas.map((a) => ({ ...a, score: shared }))).score).toBe(shared);
        },
      ),
    );
  });

  it('does not fall when any one area’s score rises', () => {
    fc.assert(
      fc.property(
        weights,
        fc.array(score, { minLength: 8, maxLength: 8 }),
        fc.nat(),
        score,
        (w, scores, pick, raise) => {
          const areas = w.map((weight, i) => ({ id: `a${i}`, weight, score: scores[i]! }));
          const i = pick % areas.length;
          const higher = areas.map((a, j) =>
            j === i ? { ...a, score: Math.max(a.score, raise) } : a,
          );
          expect(compositeScore(higher).score!).toBeGreaterThanOrEqual(
            compositeScore(areas).score!,
          );
        },
      ),
    );
  });

  it('is null with a missing area, and names the areas missing', () => {
    expect(
      compositeScore([
        { id: 'legal', weight: 50, score: 80 },
        { id: 'security', weight: 25, score: null },
        { id: 'vendors', weight: 25, score: null },
      ]),
    ).toEqual({ score: null, missing: ['security', 'vendors'] });
  });
});
