import type { ReactNode } from 'react';
import { FieldMessages } from '../components/fields/FieldMessages';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import { useErrorsContext, useFieldErrors } from '../state/ErrorsContext';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useFocusRequest } from '../state/useFocusRequest';

export interface Column {
  /** Column header, also the end of each cell's label: "Contact 2 email". */
  title: string;
  key: string;
  cell: (path: Path, label: string) => ReactNode;
}

/**
 * A list of small records as a table, one row each, with "Add …" and a remove button per row.
 * Each cell's control is labelled "<Noun> <n> <column>".
 */
export function RowsTable({
  legend,
  hint,
  noun,
  path,
  rows,
  columns,
  create,
  optional,
}: {
  legend: string;
  hint?: string;
  noun: string;
  path: Path;
  rows: unknown;
  columns: Column[];
  create: (rows: readonly unknown[]) => unknown;
  /** Removing the last row removes the key. */
  optional?: boolean;
}) {
  const { set, insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const list = useFieldErrors(path);
  const items = Array.isArray(rows) ? (rows as unknown[]) : [];
  const addId = `${list.id}-add`;
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return (
    <fieldset className="fieldset">
      <legend id={list.id} tabIndex={-1}>
        {legend}
      </legend>
      {hint && <p className="field__hint">{hint}</p>}
      <FieldMessages id={list.errorId} messages={list.messages} />
      {items.length === 0 ? (
        <p className="field__hint">None yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="grid-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.title}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((_, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.key}>
                      {c.cell([...path, i, c.key], `${Noun} ${i + 1} ${c.title.toLowerCase()}`)}
                    </td>
                  ))}
                  <td>
                    <RemoveButton
                      label={`Remove ${noun} ${i + 1}`}
                      onClick={() => {
                        if (optional && items.length === 1) set(path, undefined);
                        else remove(path, i);
                        focus(addId);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        id={addId}
        type="button"
        className="button button--default"
        onClick={() => {
          insert(path, create(items));
          focus(fieldId(toJsonPath([...path, items.length, columns[0]!.key]), idPrefix));
        }}
      >
        Add {noun}
      </button>
    </fieldset>
  );
}
