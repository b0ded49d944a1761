import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { RelationshipMonth } from '../../../../src/domain/relationships/relationshipMeasures';
import {
  CHART_COLORS,
  CHART_GRID,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from '../../../reports/src/chartTheme';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 };

/** Atlassian's categorical chart tokens (light and dark): https://atlassian.design/components/tokens/all-tokens */
const SERIES = [
  { key: 'manager', name: 'With an account manager (%)', color: CHART_COLORS.brand },
  {
    key: 'agreement',
    name: 'With a written agreement (%)',
    color: 'var(--ds-chart-teal-bold, #2898BD)',
  },
  {
    key: 'orderers',
    name: 'Orderers with a named contact (%)',
    color: 'var(--ds-chart-purple-bold, #8270DB)',
  },
  { key: 'csat', name: 'CSAT satisfied (%)', color: 'var(--ds-chart-lime-bold, #6A9A23)' },
] as const;

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * The shares month by month on a 0–100 % axis (a month with nobody to count leaves a gap), and
 * the complaints as bars on their own axis. One image named by its title; the table below holds
 * the same numbers.
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
  const title = 'Relationship measures by month';
  const complaintsColor = 'var(--ds-chart-orange-bold, #E56910)';
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      <ul className="report-chart__legend">
        {[...SERIES, { key: 'complaints', name: 'Complaints (bars)', color: complaintsColor }].map(
          (s) => (
            <li key={s.key}>
              <span className="report-chart__swatch" style={{ background: s.color }} aria-hidden />
              {s.name}
            </li>
          ),
        )}
      </ul>
      <ComposedChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        role="img"
        title={title}
        desc="Shares of customers with an account manager and a written agreement, of orderers with a named contact, CSAT satisfied (0 to 100 %), and complaints per month."
        margin={MARGIN}
      >
        <CartesianGrid vertical={false} stroke={CHART_GRID} />
        <XAxis dataKey="month" tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis
          yAxisId="share"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={40}
          tick={CHART_TICK}
          stroke={CHART_GRID}
        />
        <YAxis
          yAxisId="count"
          orientation="right"
          allowDecimals={false}
          width={32}
          tick={CHART_TICK}
          stroke={CHART_GRID}
        />
        <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
        <Bar
          yAxisId="count"
          dataKey="complaints"
          name="Complaints"
          fill={complaintsColor}
          isAnimationActive={false}
        />
        {SERIES.map((s) => (
          <Line
            key={s.key}
            yAxisId="share"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </ComposedChart>
    </figure>
  );
}
