import { createContext, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { errorsByPath, type FieldError } from './errorsByPath';
import { fieldId, toJsonPath, type Path } from './paths';

interface ErrorsContextValue {
  readonly errors: readonly FieldError[];
  readonly byPath: ReadonlyMap<string, readonly string[]>;
  /** Prefix of the DOM ids of fields and messages, so two forms on a page never share one. */
  readonly idPrefix: string;
  /** Paths a rendered field shows its errors at, with how many fields claim each. */
  readonly placed: Map<string, number>;
}

const EMPTY: ErrorsContextValue = {
  errors: [],
  byPath: new Map(),
  idPrefix: 'field',
  placed: new Map(),
};

const ErrorsContext = createContext<ErrorsContextValue>(EMPTY);

/**
 * Gives the fields below the errors (paths relative to `$` of the document the fields edit).
 * Each field shows the errors at its own path; the errors no field claims are listed by
 * `UnplacedErrors`, so none is ever hidden.
 */
export function ErrorsProvider({
  errors,
  idPrefix = 'field',
  children,
}: {
  errors: readonly FieldError[];
  idPrefix?: string;
  children: ReactNode;
}) {
  const placed = useRef(new Map<string, number>()).current;
  const value = useMemo(
    () => ({ errors, byPath: errorsByPath(errors), idPrefix, placed }),
    [errors, idPrefix, placed],
  );
  return <ErrorsContext.Provider value={value}>{children}</ErrorsContext.Provider>;
}

export function useErrorsContext(): ErrorsContextValue {
  return useContext(ErrorsContext);
}

export interface FieldErrorsInfo {
  readonly jsonPath: string;
  /** The DOM id of the field's control (what the error summary focuses). */
  readonly id: string;
  /** The DOM id of the field's error message. */
  readonly errorId: string;
  readonly messages: readonly string[];
  readonly invalid: boolean;
}

/**
 * The errors at one path, claimed for the calling field: while it is rendered, they are shown
 * there and nowhere else.
 */
export function useFieldErrors(path: Path | string): FieldErrorsInfo {
  const { byPath, idPrefix, placed } = useErrorsContext();
  const jsonPath = typeof path === 'string' ? path : toJsonPath(path);
  useLayoutEffect(() => {
    placed.set(jsonPath, (placed.get(jsonPath) ?? 0) + 1);
    return () => {
      const count = (placed.get(jsonPath) ?? 1) - 1;
      if (count > 0) placed.set(jsonPath, count);
      else placed.delete(jsonPath);
    };
  }, [jsonPath, placed]);
  const messages = byPath.get(jsonPath) ?? [];
  const id = fieldId(jsonPath, idPrefix);
  return { jsonPath, id, errorId: `${id}-error`, messages, invalid: messages.length > 0 };
}

/** `aria-describedby` from several ids, leaving out the empty ones. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}
