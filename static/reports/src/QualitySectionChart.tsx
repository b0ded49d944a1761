import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthQuality } from '../../../src/resolvers/views';
import {
  CHART_COLORS,
  CHART_CURSOR,
  CHART_GRID,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from './chartTheme';
import { oneDecimal } from './QualitySectionTables';

const WIDTH = 560;
const HEIGHT = 260;
// Props Recharts compares by reference: made once, so a re-render redraws nothing.
const MARGIN = { top: 12, right: 8, bottom: 4, left: 0 };
// NPS runs from −100 to 100 and CSAT % from 0 to 100: one axis holds both.
const DOMAIN: [number, number] = [-100, 100];
const TICKS = [-100, -50, 0, 50, 100];
const CURSOR = { fill: CHART_CURSOR };

const SERIES = [
  { key: 'csat', name: 'CSAT %', color: CHART_COLORS.success },
  { key: 'nps', name: 'NPS', color: CHART_COLORS.brand },
] as const;

/**
 * CSAT % and NPS per month, all teams together: two bars a month on one −100–100 axis, a month
 * without answers on a scale left empty (the scales are never mixed). The SVG is one image named
 * by its title; the table beside it gives the same numbers.
 */
export function QualityChart({
  title,
  description,
  months,
}: {
  title: string;
  description: string;
  months: readonly MonthQuality[];
}) {
  // A new array only for new months: Recharts redraws from scratch when its data changes.
  const data = useMemo(
    () =>
      months.map((m) => ({
        month: m.month,
        csat: oneDecimal(m.csatPercent),
        nps: oneDecimal(m.nps),
      })),
    [months],
  );
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      <ul className="report-chart__legend">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className="report-chart__swatch" style={{ background: s.color }} aria-hidden />
            {s.name}
          </li>
        ))}
      </ul>
      {/* A fixed size, nothing measured: the same drawing in every browser and in jsdom. */}
      <BarChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        role="img"
        title={title}
        desc={description}
        margin={MARGIN}
      >
        <CartesianGrid vertical={false} stroke={CHART_GRID} />
        <XAxis dataKey="month" tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis domain={DOMAIN} ticks={TICKS} width={48} tick={CHART_TICK} stroke={CHART_GRID} />
        <ReferenceLine y={0} stroke={CHART_GRID} />
        <Tooltip cursor={CURSOR} contentStyle={CHART_TOOLTIP_STYLE} />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            maxBarSize={24}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </figure>
  );
}
