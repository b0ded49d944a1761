/**
 * The local simulator's stand-in for `@forge/bridge`. The simulator build of each Custom UI
 * app resolves `@forge/bridge` to this file (see scripts/buildUi.ts), so components import
 * the real bridge and never ask whether they run locally.
 *
 * It does what the real bridge does: the frame is served from another origin than Jira (as
 * Forge serves it from its CDN), so every call is a message to the host page, the simulated
 * Jira, which answers it (static/simulator-host/hostBridge.ts): it runs the resolver as the
 * signed-in user, tells the context, navigates the top window. The frame never calls Jira.
 */
import type {
  FullContext,
  invoke as forgeInvoke,
  router as forgeRouter,
  view as forgeView,
} from '@forge/bridge';
import type { History, LocationDescriptor, LocationListener } from 'history';
import {
  BRIDGE_CHANNEL,
  isBridgeReply,
  isHistoryEvent,
  type BridgeCallName,
  type BridgeRequest,
  type HistoryChange,
  type HistoryLocation,
  type NavigatePayload,
} from './bridgeProtocol';

/** The simulated Jira's origin, which framed this app and passed its origin along. */
const hostOrigin = new URLSearchParams(window.location.search).get('hostOrigin');
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (e: Error) => void }
>();
let lastId = 0;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the host that framed us answers; anything else posting here is ignored.
  if (event.source !== window.parent || event.origin !== hostOrigin) return;
  if (isHistoryEvent(event.data)) {
    const { location, action } = event.data;
    for (const notify of historyListeners) notify(location, action);
    return;
  }
  if (!isBridgeReply(event.data)) return;
  const reply = event.data;
  const waiting = pending.get(reply.id);
  if (!waiting) return;
  pending.delete(reply.id);
  if (reply.ok) waiting.resolve(reply.value);
  else waiting.reject(new Error(reply.message));
});

function callBridge(call: BridgeCallName, payload?: unknown): Promise<unknown> {
  if (!hostOrigin || window.parent === window) {
    // The real bridge's answer when no Atlassian host frames the app.
    return Promise.reject(
      new Error(
        'Unable to establish a connection with the Custom UI bridge: open the app in Jira.',
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    pending.set(id, { resolve, reject });
    const request: BridgeRequest = { channel: BRIDGE_CHANNEL, id, call, payload };
    window.parent.postMessage(request, hostOrigin);
  });
}

export const invoke = ((functionKey: string, payload?: Record<string, unknown>) =>
  callBridge('invoke', { functionKey, payload: payload ?? {} })) as typeof forgeInvoke;

/** Every history the frame created hears of the page's location changes the host reports. */
const historyListeners = new Set<(location: HistoryLocation, action: History['action']) => void>();

const pathOf = (to: LocationDescriptor): string =>
  typeof to === 'string' ? to : `${to.pathname ?? ''}${to.search ?? ''}${to.hash ?? ''}`;

/**
 * `view.createHistory()`: a `history` (v4) object whose location is the full page's route, and
 * whose `push`, `replace` and `go` move the host page's URL; the host reports every change,
 * including the back button's and the sidebar's, and the listeners hear it then
 * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/).
 */
async function createHistory(): Promise<History> {
  const location = (await callBridge('createHistory')) as HistoryLocation;
  const listeners = new Set<LocationListener>();
  const change = (to: HistoryChange) => void callBridge('historyChange', to).catch(() => undefined);
  const history: History = {
    length: 1,
    action: 'POP',
    location,
    push: (to, state) =>
      change({ kind: 'push', path: pathOf(to), state: state ?? (to as { state?: unknown }).state }),
    replace: (to, state) =>
      change({
        kind: 'replace',
        path: pathOf(to),
        state: state ?? (to as { state?: unknown }).state,
      }),
    go: (delta) => change({ kind: 'go', delta }),
    goBack: () => change({ kind: 'go', delta: -1 }),
    goForward: () => change({ kind: 'go', delta: 1 }),
    block: () => {
      throw new Error('The simulator does not simulate history.block().');
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    createHref: (to) => pathOf(to),
  };
  historyListeners.add((next, action) => {
    history.location = next;
    history.action = action;
    for (const listener of listeners) listener(next, action);
  });
  return history;
}

export const view: Pick<typeof forgeView, 'getContext' | 'theme' | 'createHistory' | 'submit'> = {
  getContext: () => callBridge('getContext') as Promise<FullContext>,
  createHistory,
  /**
   * `view.submit(payload)`: hands the host what the module submits; on the portal's create
   * property panel, `{ fields: [{ key, value }], isValid }`, which the portal stores as issue
   * properties of the new request. The host checks the payload and refuses it on other modules
   * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#submit).
   */
  submit: async (payload?: unknown) => void (await callBridge('submit', payload)),
  theme: {
    /** As on Jira: the page gets the user's colour mode as `data-color-mode` on <html>. */
    async enable() {
      const { colorMode } = (await callBridge('enableTheming')) as { colorMode: string };
      document.documentElement.setAttribute('data-color-mode', colorMode);
    },
  },
};

type Location = Parameters<typeof forgeRouter.navigate>[0];
const navigation = (location: Location, type: NavigatePayload['type']): NavigatePayload =>
  typeof location === 'string' ? { url: location, type } : { ...location, type };

export const router: Pick<typeof forgeRouter, 'navigate' | 'open'> = {
  navigate: async (location) =>
    void (await callBridge('navigate', navigation(location, 'same-tab'))),
  open: async (location) => void (await callBridge('navigate', navigation(location, 'new-tab'))),
};

// Forge's host injects a resizer into the frame, so the iframe takes its content's height.
new ResizeObserver(() => {
  void callBridge('resize', { height: document.documentElement.offsetHeight }).catch(
    () => undefined,
  );
}).observe(document.documentElement);
