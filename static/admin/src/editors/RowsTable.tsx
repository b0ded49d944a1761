import type { ReactNode } from 'react';
import { Button } from '../../../shared/components/Button';
import { FieldMessages } from '../components/fields/FieldMessages';
import { SelectField, type SelectFieldProps } from '../components/fields/SelectField';
import { TextField, type TextFieldProps } from '../components/fields/TextField';
import { GridTable } from '../components/GridTable';
import { RemoveButton } from '../components/RemoveButton';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';

export interface Column {
  /** Column header, also the end of each cell's label: "Contact 2 email". */
  title: string;
  key: string;
  cell: (path: Path, label: string) => ReactNode;
}

/** A column of text fields; `field` gives the rest of their props (size, optional, type). */
export const textColumn = (
  title: string,
  key: string,
  field: Omit<TextFieldProps, 'label' | 'path'> = {},
): Column => ({
  title,
  key,
  cell: (path, label) => <TextField {...field} label={label} hideLabel path={path} />,
});

/** A column of selects of `field.options`. */
export const selectColumn = (
  title: string,
  key: string,
  field: Omit<SelectFieldProps<string>, 'label' | 'path'>,
): Column => ({
  title,
  key,
  cell: (path, label) => <SelectField {...field} label={label} hideLabel path={path} />,
});

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
  const list = useFieldErrors(path);
  const items = Array.isArray(rows) ? (rows as unknown[]) : [];
  const edit = useListEditing(path, items.length, { optional });
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
        <GridTable columns={columns.map((c) => c.title)}>
          {items.map((_, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>
                  {c.cell([...path, i, c.key], `${Noun} ${i + 1} ${c.title.toLowerCase()}`)}
                </td>
              ))}
              <td>
                <RemoveButton label={`Remove ${noun} ${i + 1}`} onClick={() => edit.remove(i)} />
              </td>
            </tr>
          ))}
        </GridTable>
      )}
      <Button id={edit.addId} onClick={() => edit.add(create(items), columns[0]!.key)}>
        Add {noun}
      </Button>
    </fieldset>
  );
}
