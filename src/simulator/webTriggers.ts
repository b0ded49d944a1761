import type { WebTriggerResponse } from '@forge/api';

/**
 * Forge's side of a web trigger (https://developer.atlassian.com/platform/forge/events-reference/
 * web-trigger/): the HTTP request reaches the function as `{ method, path, headers, body,
 * queryParameters }`, header names lowercase with arrays of values and the body as a string;
 * the function's answer becomes the HTTP response. An answer that is not a response object
 * (`statusCode` a number, `headers` of string arrays, `body` a string) gets a 500, as on Forge.
 */
export interface WebTriggerCall {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
  readonly queryParameters: Readonly<Record<string, readonly string[]>>;
}

/** The path the simulator serves a web trigger on: `/x1/<module key>` (Forge's URLs end in `/x1/<id>`). */
export const WEB_TRIGGER_PATH = /^\/x1\/([A-Za-z0-9_-]+)$/;

export const webTriggerPath = (moduleKey: string): string => `/x1/${moduleKey}`;

/** Builds the request Forge passes, from an HTTP request's parts. */
export function webTriggerCall(
  method: string,
  url: URL,
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  body: string,
): WebTriggerCall {
  const arrays: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    arrays[name.toLowerCase()] = Array.isArray(value) ? [...value] : [String(value)];
  }
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  return { method, path: url.pathname, headers: arrays, body, queryParameters: query };
}

/** The function's answer as Forge sends it, or Forge's 500 when it is no response. */
export function webTriggerResponse(value: unknown): WebTriggerResponse {
  const response = value as Partial<WebTriggerResponse> | null;
  const headersOk =
    response?.headers === undefined ||
    (typeof response.headers === 'object' &&
      Object.values(response.headers).every(
        (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
      ));
  if (
    !response ||
    typeof response !== 'object' ||
    !Number.isInteger(response.statusCode) ||
    (response.body !== undefined && typeof response.body !== 'string') ||
    !headersOk
  ) {
    return FORGE_ERROR;
  }
  return response as WebTriggerResponse;
}

/** What Forge answers when the function failed or gave no valid response. */
export const FORGE_ERROR: WebTriggerResponse = {
  statusCode: 500,
  headers: { 'content-type': ['text/plain'] },
  body: 'Internal server error',
};
