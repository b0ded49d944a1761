import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import type { ValidationError } from '../domain/validation';

/**
 * What the app's web triggers answer, in Forge's response shape
 * (https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger/): JSON bodies,
 * header values as arrays.
 */
export function answer(
  statusCode: number,
  body: Record<string, unknown>,
  headers: Record<string, string[]> = {},
): WebTriggerResponse {
  return {
    statusCode,
    headers: { 'Content-Type': ['application/json'], ...headers },
    body: JSON.stringify(body),
  };
}

/** A refusal listing every problem with its JSON path, e.g. "2 problems in the report". */
export function invalid(
  statusCode: 400 | 422,
  errors: readonly ValidationError[],
  what: string,
): WebTriggerResponse {
  const count = errors.length;
  return answer(statusCode, {
    error: `${count} problem${count === 1 ? '' : 's'} in the ${what}`,
    errors,
  });
}

/** A header's first value, by name in any case (Forge passes the names as the caller sent them). */
export function header(
  headers: WebTriggerRequest['headers'] | undefined,
  name: string,
): string | undefined {
  for (const [key, values] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) return Array.isArray(values) ? values[0] : String(values);
  }
  return undefined;
}
