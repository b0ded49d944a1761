import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  CHART_CURSOR,
  CHART_GRID,
  CHART_TEXT,
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
} from './chartTheme';

/** One row of the chart: the month (`YYYY-MM`) and each series' value, null for a gap. */
export type MonthPoint = { month: string } & Record<string, number | string | null>;

/** A series drawn month by month: a line (a month without a value leaves a gap) or bars. */
export interface MonthSeries {
  key: string;
  name: string;
  color: string;
  kind: 'line' | 'bar';
  /** Which value axis it is read against: the left one unless it says so. */
  axis?: 'left' | 'right';
  strokeWidth?: number;
  maxBarSize?: number;
  /** Text written above each bar, e.g. its percentage. */
  barLabel?: (value: unknown) => string;
}

export interface MonthAxis {
  domain?: [number | 'auto', number | 'auto'];
  ticks?: number[];
  width: number;
  unit?: string;
  allowDecimals?: boolean;
}

/** A horizontal line across the months: a target, or the zero of an axis running negative. */
export interface MonthReference {
  y: number;
  color: string;
  dashed?: boolean;
  label?: string;
}

export interface MonthChartProps {
  title: string;
  description: string;
  data: readonly MonthPoint[];
  series: readonly MonthSeries[];
  left: MonthAxis;
  right?: MonthAxis;
  reference?: MonthReference;
  width: number;
  height: number;
  /** Without a caption and legend when the section around the chart already names the one series. */
  caption?: boolean;
  className?: string;
  tooltipFormatter?: (value: unknown) => string;
}

// Props Recharts compares by reference: made once, so a re-render redraws nothing.
const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 };
const MARGIN_FOR_BAR_LABELS = { ...MARGIN, top: 20 };
const CURSOR = { fill: CHART_CURSOR };
const LINE_DOT = { r: 3 };

/** Bars only or lines only keep Recharts' own chart (its tooltip cursor fits the kind). */
function chartFor(series: readonly MonthSeries[]) {
  if (series.every((s) => s.kind === 'bar')) return BarChart;
  if (series.every((s) => s.kind === 'line')) return LineChart;
  return ComposedChart;
}

/**
 * The app's month-by-month chart (Reports, Quality page): months along the bottom, a 0–100 or
 * free value axis (and an optional second one on the right), lines and/or bars, an optional
 * reference line. Colours are the Atlassian chart tokens of chartTheme.ts (light and dark).
 * The SVG is one image named by its title; the table beside it gives the same numbers.
 */
export function MonthChart({
  title,
  description,
  data,
  series,
  left,
  right,
  reference,
  width,
  height,
  caption = true,
  className = 'report-chart',
  tooltipFormatter,
}: MonthChartProps) {
  const Chart = chartFor(series);
  const bars = Chart === BarChart;
  const withBarLabels = series.some((s) => s.barLabel);
  return (
    <figure className={className}>
      {caption && (
        <>
          <figcaption className="report-chart__title">{title}</figcaption>
          {series.length > 1 && (
            <ul className="report-chart__legend">
              {series.map((s) => (
                <li key={s.key}>
                  <span
                    className="report-chart__swatch"
                    style={{ background: s.color }}
                    aria-hidden
                  />
                  {s.kind === 'bar' && Chart === ComposedChart ? `${s.name} (bars)` : s.name}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {/* A fixed size, nothing measured (the figure scrolls when narrower): the same drawing in
          every browser and in jsdom. No animation: the figures are redrawn on every refresh. */}
      <Chart
        width={width}
        height={height}
        data={data as MonthPoint[]}
        role="img"
        title={title}
        desc={description}
        margin={withBarLabels ? MARGIN_FOR_BAR_LABELS : MARGIN}
      >
        <CartesianGrid vertical={false} stroke={CHART_GRID} />
        <XAxis dataKey="month" tick={CHART_TICK} stroke={CHART_GRID} />
        <YAxis yAxisId="left" tick={CHART_TICK} stroke={CHART_GRID} {...left} />
        {right && (
          <YAxis
            yAxisId="right"
            orientation="right"
            tick={CHART_TICK}
            stroke={CHART_GRID}
            {...right}
          />
        )}
        {reference && (
          <ReferenceLine
            yAxisId="left"
            y={reference.y}
            stroke={reference.color}
            strokeDasharray={reference.dashed ? '6 4' : undefined}
            label={
              reference.label === undefined
                ? undefined
                : { value: reference.label, position: 'insideTopRight', fill: reference.color }
            }
            ifOverflow="extendDomain"
          />
        )}
        <Tooltip
          cursor={bars ? CURSOR : undefined}
          contentStyle={CHART_TOOLTIP_STYLE}
          formatter={tooltipFormatter}
        />
        {series.map((s) =>
          s.kind === 'bar' ? (
            <Bar
              key={s.key}
              yAxisId={s.axis ?? 'left'}
              dataKey={s.key}
              name={s.name}
              fill={s.color}
              maxBarSize={s.maxBarSize}
              isAnimationActive={false}
            >
              {s.barLabel && (
                <LabelList
                  dataKey={s.key}
                  position="top"
                  fill={CHART_TEXT}
                  fontSize={12}
                  formatter={s.barLabel}
                />
              )}
            </Bar>
          ) : (
            <Line
              key={s.key}
              yAxisId={s.axis ?? 'left'}
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={s.strokeWidth ?? 2}
              dot={LINE_DOT}
              isAnimationActive={false}
              connectNulls={false}
            />
          ),
        )}
      </Chart>
    </figure>
  );
}
