import type { ReactNode } from 'react';
import type { ContractPart } from '../../../../src/domain/contract/contractChanges';
import { useDraftContext } from '../state/DraftContext';
import { useErrorsContext } from '../state/ErrorsContext';
import { countWithin } from '../state/errorsByPath';
import { fieldId, isWithin, toJsonPath, type Path } from '../state/paths';
import { useFocusRequest } from '../state/useFocusRequest';
import { ConfirmButton } from './ConfirmButton';
import { IdNameFields } from './fields/IdNameFields';
import { UnplacedErrors } from './UnplacedErrors';

interface Item {
  readonly id: string;
  readonly name?: string;
}

export interface PartEditorProps<T extends Item> {
  part: ContractPart;
  /** The part's name: "Calendars". */
  heading: string;
  /** One item: "calendar". */
  noun: string;
  intro?: string;
  selected: number;
  onSelect: (index: number) => void;
  /** A new item, given the ids in use. */
  create: (ids: ReadonlySet<string>) => T;
  /** Shown under the item's name in the list. */
  describe?: (item: T) => string | undefined;
  /** An empty name removes the key (the item is then listed by its id). */
  nameOptional?: boolean;
  /** The form of the selected item, below its ID and name. */
  children: (item: T, path: Path) => ReactNode;
}

/** `base`, or `base-2`, `base-3`… whichever is not in use. */
export function uniqueId(base: string, ids: ReadonlySet<string>): string {
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A part of the contract as a list of items and a form for the selected one (its ID and name,
 * then `children`), with add, duplicate and delete (after a confirmation). Every item's error
 * count shows in the list.
 */
export function PartEditor<T extends Item>({
  part,
  heading,
  noun,
  intro,
  selected,
  onSelect,
  create,
  describe,
  nameOptional,
  children,
}: PartEditorProps<T>) {
  const { draft, insert, remove } = useDraftContext();
  const { errors, idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const items = (draft[part] ?? []) as unknown as readonly T[];
  const index = Math.min(Math.max(selected, 0), items.length - 1);
  const item = items[index];
  const ids = new Set(items.map((i) => i.id));
  const partPath = toJsonPath([part]);
  const itemButtonId = (i: number) => `${part}-item-${i}`;
  const addButtonId = `${part}-add`;

  const add = (newItem: T) => {
    insert([part], newItem);
    onSelect(items.length);
    focus(fieldId(toJsonPath([part, items.length, 'id']), idPrefix));
  };

  return (
    <div className="part-editor">
      <div className="part-editor__list">
        <h2 className="part-editor__heading">{heading}</h2>
        {intro && <p className="part-editor__intro">{intro}</p>}
        <UnplacedErrors filter={(path) => path === partPath} />
        {items.length > 0 && (
          <ul className="item-list" aria-label={heading}>
            {items.map((it, i) => {
              const count = countWithin(errors, toJsonPath([part, i]));
              const secondary = describe?.(it);
              return (
                <li key={i}>
                  <button
                    id={itemButtonId(i)}
                    type="button"
                    className={`item-list__item${i === index ? ' item-list__item--selected' : ''}`}
                    aria-current={i === index ? 'true' : undefined}
                    onClick={() => onSelect(i)}
                  >
                    <span className="item-list__name">{it.name || it.id || `(new ${noun})`}</span>
                    <span className="item-list__meta">
                      {it.id}
                      {secondary ? ` · ${secondary}` : ''}
                    </span>
                    {count > 0 && (
                      <span className="item-list__errors">
                        {count} {count === 1 ? 'error' : 'errors'}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <button
          id={addButtonId}
          type="button"
          className="button button--default"
          onClick={() => add(create(ids))}
        >
          Add {noun}
        </button>
      </div>
      <div className="part-editor__form">
        {item === undefined ? (
          <p className="empty-state">
            No {heading.toLowerCase()} yet. Use “Add {noun}” to create one.
          </p>
        ) : (
          <section aria-labelledby={fieldId(toJsonPath([part, index]), idPrefix)}>
            <div className="form-header">
              <h3 id={fieldId(toJsonPath([part, index]), idPrefix)} tabIndex={-1}>
                {item.name || item.id || `New ${noun}`}
              </h3>
              <div className="form-header__actions">
                <button
                  type="button"
                  className="button button--subtle"
                  onClick={() => {
                    const copy = JSON.parse(JSON.stringify(item)) as T & { name?: string };
                    add({
                      ...copy,
                      id: uniqueId(`${item.id}-copy`, ids),
                      ...(copy.name ? { name: `${copy.name} (copy)` } : {}),
                    });
                  }}
                >
                  Duplicate {noun}
                </button>
                <ConfirmButton
                  appearance="subtle"
                  message={`Delete ${noun} “${item.name || item.id}”? Whatever refers to it will show an error until you change it.`}
                  confirmLabel="Delete"
                  onConfirm={() => {
                    remove([part], index);
                    const next = Math.max(0, index - 1);
                    onSelect(next);
                    focus(items.length > 1 ? itemButtonId(next) : addButtonId);
                  }}
                >
                  Delete {noun}
                </ConfirmButton>
              </div>
            </div>
            <div key={index} className="form">
              <IdNameFields path={[part, index]} nameOptional={nameOptional} />
              {children(item, [part, index])}
            </div>
            <UnplacedErrors filter={(path) => isWithin(path, toJsonPath([part, index]))} />
          </section>
        )}
      </div>
    </div>
  );
}
