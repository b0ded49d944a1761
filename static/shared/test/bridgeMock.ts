/**
 * `@forge/bridge` in component tests: `invoke` answers from handlers the test sets with
 * `answerInvoke`, and records every call; `router` records where the app asked to go.
 */
type Handler = (payload: Record<string, unknown>) => unknown;

const handlers = new Map<string, Handler>();
export const invocations: { functionKey: string; payload: Record<string, unknown> }[] = [];

/** Makes `invoke(functionKey, …)` answer `{ ok: true, data }` (or what `handler` returns). */
export function answerInvoke(functionKey: string, handler: Handler): void {
  handlers.set(functionKey, handler);
}

export function resetBridge(): void {
  handlers.clear();
  invocations.length = 0;
  submissions.length = 0;
  navigations.length = 0;
  pageRoute = '/';
  historyListeners.clear();
}

/**
 * `view.createHistory()`: the full page's route, in memory. A test opens the page on a route
 * with `openRoute` and reads where the app moved it with `currentRoute`.
 */
type RouteListener = (location: MockLocation, action: string) => void;
interface MockLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}
let pageRoute = '/';
const historyListeners = new Set<RouteListener>();
const locationOf = (path: string): MockLocation => {
  const url = new URL(path, 'https://app.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key: path };
};
export const openRoute = (path: string): void => {
  pageRoute = path;
};
export const currentRoute = (): string => pageRoute;
/** The user moved the page (back button, Jira's sidebar): the app's listeners hear it. */
export function moveRoute(path: string): void {
  pageRoute = path;
  for (const listener of [...historyListeners]) listener(locationOf(path), 'POP');
}

async function createHistory() {
  const listeners = new Set<RouteListener>();
  const history = {
    action: 'POP',
    location: locationOf(pageRoute),
    push(to: string | { pathname?: string; search?: string }) {
      const path = typeof to === 'string' ? to : `${to.pathname ?? ''}${to.search ?? ''}`;
      pageRoute = path;
      for (const listener of [...historyListeners]) listener(locationOf(path), 'PUSH');
    },
    replace(to: string) {
      pageRoute = to;
      for (const listener of [...historyListeners]) listener(locationOf(to), 'REPLACE');
    },
    listen(listener: RouteListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  historyListeners.add((location, action) => {
    history.location = location;
    history.action = action;
    for (const listener of listeners) listener(location, action);
  });
  return history;
}

export async function invoke(
  functionKey: string,
  payload: Record<string, unknown> = {},
): Promise<unknown> {
  invocations.push({ functionKey, payload });
  const handler = handlers.get(functionKey);
  if (!handler) throw new Error(`no answer set for ${functionKey}`);
  return handler(payload);
}

export const SITE_URL = 'https://nordic-support.atlassian.net';

/** Every `view.submit(payload)` (a portal create property panel's fields), in order. */
export const submissions: unknown[] = [];

export const view = {
  getContext: async () => ({
    accountId: 'acc-test',
    siteUrl: SITE_URL,
    extension: { issue: { key: 'SUP-1' } },
    theme: { colorMode: 'light' },
  }),
  theme: { enable: async () => undefined },
  createHistory,
  submit: async (payload?: unknown) => void submissions.push(payload),
};

type Location = string | { target: string; [key: string]: unknown };
export const navigations: { how: 'navigate' | 'open'; location: Location }[] = [];

export const router = {
  navigate: async (location: Location) => void navigations.push({ how: 'navigate', location }),
  open: async (location: Location) => void navigations.push({ how: 'open', location }),
};
