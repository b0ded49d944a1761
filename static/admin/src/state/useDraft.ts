import { useCallback, useMemo, useReducer } from 'react';
import type { Contract } from '../../../../src/domain/contract/types';
import { canonicalJson, insertIn, removeIn, setIn, type Path } from './paths';

/** The contract as last saved (or loaded) and the draft being edited from it. */
export interface DraftState {
  readonly saved: Contract;
  readonly draft: Contract;
  /** The version `saved` is; the base of the next save. `null` before the first save. */
  readonly version: number | null;
}

export type DraftAction =
  | { readonly type: 'load'; readonly contract: Contract; readonly version: number | null }
  | { readonly type: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly type: 'insert'; readonly path: Path; readonly item: unknown; readonly at?: number }
  | { readonly type: 'remove'; readonly path: Path; readonly index: number }
  | { readonly type: 'replace'; readonly contract: Contract }
  | { readonly type: 'discard' }
  | { readonly type: 'saved'; readonly contract: Contract; readonly version: number };

/** One draft for every tab: edits are path-based, so each form changes only its own fields. */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'load':
      return { saved: action.contract, draft: action.contract, version: action.version };
    case 'set':
      return { ...state, draft: setIn(state.draft, action.path, action.value) };
    case 'insert':
      return { ...state, draft: insertIn(state.draft, action.path, action.item, action.at) };
    case 'remove':
      return { ...state, draft: removeIn(state.draft, action.path, action.index) };
    case 'replace':
      return { ...state, draft: action.contract };
    case 'discard':
      return { ...state, draft: state.saved };
    case 'saved':
      return { ...state, saved: action.contract, version: action.version };
  }
}

export interface DraftOps {
  set(path: Path, value: unknown): void;
  insert(path: Path, item: unknown, at?: number): void;
  remove(path: Path, index: number): void;
}

export function useDraft(contract: Contract, version: number | null) {
  const [state, dispatch] = useReducer(draftReducer, {
    saved: contract,
    draft: contract,
    version,
  });
  const dirty = useMemo(
    () => state.draft !== state.saved && canonicalJson(state.draft) !== canonicalJson(state.saved),
    [state.draft, state.saved],
  );
  const ops: DraftOps = useMemo(
    () => ({
      set: (path, value) => dispatch({ type: 'set', path, value }),
      insert: (path, item, at) => dispatch({ type: 'insert', path, item, at }),
      remove: (path, index) => dispatch({ type: 'remove', path, index }),
    }),
    [],
  );
  const load = useCallback(
    (next: Contract, nextVersion: number | null) =>
      dispatch({ type: 'load', contract: next, version: nextVersion }),
    [],
  );
  const replace = useCallback(
    (next: Contract) => dispatch({ type: 'replace', contract: next }),
    [],
  );
  const discard = useCallback(() => dispatch({ type: 'discard' }), []);
  const markSaved = useCallback(
    (saved: Contract, savedVersion: number) =>
      dispatch({ type: 'saved', contract: saved, version: savedVersion }),
    [],
  );
  return { ...state, dirty, ops, load, replace, discard, markSaved };
}
