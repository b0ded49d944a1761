import type { ReactNode } from 'react';

/**
 * A table of editable rows under column headers, scrolling sideways when narrow. Each row ends
 * with a cell for its remove button, under a header only assistive technology reads.
 */
export function GridTable({
  columns,
  children,
}: {
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="grid-table">
        <thead>
          <tr>
            {columns.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
