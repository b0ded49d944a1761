import { createContext, useCallback, useContext, useState } from 'react';

/** Values that outlive a tab's panel while the page is open (what was typed on Simulate, say). */
export const SessionContext = createContext<Map<string, unknown>>(new Map());

/** `useState` that keeps its value when the component unmounts and comes back. */
export function useSessionState<T>(
  key: string,
  initial: T | (() => T),
): [T, (next: T | ((previous: T) => T)) => void] {
  const store = useContext(SessionContext);
  const [value, setValue] = useState<T>(() => {
    if (store.has(key)) return store.get(key) as T;
    const first = typeof initial === 'function' ? (initial as () => T)() : initial;
    store.set(key, first);
    return first;
  });
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        store.set(key, value);
        return value;
      }),
    [key, store],
  );
  return [value, set];
}
