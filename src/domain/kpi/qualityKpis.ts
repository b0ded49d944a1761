/**
 * The KPI values that come from the quality measures (`src/domain/quality/qualityMeasures.ts`),
 * over every team together. The measures are worked out per team; a team's figures cannot be
 * added into the whole (a non-conformity linked to two teams counts in each, a median does not
 * add), so the tallies and non-conformities are given to the measures' own definition with the
 * team left out: every month then has a single row, all teams together.
 */
import {
  qualityMeasures,
  type FeedbackTally,
  type FollowUpTally,
  type MeasuredNonConformity,
  type QualityMeasureRow,
  type QualityMeasuresQuery,
} from '../quality/qualityMeasures';

export const QUALITY_KPI_METRICS = [
  'csat',
  'nps',
  'follow-ups-in-time',
  'open-non-conformities',
  'capa-cycle-time',
] as const;
export type QualityKpiMetric = (typeof QUALITY_KPI_METRICS)[number];

export const isQualityKpiMetric = (metric: string): metric is QualityKpiMetric =>
  (QUALITY_KPI_METRICS as readonly string[]).includes(metric);

/** Each month's row of the quality measures with every team together. */
export function everyTeamMeasures(
  query: QualityMeasuresQuery,
  feedback: readonly FeedbackTally[],
  followUps: readonly FollowUpTally[],
  nonConformities: readonly MeasuredNonConformity[],
): Map<string, QualityMeasureRow> {
  const measures = qualityMeasures(
    query,
    feedback.map((t) => ({ ...t, team: null })),
    followUps.map((t) => ({ ...t, team: null })),
    nonConformities.map((nc) => ({ ...nc, teams: [] })),
  );
  return new Map(measures.rows.map((row) => [row.month, row]));
}

/**
 * One metric's value from a month's row (absent: nothing happened that month): null when there
 * is nothing to measure, except open non-conformities, a count (0).
 */
export function qualityKpiValue(
  metric: QualityKpiMetric,
  row: QualityMeasureRow | undefined,
): number | null {
  switch (metric) {
    case 'csat':
      return row?.csatPercent ?? null;
    case 'nps':
      return row?.nps ?? null;
    case 'follow-ups-in-time':
      return row?.followedUpInTimePercent ?? null;
    case 'open-non-conformities':
      return row?.openNonConformities ?? 0;
    case 'capa-cycle-time':
      return row?.capaCycleDays ?? null;
  }
}
