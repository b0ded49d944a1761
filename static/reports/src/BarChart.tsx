/**
 * A horizontal bar chart in plain SVG: one bar per item, stacked when there are two series.
 * Colours are design tokens (light and dark themes), each series also told apart by its legend
 * and by the table beside the chart; the SVG is one image with a description for screen readers,
 * who read the table instead.
 */
export interface ChartSeries {
  readonly name: string;
  /** A CSS class that sets the bar's fill from a design token. */
  readonly className: string;
}

export interface ChartItem {
  readonly label: string;
  /** One value per series; null when there is nothing to show (no completed goal). */
  readonly values: readonly (number | null)[];
  /** The bar's text at its end: "87.5 %", "12". */
  readonly valueText: string;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 320;
const TEXT_WIDTH = 70;

export function BarChart({
  title,
  description,
  series,
  items,
  max,
}: {
  title: string;
  description: string;
  series: readonly ChartSeries[];
  items: readonly ChartItem[];
  /** The value a full bar stands for (100 for percentages). */
  max?: number;
}) {
  const total = (item: ChartItem) => item.values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const scaleMax = max ?? Math.max(1, ...items.map(total));
  const height = items.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
  const titleId = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure className="bar-chart">
      <figcaption id={titleId} className="bar-chart__title">
        {title}
      </figcaption>
      {series.length > 1 && (
        <ul className="bar-chart__legend">
          {series.map((s) => (
            <li key={s.name}>
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" className={s.className} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <desc id={`${titleId}-desc`}>{description}</desc>
        {items.map((item, row) => {
          let x = LABEL_WIDTH;
          const y = row * ROW + 4;
          return (
            <g key={item.label}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + ROW / 2}
                className="bar-chart__label"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {item.label.length > 22 ? `${item.label.slice(0, 21)}…` : item.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={BAR_WIDTH}
                height={ROW - 10}
                className="bar-chart__track"
              />
              {item.values.map((value, i) => {
                const w = value === null ? 0 : (value / scaleMax) * BAR_WIDTH;
                const bar = (
                  <rect
                    key={series[i]!.name}
                    x={x}
                    y={y + 4}
                    width={w}
                    height={ROW - 10}
                    className={series[i]!.className}
                  />
                );
                x += w;
                return bar;
              })}
              <text
                x={LABEL_WIDTH + BAR_WIDTH + 8}
                y={y + ROW / 2}
                className="bar-chart__value"
                dominantBaseline="middle"
              >
                {item.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
