/**
 * The messages between a Custom UI frame and the simulated Jira that hosts it. As on Forge, the
 * frame runs on another origin than Jira and reaches it only through `postMessage`: each bridge
 * call is a request with an id, answered by one reply with the same id. The call names are the
 * ones the real `@forge/bridge` passes to the host's `callBridge` (`invoke`, `getContext`,
 * `enableTheming`, `navigate`), plus `resize`, which Forge's host-injected frame resizer does.
 */
export const BRIDGE_CHANNEL = 'forge-simulator-bridge';

export type BridgeCallName = 'invoke' | 'getContext' | 'enableTheming' | 'navigate' | 'resize';

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

const isChannel = (data: unknown): data is { channel: string; id: unknown } =>
  typeof data === 'object' &&
  data !== null &&
  (data as { channel?: unknown }).channel === BRIDGE_CHANNEL;

export const isBridgeRequest = (data: unknown): data is BridgeRequest =>
  isChannel(data) && typeof data.id === 'number' && 'call' in data;

export const isBridgeReply = (data: unknown): data is BridgeReply =>
  isChannel(data) && typeof data.id === 'number' && 'ok' in data;
