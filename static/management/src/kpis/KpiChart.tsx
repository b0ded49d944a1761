import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiView } from '../../../../src/resolvers/kpiViews';
import {
  CHART_COLORS,
  CHART_GRID,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from '../../../reports/src/chartTheme';

const WIDTH = 560;
const HEIGHT = 220;
// Props Recharts compares by reference: made once, so a re-render redraws nothing.
const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 };
const TARGET_LABEL = {
  value: 'target',
  position: 'insideTopRight',
  fill: CHART_COLORS.danger,
} as const;

/**
 * A KPI's values month by month against its target line. A month without a value leaves a gap.
 * One image named by its title; the table below gives the same numbers.
 */
export function KpiChart({ kpi }: { kpi: KpiView }) {
  const data = useMemo(
    () => kpi.months.map((m) => ({ month: m.month, value: m.value })),
    [kpi.months],
  );
  const title = `${kpi.name} (${kpi.unit}) by month against its target ${kpi.target}`;
  return (
    <figure className="kpi-chart">
      {/* A fixed size, nothing measured: the same drawing in every browser and in jsdom. */}
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        role="img"
        title={title}
        desc={`${kpi.direction === 'higher' ? 'Higher' : 'Lower'} is better.`}
        margin={MARGIN}
      >
        <CartesianGrid vertical={false} stroke={CHART_GRID} />
        <XAxis dataKey="month" tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis width={56} tick={CHART_TICK} stroke={CHART_GRID} domain={['auto', 'auto']} />
        <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
        <ReferenceLine
          y={kpi.target}
          stroke={CHART_COLORS.danger}
          strokeDasharray="6 4"
          label={TARGET_LABEL}
          ifOverflow="extendDomain"
        />
        <Line
          type="monotone"
          dataKey="value"
          name={kpi.name}
          stroke={CHART_COLORS.brand}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </figure>
  );
}
