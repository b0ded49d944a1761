import { useContext } from 'react';
import { DraftContext } from '../../state/DraftContext';
import { getIn, type Path } from '../../state/paths';

/**
 * A field's value and setter: from the props when the field is controlled (`onChange` given),
 * else read from and written to the draft at `path`.
 */
export function useFieldValue<T>(
  path: Path,
  value: T | undefined,
  onChange: ((value: T | undefined) => void) | undefined,
): [unknown, (value: T | undefined) => void] {
  const draft = useContext(DraftContext);
  if (onChange) return [value, onChange];
  if (!draft) throw new Error(`field ${path.join('.')} has neither onChange nor a draft`);
  return [getIn(draft.draft, path), (next) => draft.set(path, next)];
}
