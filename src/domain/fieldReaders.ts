/**
 * Readers of the fields of a request or settings document: each answers what it could read and
 * appends its problems to `errors`, each named by its JSON path, so a validation reports every
 * problem at once.
 */
import { isTimeZone } from './calendar/timeZone';
import { field, isRecord, jsonType, type ValidationError } from './validation';

/**
 * Whether `value` is an object (otherwise a problem at `path`); each of its fields not `known` is
 * a problem at its own path, "is not a field of `of`". A type guard, so the caller reads on.
 */
export function isObjectOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  known: readonly string[],
  of?: string,
): value is Record<string, unknown> {
  if (!isRecord(value)) {
    errors.push({ path, message: `must be an object, not ${jsonType(value)}` });
    return false;
  }
  const message = of ? `is not a field of ${of}` : 'is not a field';
  for (const key of Object.keys(value))
    if (!known.includes(key)) errors.push({ path: field(path, key), message });
  return true;
}

/** `value` as an object whose fields are all `known`, or null (see `isObjectOf`). */
export const objectOf = (
  errors: ValidationError[],
  value: unknown,
  path: string,
  known: readonly string[],
  of?: string,
): Record<string, unknown> | null => (isObjectOf(errors, value, path, known, of) ? value : null);

export const TIME_ZONE_MESSAGE = 'must be an IANA time zone such as Europe/Copenhagen';

/** An IANA time zone name; otherwise a problem at `path`, and UTC so later checks can go on. */
export function timeZoneOf(errors: ValidationError[], value: unknown, path: string): string {
  if (typeof value === 'string' && isTimeZone(value)) return value;
  errors.push({ path, message: TIME_ZONE_MESSAGE });
  return 'UTC';
}

/**
 * A trimmed text of at most `max` characters, required unless `optional`: null (and a problem)
 * when it is not text at all.
 */
export function textOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  max: number,
  { optional = false } = {},
): string | null {
  if (typeof value !== 'string') {
    errors.push({ path, message: `must be text, not ${jsonType(value)}` });
    return null;
  }
  const text = value.trim();
  if (!optional && text === '') errors.push({ path, message: 'is required' });
  else if (text.length > max) errors.push({ path, message: `must be at most ${max} characters` });
  return text;
}
