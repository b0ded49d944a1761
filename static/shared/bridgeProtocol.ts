/**
 * The messages between a Custom UI frame and the simulated Jira that hosts it. As on Forge, the
 * frame runs on another origin than Jira and reaches it only through `postMessage`: each bridge
 * call is a request with an id, answered by one reply with the same id. The call names are the
 * ones the real `@forge/bridge` passes to the host's `callBridge` (`invoke`, `getContext`,
 * `enableTheming`, `navigate`, `submit`), plus `resize`, which Forge's host-injected frame resizer
 * does.
 */
export const BRIDGE_CHANNEL = 'forge-simulator-bridge';

export type BridgeCallName =
  | 'invoke'
  | 'getContext'
  | 'enableTheming'
  | 'navigate'
  | 'resize'
  | 'createHistory'
  | 'historyChange'
  | 'submit';

export interface BridgeRequest {
  readonly channel: typeof BRIDGE_CHANNEL;
  readonly id: number;
  readonly call: BridgeCallName;
  readonly payload?: unknown;
}

/** The host's answer to one request: the call's value, or why it failed. */
export type BridgeAnswer =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export type BridgeReply = {
  readonly channel: typeof BRIDGE_CHANNEL;
  readonly id: number;
} & BridgeAnswer;

/**
 * `router.navigate` and `router.open`: a URL or a Forge location (`{ target: 'issue', issueKey }`
 * and others), in this tab or a new one.
 */
export type NavigatePayload = { readonly type: 'same-tab' | 'new-tab' } & (
  | { readonly url: string; readonly target?: undefined }
  | { readonly target: string; readonly issueKey?: string; readonly url?: undefined }
);

/**
 * `view.createHistory()`: a full page's location inside the app, relative to the page's base URL
 * (`/quality/review` on `/jira/apps/{appId}/{envId}/quality/review`), as the `history` package's
 * `Location` (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/).
 */
export interface HistoryLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly state: unknown;
  readonly key: string;
}

/** The frame moves the host page's URL: a new entry, the same entry, or along the history. */
export type HistoryChange =
  | { readonly kind: 'push' | 'replace'; readonly path: string; readonly state?: unknown }
  | { readonly kind: 'go'; readonly delta: number };

/**
 * The host tells a full-page frame that the page's location changed without the frame asking
 * (the browser's back button, the sidebar's links): not a reply, so it carries no id.
 */
export interface HistoryEvent {
  readonly channel: typeof BRIDGE_CHANNEL;
  readonly event: 'history';
  readonly action: 'POP' | 'PUSH' | 'REPLACE';
  readonly location: HistoryLocation;
}

const isChannel = (data: unknown): data is { channel: string; id: unknown } =>
  typeof data === 'object' &&
  data !== null &&
  (data as { channel?: unknown }).channel === BRIDGE_CHANNEL;

export const isBridgeRequest = (data: unknown): data is BridgeRequest =>
  isChannel(data) && typeof data.id === 'number' && 'call' in data;

export const isBridgeReply = (data: unknown): data is BridgeReply =>
  isChannel(data) && typeof data.id === 'number' && 'ok' in data;

export const isHistoryEvent = (data: unknown): data is HistoryEvent =>
  typeof data === 'object' &&
  data !== null &&
  (data as { channel?: unknown }).channel === BRIDGE_CHANNEL &&
  (data as { event?: unknown }).event === 'history' &&
  typeof (data as { location?: unknown }).location === 'object';
