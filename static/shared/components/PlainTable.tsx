import type { ReactNode } from 'react';

export interface PlainColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * A small table named by its label, a column header for each column: for lists of records
 * shown on a page (no CSV export; for those see the reports' DataTable).
 */
export function PlainTable<T>({
  label,
  className,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  className: string;
  columns: readonly PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
}) {
  return (
    <table className={className} aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.header}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.header}>{c.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
