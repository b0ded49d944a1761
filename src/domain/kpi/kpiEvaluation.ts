/**
 * When a KPI needs action: its month's value misses the target (by its direction; a value equal
 * to the target meets it), or it worsened two months in a row (the value moved the wrong way in
 * each of the last two month-on-month steps; a month without a value breaks the streak, and an
 * unchanged value is no worsening).
 */
import type { KpiDirection } from './kpiTrend';

/** Whether `value` meets `target` for a KPI that is better `direction`. */
export const meetsTarget = (direction: KpiDirection, target: number, value: number): boolean =>
  direction === 'higher' ? value >= target : value <= target;

/** Whether moving from `before` to `after` is a change for the worse. */
export const worsened = (direction: KpiDirection, before: number, after: number): boolean =>
  direction === 'higher' ? after < before : after > before;

/** Why a KPI needs action in a month, with the numbers that show it. */
export interface KpiFindings {
  /** The month's value against the target, when it misses it. */
  readonly missed: { readonly value: number; readonly target: number } | null;
  /** The three values (two months before, the month before, the month), when each step worsened. */
  readonly worsening: readonly [number, number, number] | null;
}

/**
 * The findings for the last of `values` (the month evaluated, preceded by the months before it,
 * oldest first; null where there is no value). Nothing without a value for the month itself.
 */
export function kpiFindings(
  direction: KpiDirection,
  target: number,
  values: readonly (number | null)[],
): KpiFindings {
  const [a, b, c] = values.slice(-3);
  const value = values.at(-1) ?? null;
  const missed =
    value !== null && !meetsTarget(direction, target, value) ? { value, target } : null;
  const worsening =
    values.length >= 3 &&
    a != null &&
    b != null &&
    c != null &&
    worsened(direction, a, b) &&
    worsened(direction, b, c)
      ? ([a, b, c] as const)
      : null;
  return { missed, worsening };
}

export const needsAction = (findings: KpiFindings): boolean =>
  findings.missed !== null || findings.worsening !== null;
