import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../shared/api';
import { refreshWhileVisible } from './refreshWhileVisible';

export interface ResolverState<T> {
  readonly data: T | null;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * Calls `functionKey` with `payload` whenever the payload's JSON changes, on `reload`, and every
 * `pollMs` when set, while the page is visible. An answer that a newer call replaced is dropped;
 * the last data stays on screen while the next call runs, so a refresh does not blank the page.
 */
export function useResolver<T>(
  functionKey: string,
  payload: Record<string, unknown> | null,
  pollMs?: number,
) {
  const [state, setState] = useState<ResolverState<T>>({
    data: null,
    loading: payload !== null,
    error: null,
  });
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);
  const key = payload === null ? null : JSON.stringify(payload);

  useEffect(() => {
    if (key === null) return undefined;
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    call<T>(functionKey, JSON.parse(key) as Record<string, unknown>).then(
      (data) => id === latest.current && setState({ data, loading: false, error: null }),
      (error: unknown) =>
        id === latest.current && setState((s) => ({ ...s, loading: false, error })),
    );
    if (!pollMs) return undefined;
    return refreshWhileVisible(pollMs, () => setReloads((n) => n + 1));
  }, [functionKey, key, reloads, pollMs]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
