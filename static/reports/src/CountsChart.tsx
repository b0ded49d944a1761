import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_CURSOR, CHART_GRID, CHART_TICK, CHART_TOOLTIP_STYLE } from './chartTheme';
import type { TableModel } from './table';

/** One stacked part of each bar: what it counts, and its colour (a chart token). */
export interface CountSeries<T> {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly count: (row: T) => number;
}

const WIDTH = 560;
const ROW_HEIGHT = 32;
/** The axis and the margins. */
const CHROME_HEIGHT = 40;
const LABEL_WIDTH = 150;
// Props Recharts compares by reference: made once, so a re-render redraws nothing.
const MARGIN = { top: 4, right: 16, bottom: 4, left: 0 };
const CURSOR = { fill: CHART_CURSOR };

const shortLabel = (label: string): string =>
  label.length > 22 ? `${label.slice(0, 21)}…` : label;

/**
 * A table's counts as horizontal stacked bars, one per row, named by the table's first column,
 * with a legend naming the parts. The SVG is one image named by its title; the table, shown
 * beside it, gives the same numbers.
 */
export function CountsChart<T>({
  title,
  description,
  table,
  series,
}: {
  title: string;
  description: string;
  table: TableModel<T>;
  series: readonly CountSeries<T>[];
}) {
  // A new array only for a new table: Recharts redraws from scratch when its data changes.
  const data = useMemo(
    () =>
      table.rows.map((row) => ({
        label: table.columns[0]!.text(row),
        ...Object.fromEntries(series.map((s) => [s.key, s.count(row)])),
      })),
    [table, series],
  );
  // Nothing to draw: the table beside says so.
  if (data.length === 0) return null;
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      {/* The legend in the stacking order, as text the page's theme colours. */}
      <ul className="report-chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="report-chart__swatch" style={{ background: s.color }} aria-hidden />
            {s.name}
          </li>
        ))}
      </ul>
      {/* A fixed size, nothing measured (the figure scrolls when narrower): the same drawing in
          every browser and in jsdom. No animation: the figures are redrawn on every refresh. */}
      <BarChart
        layout="vertical"
        width={WIDTH}
        height={CHROME_HEIGHT + data.length * ROW_HEIGHT}
        data={data}
        role="img"
        title={title}
        desc={description}
        margin={MARGIN}
      >
        <CartesianGrid horizontal={false} stroke={CHART_GRID} />
        <XAxis type="number" allowDecimals={false} tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis
          type="category"
          dataKey="label"
          width={LABEL_WIDTH}
          tick={CHART_TICK}
          tickFormatter={shortLabel}
          stroke={CHART_GRID}
        />
        <Tooltip cursor={CURSOR} contentStyle={CHART_TOOLTIP_STYLE} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId="counts"
            fill={s.color}
            maxBarSize={24}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </figure>
  );
}
