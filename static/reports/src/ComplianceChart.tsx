import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthCompliance } from '../../../src/resolvers/views';
import {
  CHART_COLORS,
  CHART_CURSOR,
  CHART_GRID,
  CHART_TEXT,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from './chartTheme';
import { percentText } from './reportTables';

const WIDTH = 560;
const HEIGHT = 240;
// Props Recharts compares by reference: made once, so a re-render redraws nothing.
const MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };
const PERCENT_DOMAIN: [number, number] = [0, 100];
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const CURSOR = { fill: CHART_CURSOR };

/**
 * Compliance per month, all groups together: one bar per month on a 0–100 % scale, a month
 * without a completed goal left empty. The SVG is one image named by its title; the table
 * beside it gives the same numbers to read.
 */
export function ComplianceChart({
  title,
  description,
  months,
}: {
  title: string;
  description: string;
  months: readonly MonthCompliance[];
}) {
  // A new array only for new months: Recharts redraws from scratch when its data changes.
  const data = useMemo(
    () => months.map((m) => ({ month: m.month, compliance: m.compliancePct })),
    [months],
  );
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      {/* A fixed size, nothing measured (the figure scrolls when narrower): the same drawing in
          every browser and in jsdom. No animation: the figures are redrawn on every refresh. */}
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
        <YAxis
          domain={PERCENT_DOMAIN}
          ticks={PERCENT_TICKS}
          unit=" %"
          width={56}
          tick={CHART_TICK}
          stroke={CHART_GRID}
        />
        <Tooltip
          cursor={CURSOR}
          contentStyle={CHART_TOOLTIP_STYLE}
          formatter={(value) => percentText(typeof value === 'number' ? value : null)}
        />
        <Bar
          dataKey="compliance"
          name="Compliance"
          fill={CHART_COLORS.success}
          maxBarSize={48}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="compliance"
            position="top"
            fill={CHART_TEXT}
            fontSize={12}
            // A no-break space: Recharts wraps a label at spaces to the bar's width.
            formatter={(value) =>
              typeof value === 'number' ? percentText(value).replace(' ', '\u00a0') : ''
            }
          />
        </Bar>
      </BarChart>
    </figure>
  );
}
