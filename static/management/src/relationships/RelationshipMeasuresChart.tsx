import { useMemo } from 'react';
import type { RelationshipMonth } from '../../../../src/domain/relationships/relationshipMeasures';
import { CHART_COLORS } from '../../../reports/src/chartTheme';
import { MonthChart, type MonthAxis, type MonthSeries } from '../../../reports/src/MonthChart';

const SHARE_AXIS: MonthAxis = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], width: 40 };
const COUNT_AXIS: MonthAxis = { allowDecimals: false, width: 32 };

/** Atlassian's categorical chart tokens (light and dark): https://atlassian.design/components/tokens/all-tokens */
const SERIES: readonly MonthSeries[] = [
  {
    key: 'complaints',
    name: 'Complaints',
    color: 'var(--ds-chart-orange-bold, #E56910)',
    kind: 'bar',
    axis: 'right',
  },
  { key: 'manager', name: 'With an account manager (%)', color: CHART_COLORS.brand, kind: 'line' },
  {
    key: 'agreement',
    name: 'With a written agreement (%)',
    color: 'var(--ds-chart-teal-bold, #2898BD)',
    kind: 'line',
  },
  {
    key: 'orderers',
    name: 'Orderers with a named contact (%)',
    color: 'var(--ds-chart-purple-bold, #8270DB)',
    kind: 'line',
  },
  {
    key: 'csat',
    name: 'CSAT satisfied (%)',
    color: 'var(--ds-chart-lime-bold, #6A9A23)',
    kind: 'line',
  },
];

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * The shares month by month on a 0–100 % axis (a month with nobody to count leaves a gap), and
 * the complaints as bars on their own axis. The table below holds the same numbers.
 */
export function RelationshipMeasuresChart({ months }: { months: readonly RelationshipMonth[] }) {
  const data = useMemo(
    () =>
      months.map((m) => ({
        month: m.month,
        manager: percent(m.customersWithNamedContact),
        agreement: percent(m.customersWithWrittenAgreement),
        orderers: percent(m.orderersWithNamedContact),
        csat: percent(m.csat),
        complaints: m.complaints,
      })),
    [months],
  );
  return (
    <MonthChart
      title="Relationship measures by month"
      description="Shares of customers with an account manager and a written agreement, of orderers with a named contact, CSAT satisfied (0 to 100 %), and complaints per month."
      data={data}
      series={SERIES}
      left={SHARE_AXIS}
      right={COUNT_AXIS}
      width={640}
      height={260}
    />
  );
}
