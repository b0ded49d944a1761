import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

/** Where a full page is: its path inside the app (`/quality/kpis`) and its query. */
export interface PageLocation {
  readonly pathname: string;
  readonly search: string;
}

export interface PageHistory {
  /** Undefined until the host has told the page where it is. */
  readonly location: PageLocation | undefined;
  /** Moves the page (a new entry in the browser's history, so it can be linked and gone back to). */
  readonly push: (path: string) => void;
}

/**
 * A full page's route, from Forge's `view.createHistory()`: Jira's sidebar and the browser's back
 * button move it, and so does the app (https://developer.atlassian.com/platform/forge/add-routing-to-a-full-page-app/).
 * Outside a full page (no history) the page stays on `/` and moves in memory.
 */
export function usePageHistory(): PageHistory {
  const [location, setLocation] = useState<PageLocation>();
  const [push, setPush] = useState<(path: string) => void>(() => () => undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    view.createHistory().then(
      (history) => {
        if (cancelled) return;
        setLocation(history.location);
        stop = history.listen((next) => setLocation(next));
        setPush(() => (path: string) => history.push(path));
      },
      () => {
        if (cancelled) return;
        setLocation({ pathname: '/', search: '' });
        setPush(() => (path: string) => {
          const url = new URL(path, 'https://page.invalid');
          setLocation({ pathname: url.pathname, search: url.search });
        });
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return { location, push };
}
