import type { RiskLevel } from './riskTrend';

/**
 * What each open risk of an area takes off its score, by level: an area's score from the register
 * is 100 minus these, floored at 0 (`registerScore`).
 */
export const REGISTER_PENALTY: Readonly<Record<RiskLevel, number>> = {
  low: 5,
  medium: 10,
  high: 20,
  'very-high': 40,
};

/**
 * An area's score computed from the risk register: 100 minus `REGISTER_PENALTY` for each of its
 * risks open at the month's end, floored at 0. Closed risks do not count.
 */
export function registerScore(
  risks: readonly { readonly level: RiskLevel; readonly status: 'open' | 'closed' }[],
): number {
  const penalty = risks
    .filter((r) => r.status === 'open')
    .reduce((total, r) => total + REGISTER_PENALTY[r.level], 0);
  return Math.max(0, 100 - penalty);
}
