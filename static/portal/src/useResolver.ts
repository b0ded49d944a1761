import { useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/api';

export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * One resolver call when the view opens, and a way to put a later answer of the same view in
 * its place (a resolver that changes something answers the view anew). The answer is the
 * state: nothing copies it elsewhere.
 */
export function useResolver<T>(functionKey: string) {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    call<T>(functionKey).then(
      (data) => current && setLoad({ status: 'ready', data }),
      (error: unknown) => current && setLoad({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [functionKey]);
  const replace = useCallback((data: T) => setLoad({ status: 'ready', data }), []);
  return [load, replace] as const;
}
