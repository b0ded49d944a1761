import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RiskScoreTrend } from '../../../../src/resolvers/riskViews';
import {
  CHART_COLORS,
  CHART_GRID,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from '../../../reports/src/chartTheme';

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 };
const DOMAIN: [number, number] = [0, 100];
const TICKS = [0, 25, 50, 75, 100];

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
 * score leaves a gap (the line is not drawn through it). One image named by its title; the
 * table below gives the same numbers.
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
  const series = [
    { key: 'composite', name: 'Composite', color: CHART_COLORS.brand, width: 3 },
    ...trend.areas.map((a, i) => ({
      key: a.id,
      name: a.name,
      color: AREA_COLORS[i % AREA_COLORS.length]!,
      width: 1.5,
    })),
  ];
  const title = 'Risk score by month';
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      <ul className="report-chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="report-chart__swatch" style={{ background: s.color }} aria-hidden />
            {s.name}
          </li>
        ))}
      </ul>
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        role="img"
        title={title}
        desc="The composite risk score and each area's score, 0 to 100, per month."
        margin={MARGIN}
      >
        <CartesianGrid vertical={false} stroke={CHART_GRID} />
        <XAxis dataKey="month" tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis domain={DOMAIN} ticks={TICKS} width={40} tick={CHART_TICK} stroke={CHART_GRID} />
        <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={s.width}
            dot={{ r: 3 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </figure>
  );
}
