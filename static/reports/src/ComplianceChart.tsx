import { useMemo } from 'react';
import type { MonthCompliance } from '../../../src/resolvers/views';
import { CHART_COLORS } from './chartTheme';
import { MonthChart, type MonthAxis, type MonthSeries } from './MonthChart';
import { percentText } from './reportTables';

const PERCENT_AXIS: MonthAxis = {
  domain: [0, 100],
  ticks: [0, 25, 50, 75, 100],
  unit: ' %',
  width: 56,
};
const tooltipPercent = (value: unknown) => percentText(typeof value === 'number' ? value : null);
const SERIES: readonly MonthSeries[] = [
  {
    key: 'compliance',
    name: 'Compliance',
    color: CHART_COLORS.success,
    kind: 'bar',
    maxBarSize: 48,
    // A no-break space: Recharts wraps a label at spaces to the bar's width.
    barLabel: (value) =>
      typeof value === 'number' ? percentText(value).replace(' ', '\u00a0') : '',
  },
];

/**
 * Compliance per month, all groups together: one bar per month on a 0–100 % scale, a month
 * without a completed goal left empty.
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
    <MonthChart
      title={title}
      description={description}
      data={data}
      series={SERIES}
      left={PERCENT_AXIS}
      width={560}
      height={240}
      tooltipFormatter={tooltipPercent}
    />
  );
}
