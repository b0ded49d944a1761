/** Reading query parameters and bodies the way Jira reads them. */
import { JiraHttpError } from './errors';

/**
 * A non-negative integer query parameter; Jira's default when absent, capped at `max`.
 *
 * @example intParam('20', 50, 100) // 20
 */
export function intParam(value: string | undefined, fallback: number, max?: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new JiraHttpError(400, [`'${value}' is not a valid number.`]);
  }
  return max === undefined ? n : Math.min(n, max);
}

/**
 * A list query parameter: repeated values arrive comma-joined.
 *
 * @example listParam('summary, status') // ['summary', 'status']
 */
export function listParam(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A boolean query parameter (`true`/`false`), or the default. */
export function boolParam(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return value.toLowerCase() === 'true';
}

/** The body as an object, or a 400. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new JiraHttpError(400, ['The request body must be a JSON object.']);
  }
  return body as Record<string, unknown>;
}

/** A page of a list by `startAt` and `maxResults`, with Jira's page-bean fields. */
export function pageOf<T>(
  items: readonly T[],
  startAt: number,
  maxResults: number,
): { startAt: number; maxResults: number; total: number; isLast: boolean; values: T[] } {
  const values = items.slice(startAt, startAt + maxResults);
  return {
    startAt,
    maxResults,
    total: items.length,
    isLast: startAt + values.length >= items.length,
    values,
  };
}
