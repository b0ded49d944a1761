import { useDraftContext } from './DraftContext';
import { useErrorsContext } from './ErrorsContext';
import { fieldId, toJsonPath, type Path, type PathKey } from './paths';
import { useFocusRequest } from './useFocusRequest';

export interface ListEditing {
  /** The DOM id of the list's "Add …" button, where focus goes after a removal. */
  readonly addId: string;
  /** Appends `item` and focuses its field at `field` (keys inside the item; none: the item). */
  add: (item: unknown, ...field: PathKey[]) => void;
  /** Removes item `index`, then focuses the add button. */
  remove: (index: number) => void;
}

/**
 * Adding to and removing from the list at `listPath` in the draft, keeping keyboard users where
 * they work: after adding, on the new item's first field; after removing, on the add button.
 */
export function useListEditing(
  listPath: Path,
  length: number,
  options: {
    /** The add button's id; by default the list's field id with `-add`. */
    addId?: string;
    /** Removing the last item removes the key rather than leaving an empty list. */
    optional?: boolean;
  } = {},
): ListEditing {
  const { set, insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const addId = options.addId ?? `${fieldId(toJsonPath(listPath), idPrefix)}-add`;
  return {
    addId,
    add: (item, ...field) => {
      insert(listPath, item);
      focus(fieldId(toJsonPath([...listPath, length, ...field]), idPrefix));
    },
    remove: (index) => {
      if (options.optional && length === 1) set(listPath, undefined);
      else remove(listPath, index);
      focus(addId);
    },
  };
}
