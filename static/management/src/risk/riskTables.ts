import type { RiskScoresView } from '../../../../src/resolvers/riskViews';
import type { Column, TableModel } from '../../../reports/src/table';

/** A month's row: each area's score, the composite, the areas missing. */
export interface RiskMonthRow {
  readonly month: string;
  readonly scores: readonly (number | null)[];
  readonly composite: number | null;
  readonly missing: readonly string[];
  /** Area ids whose score dropped this month. */
  readonly dropped: readonly string[];
}

export function riskMonthRows(view: RiskScoresView): RiskMonthRow[] {
  return view.trend.composite.map((c, i) => ({
    month: c.month,
    scores: view.trend.areas.map((a) => a.months[i]!.score),
    composite: c.score,
    missing: view.missing[i]?.areas ?? [],
    dropped: view.drops.filter((d) => d.month === c.month).map((d) => d.areaId),
  }));
}

const scoreText = (score: number | null): string => (score === null ? '–' : String(score));

/** The scores month by month, as shown and as CSV (the same columns). */
export function riskScoreTable(view: RiskScoresView): TableModel<RiskMonthRow> {
  const areaColumns: Column<RiskMonthRow>[] = view.trend.areas.map((area, i) => ({
    header: `${area.name} (${area.weight} %)`,
    text: (row) => {
      const text = scoreText(row.scores[i]!);
      return row.dropped.includes(area.id) ? `${text} ▼` : text;
    },
    raw: (row) => row.scores[i]!,
    numeric: true,
  }));
  return {
    caption: 'Risk scores by month',
    fileName: `risk-scores-${view.from}-${view.to}`,
    columns: [
      { header: 'Month', text: (row) => row.month },
      ...areaColumns,
      {
        header: 'Composite',
        text: (row) => (row.composite === null ? 'incomplete' : String(row.composite)),
        raw: (row) => row.composite,
        numeric: true,
      },
      { header: 'Areas not scored', text: (row) => row.missing.join(', ') },
    ],
    rows: riskMonthRows(view),
    rowKey: (row) => row.month,
  };
}
