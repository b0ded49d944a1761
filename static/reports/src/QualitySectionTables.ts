import type {
  MonthQuality,
  QualityMeasureRow,
  QualityMeasures,
} from '../../../src/resolvers/views';
import { countColumn, type Column, type TableModel } from './table';

/** One decimal: the measures are shares and medians, not exact counts. */
export const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;
const measureText = (value: number | null, unit = ''): string =>
  value === null ? '–' : `${oneDecimal(value)}${unit}`;

/** A share or score: shown and exported to one decimal, empty when there was nothing to measure. */
const measure = <T>(header: string, value: (row: T) => number | null, unit = ''): Column<T> => ({
  header,
  text: (row) => measureText(value(row), unit),
  raw: (row) => oneDecimal(value(row)),
  numeric: true,
});

const periodName = (measures: QualityMeasures): string =>
  measures.from === measures.to ? measures.from : `${measures.from}–${measures.to}`;

/** The measures of each team and month. */
export function qualityTable(measures: QualityMeasures): TableModel<QualityMeasureRow> {
  return {
    caption: `Quality by team and month, ${periodName(measures)}`,
    fileName: `quality-${measures.from}-${measures.to}`,
    rowKey: (row) => `${row.month}|${row.team ?? ''}`,
    rows: measures.rows,
    columns: [
      { header: 'Month', text: (row) => row.month },
      { header: 'Team', text: (row) => row.team ?? '(no team)', raw: (row) => row.team },
      countColumn('CSAT answers', (row) => row.csatAnswers),
      measure('CSAT %', (row) => row.csatPercent, ' %'),
      countColumn('NPS answers', (row) => row.npsAnswers),
      measure('NPS', (row) => row.nps),
      countColumn('Flagged', (row) => row.flagged),
      countColumn('Follow-ups due', (row) => row.followUpsDue),
      measure('Followed up in time %', (row) => row.followedUpInTimePercent, ' %'),
      countColumn('Open NCs at end', (row) => row.openNonConformities),
      countColumn('NCs closed', (row) => row.closedNonConformities),
      {
        header: 'CAPA cycle (median)',
        csvHeader: 'CAPA cycle median (days)',
        text: (row) => measureText(row.capaCycleDays, ' d'),
        raw: (row) => oneDecimal(row.capaCycleDays),
        numeric: true,
      },
      countColumn('Overdue actions at end', (row) => row.overdueActions),
    ],
  };
}

/** CSAT % and NPS of each month, all teams together: the numbers of the chart beside it. */
export function qualityMonthsTable(measures: QualityMeasures): TableModel<MonthQuality> {
  return {
    caption: `CSAT and NPS per month, ${periodName(measures)}`,
    fileName: `quality-months-${measures.from}-${measures.to}`,
    rowKey: (row) => row.month,
    rows: measures.months,
    columns: [
      { header: 'Month', text: (row) => row.month },
      countColumn('CSAT answers', (row) => row.csatAnswers),
      measure('CSAT %', (row) => row.csatPercent, ' %'),
      countColumn('NPS answers', (row) => row.npsAnswers),
      measure('NPS', (row) => row.nps),
    ],
  };
}
