import { useMemo } from 'react';
import type { KpiView } from '../../../../src/resolvers/kpiViews';
import { CHART_COLORS } from '../../../reports/src/chartTheme';
import { MonthChart, type MonthAxis } from '../../../reports/src/MonthChart';

const AXIS: MonthAxis = { domain: ['auto', 'auto'], width: 56 };

/**
 * A KPI's values month by month against its target line. A month without a value leaves a gap.
 * The section's heading names the KPI: no caption or legend of its own.
 */
export function KpiChart({ kpi }: { kpi: KpiView }) {
  const data = useMemo(
    () => kpi.months.map((m) => ({ month: m.month, value: m.value })),
    [kpi.months],
  );
  const series = useMemo(
    () => [{ key: 'value', name: kpi.name, color: CHART_COLORS.brand, kind: 'line' as const }],
    [kpi.name],
  );
  const target = useMemo(
    () => ({ y: kpi.target, color: CHART_COLORS.danger, dashed: true, label: 'target' }),
    [kpi.target],
  );
  return (
    <MonthChart
      className="kpi-chart"
      caption={false}
      title={`${kpi.name} (${kpi.unit}) by month against its target ${kpi.target}`}
      description={`${kpi.direction === 'higher' ? 'Higher' : 'Lower'} is better.`}
      data={data}
      series={series}
      left={AXIS}
      reference={target}
      width={560}
      height={220}
    />
  );
}
