import { previousPeriodKey } from '../reports/reportPeriod';

/** An area whose score fell from one month to the next. */
export interface ScoreDrop {
  readonly areaId: string;
  readonly month: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The drops in `month`: each area scored in `month` lower than in the month before. An area
 * without a score in either month has no drop (nothing to compare); an equal or higher score
 * is none either.
 */
export function scoreDrops(
  month: string,
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
): ScoreDrop[] {
  const previous = previousPeriodKey(month);
  const drops: ScoreDrop[] = [];
  for (const [areaId, byMonth] of scores) {
    const to = byMonth.get(month);
    const from = byMonth.get(previous);
    if (to !== undefined && from !== undefined && to < from) {
      drops.push({ areaId, month, from, to });
    }
  }
  return drops;
}
