import type { WorkListRow as Row } from '../../../src/resolvers/views';
import { WorkListRow } from './WorkListRow';
import './WorkListTable.css';

const COLUMNS = [
  'SLA',
  'Key',
  'Summary',
  'Customer',
  'Priority',
  'Next action',
  'Time left',
  'Status',
  'Assignee',
];

/** The issues, most urgent first: breached, at risk, then on track. */
export function WorkListTable({
  rows,
  timeZone,
  now,
  focusKey,
}: {
  rows: readonly Row[];
  timeZone: string;
  now: number;
  /** The row whose key takes the keyboard focus (the first of a page just loaded). */
  focusKey: string | null;
}) {
  return (
    <div
      className="work-table__scroll"
      role="region"
      tabIndex={0}
      aria-labelledby="work-table-caption"
    >
      <table className="work-table">
        <caption id="work-table-caption" className="visually-hidden">
          Issues with an open SLA goal, most urgent first
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <WorkListRow
              key={row.key}
              row={row}
              timeZone={timeZone}
              now={now}
              focus={row.key === focusKey}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
