import { csvText } from '../../../src/domain/reports/csvText';

/**
 * A report table defined once: the page renders it and exports the same columns as CSV, so the
 * file holds exactly what is on screen (raw numbers, not formatted ones: a spreadsheet sums them).
 */
export interface Column<T> {
  readonly header: string;
  /** The CSV's header, when its raw values need another (a unit); `header` when absent. */
  readonly csvHeader?: string;
  /** What the page shows. */
  readonly text: (row: T) => string;
  /** What the CSV holds; the shown text when absent. */
  readonly raw?: (row: T) => string | number | null;
  readonly numeric?: boolean;
}

export interface TableModel<T> {
  readonly caption: string;
  /** The CSV file's name, without extension. */
  readonly fileName: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
}

/** A count: shown as is, exported as a number. */
export const countColumn = <T>(header: string, value: (row: T) => number): Column<T> => ({
  header,
  text: (row) => String(value(row)),
  raw: value,
  numeric: true,
});

export function tableCsv<T>(table: TableModel<T>): string {
  return csvText([
    table.columns.map((c) => c.csvHeader ?? c.header),
    ...table.rows.map((row) => table.columns.map((c) => (c.raw ? c.raw(row) : c.text(row)))),
  ]);
}
