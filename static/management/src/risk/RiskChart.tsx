import { useMemo } from 'react';
import type { RiskScoreTrend } from '../../../../src/resolvers/riskViews';
import { CHART_COLORS } from '../../../reports/src/chartTheme';
import { MonthChart, type MonthAxis, type MonthSeries } from '../../../reports/src/MonthChart';

const SCORE_AXIS: MonthAxis = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], width: 40 };

/**
 * The areas' lines: Atlassian's categorical chart tokens (light and dark), the composite in the
 * brand colour and thicker. https://atlassian.design/components/tokens/all-tokens
 */
const AREA_COLORS = [
  'var(--ds-chart-purple-bold, #8270DB)',
  'var(--ds-chart-teal-bold, #2898BD)',
  'var(--ds-chart-orange-bold, #E56910)',
  'var(--ds-chart-magenta-bold, #CD519D)',
  'var(--ds-chart-lime-bold, #6A9A23)',
  'var(--ds-chart-yellow-bold, #B38600)',
  'var(--ds-chart-gray-bold, #758195)',
];

/**
 * The composite and each area's score, month by month, on one 0–100 axis. A month without a
 * score leaves a gap (the line is not drawn through it). The table below gives the same numbers.
 */
export function RiskChart({ trend }: { trend: RiskScoreTrend }) {
  const data = useMemo(
    () =>
      trend.composite.map((c, i) => ({
        month: c.month,
        composite: c.score,
        ...Object.fromEntries(trend.areas.map((a) => [a.id, a.months[i]!.score])),
      })),
    [trend],
  );
  const series = useMemo<MonthSeries[]>(
    () => [
      {
        key: 'composite',
        name: 'Composite',
        color: CHART_COLORS.brand,
        kind: 'line',
        strokeWidth: 3,
      },
      ...trend.areas.map((a, i) => ({
        key: a.id,
        name: a.name,
        color: AREA_COLORS[i % AREA_COLORS.length]!,
        kind: 'line' as const,
        strokeWidth: 1.5,
      })),
    ],
    [trend],
  );
  return (
    <MonthChart
      title="Risk score by month"
      description="The composite risk score and each area's score, 0 to 100, per month."
      data={data}
      series={series}
      left={SCORE_AXIS}
      width={640}
      height={280}
    />
  );
}
