import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkListFilters, WorkListPage, WorkListRow } from '../../../src/resolvers/views';
import { call } from '../../shared/api';

export interface WorkListState {
  readonly rows: readonly WorkListRow[];
  /** The last page's clock, zone and filter options; null before the first page. */
  readonly page: WorkListPage | null;
  readonly nextPageToken: string | null;
  /** What is loading: the first page (after a filter change) or the next one. */
  readonly loading: 'first' | 'more' | null;
  readonly error: { readonly during: 'first' | 'more'; readonly error: unknown } | null;
  /** The first row the last "Load more" added. */
  readonly firstNewKey: string | null;
}

const INITIAL: WorkListState = {
  rows: [],
  page: null,
  nextPageToken: null,
  loading: 'first',
  error: null,
  firstNewKey: null,
};

/**
 * The work list's pages: the first page again whenever `filters` change (or on `reload`),
 * further pages appended by `loadMore`. An answer to a request that a newer one replaced is
 * dropped, so a quick series of filter changes shows the last one's rows.
 */
export function useWorkList(filters: WorkListFilters) {
  const [state, setState] = useState<WorkListState>(INITIAL);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: 'first', error: null, firstNewKey: null }));
    call<WorkListPage>('getWorkList', { filters }).then(
      (page) => {
        if (id !== latest.current) return;
        setState({
          rows: page.rows,
          page,
          nextPageToken: page.nextPageToken,
          loading: null,
          error: null,
          firstNewKey: null,
        });
      },
      (error: unknown) => {
        if (id !== latest.current) return;
        setState((s) => ({
          ...s,
          rows: [],
          nextPageToken: null,
          loading: null,
          error: { during: 'first', error },
        }));
      },
    );
  }, [filters, reloads]);

  const { nextPageToken, loading } = state;
  const loadMore = useCallback(() => {
    if (!nextPageToken || loading) return;
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: 'more', error: null }));
    call<WorkListPage>('getWorkList', { filters, pageToken: nextPageToken }).then(
      (page) => {
        if (id !== latest.current) return;
        setState((s) => {
          // Should the list have moved between pages, an issue is shown once.
          const shown = new Set(s.rows.map((r) => r.key));
          const added = page.rows.filter((r) => !shown.has(r.key));
          return {
            rows: [...s.rows, ...added],
            page,
            nextPageToken: page.nextPageToken,
            loading: null,
            error: null,
            firstNewKey: added[0]?.key ?? null,
          };
        });
      },
      (error: unknown) => {
        if (id !== latest.current) return;
        setState((s) => ({ ...s, loading: null, error: { during: 'more', error } }));
      },
    );
  }, [filters, nextPageToken, loading]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, loadMore, reload };
}
