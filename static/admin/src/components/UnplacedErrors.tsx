import { useEffect, useState } from 'react';
import { useErrorsContext } from '../state/ErrorsContext';
import type { FieldError } from '../state/errorsByPath';
import { fieldId } from '../state/paths';

/**
 * The errors under a part of the form that no rendered field shows (an item that is not an
 * object, a list that is too short, a key the form has no field for), so nothing the validator
 * says is ever hidden. Each is focusable for the error summary.
 */
export function UnplacedErrors({ filter }: { filter: (path: string) => boolean }) {
  const { errors, placed, idPrefix } = useErrorsContext();
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  useEffect(() => {
    // After the fields of this render have claimed their paths.
    const next = errors.filter((e) => filter(e.path) && !placed.has(e.path));
    const key = (list: FieldError[]) => list.map((e) => `${e.path}\n${e.message}`).join('\n');
    if (key(next) !== key(unplaced)) setUnplaced(next);
  });
  if (unplaced.length === 0) return null;
  const byPath = new Map<string, string[]>();
  for (const e of unplaced) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  return (
    <ul className="unplaced-errors">
      {[...byPath].map(([path, messages]) => (
        <li key={path} id={fieldId(path, idPrefix)} tabIndex={-1} className="field-error">
          <span className="field-error__icon" aria-hidden="true">
            !
          </span>
          <code>{path}</code> {messages.join('; ')}
        </li>
      ))}
    </ul>
  );
}
