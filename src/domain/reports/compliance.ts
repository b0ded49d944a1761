import type { Compliance } from './customerReport';

/** Met as a share of the completed goal cycles, in percent with one decimal; null when none. */
export function compliance(met: number, missed: number): Compliance {
  const completed = met + missed;
  return {
    met,
    missed,
    compliancePct: completed === 0 ? null : Math.round((met / completed) * 1000) / 10,
  };
}
