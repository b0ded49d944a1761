import { useMemo } from 'react';
import type { MonthQuality } from '../../../src/resolvers/views';
import { CHART_COLORS, CHART_GRID } from './chartTheme';
import { MonthChart, type MonthAxis, type MonthReference, type MonthSeries } from './MonthChart';
import { oneDecimal } from './QualitySectionTables';

// NPS runs from −100 to 100 and CSAT % from 0 to 100: one axis holds both.
const AXIS: MonthAxis = { domain: [-100, 100], ticks: [-100, -50, 0, 50, 100], width: 48 };
const ZERO: MonthReference = { y: 0, color: CHART_GRID };
const SERIES: readonly MonthSeries[] = [
  { key: 'csat', name: 'CSAT %', color: CHART_COLORS.success, kind: 'bar', maxBarSize: 24 },
  { key: 'nps', name: 'NPS', color: CHART_COLORS.brand, kind: 'bar', maxBarSize: 24 },
];

/**
 * CSAT % and NPS per month, all teams together: two bars a month on one −100–100 axis, a month
 * without answers on a scale left empty (the scales are never mixed).
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
    <MonthChart
      title={title}
      description={description}
      data={data}
      series={SERIES}
      left={AXIS}
      reference={ZERO}
      width={560}
      height={260}
    />
  );
}
