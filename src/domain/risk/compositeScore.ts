/**
 * The composite risk score of a month: Σ weight × score / 100 over the areas, the weights being
 * percents that sum to 100. A month with an area not scored has no composite (null): an average
 * over fewer areas would look better or worse than the month was. `missing` names those areas.
 */
export function compositeScore(
  areas: readonly { readonly id: string; readonly weight: number; readonly score: number | null }[],
): { readonly score: number | null; readonly missing: readonly string[] } {
  const missing = areas.filter((a) => a.score === null).map((a) => a.id);
  if (missing.length > 0 || areas.length === 0) return { score: null, missing };
  const sum = areas.reduce((total, a) => total + a.weight * (a.score as number), 0) / 100;
  // One decimal, as the page shows it; clamped against the float error of weights like 33.33.
  return { score: Math.min(100, Math.max(0, Math.round(sum * 10) / 10)), missing };
}
