import { Button } from '../../shared/components/Button';
import { downloadFile } from '../../shared/downloadFile';
import { tableCsv, type TableModel } from './table';

/** A report table with its caption and a button that downloads it as CSV. */
export function DataTable<T>({ table }: { table: TableModel<T> }) {
  return (
    <div className="data-table">
      <div className="data-table__bar">
        <h3 className="data-table__caption">{table.caption}</h3>
        <Button
          appearance="subtle"
          onClick={() => downloadFile(`${table.fileName}.csv`, tableCsv(table), 'text/csv')}
        >
          Download CSV
        </Button>
      </div>
      {table.rows.length === 0 ? (
        <p className="data-table__empty">Nothing in this period.</p>
      ) : (
        <table aria-label={table.caption}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={table.rowKey(row, i)}>
                {table.columns.map((c) => (
                  <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                    {c.text(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
