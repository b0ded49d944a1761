import type { RiskFields } from './riskRecord';

/**
 * The register as it stood at instant `at`: each risk's newest revision saved before `at`
 * (revisions are append-only, so any month end can be looked at again). Risks first saved later
 * are not in it.
 */
export function registerAt<
  R extends RiskFields & {
    readonly riskId: string;
    readonly revision: number;
    readonly changedAt: number;
  },
>(revisions: readonly R[], at: number): R[] {
  const newest = new Map<string, R>();
  for (const r of revisions) {
    if (r.changedAt >= at) continue;
    const seen = newest.get(r.riskId);
    if (!seen || r.revision > seen.revision) newest.set(r.riskId, r);
  }
  return [...newest.values()];
}
