import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { field, index, jsonType, type ValidationError } from '../validation';
import { inlineRefs } from './inlineRefs';

/**
 * Compiles a JSON Schema into a function that returns every violation as `{ path, message }`
 * with JSON paths (`$.calendars[0].timeZone`) under `root`, worded for people who edit JSON.
 * Its references are inlined first, so the work stays linear in the errors (see `inlineRefs`).
 */
export function jsonSchemaValidator(
  schema: object,
): (value: unknown, root?: string) => ValidationError[] {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
  const validate: ValidateFunction = ajv.compile(inlineRefs(schema));
  return (value, root = '$') => {
    if (validate(value)) return [];
    return reportable(validate.errors ?? [], value, root).map(({ path, message }) => ({
      path,
      message,
    }));
  };
}

/**
 * A value with alternative forms (`oneOf`, or `if`/`then`/`else` where the forms are told apart
 * by a type or a field) fails with what each form it was checked against said, plus one error
 * for the alternatives as a whole. When nothing inside the value is wrong (it is of the wrong
 * type or form altogether), keep only that one error, worded from the schema's description:
 * "must be a date YYYY-MM-DD or null". Otherwise the value has a form, so report what is wrong
 * inside it (`$.calendars[0].week.mon[0][0]`) and drop what was said about the value itself.
 * Branches are told by where the errors are, not by the schema path, which a `$ref` leaves.
 */
function reportable(errors: ErrorObject[], document: unknown, root: string): Located[] {
  const located = errors.map((error) => ({
    error,
    path: toJsonPath(root, error, document),
    message: describe(error),
  }));
  // Each alternatives error with the errors at or under its value, found by walking up from
  // each error (a few steps: the depth of the document), not by comparing every pair.
  const alternatives = new Map<string, { error: ErrorObject; path: string; inside: Located[] }[]>();
  for (const { error, path } of located) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'if') continue;
    const at = alternatives.get(error.instancePath) ?? [];
    at.push({ error, path, inside: [] });
    alternatives.set(error.instancePath, at);
  }
  if (alternatives.size > 0) {
    for (const other of located) {
      for (const pointer of selfAndAncestors(other.error.instancePath)) {
        for (const alternative of alternatives.get(pointer) ?? []) {
          if (alternative.error !== other.error) alternative.inside.push(other);
        }
      }
    }
  }
  const dropped = new Set<ErrorObject>();
  for (const { error, path, inside } of [...alternatives.values()].flat()) {
    const deeper = inside.some((other) => other.path !== path);
    for (const other of inside) if (!deeper || other.path === path) dropped.add(other.error);
    if (deeper) dropped.add(error);
  }
  const seen = new Set<string>();
  return located.filter(({ error, path, message }) => {
    // `propertyNames` only says a name failed; the error about the name itself says why.
    if (dropped.has(error) || error.keyword === 'propertyNames') return false;
    // Keyed by the reported path: two missing fields of one object are two errors.
    const key = `${path}|${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Located {
  readonly error: ErrorObject;
  readonly path: string;
  readonly message: string;
}

/** A JSON pointer and those of the values containing it: `/a/0` → `/a/0`, `/a`, ``. */
function selfAndAncestors(pointer: string): string[] {
  const pointers = [pointer];
  for (let end = pointer.lastIndexOf('/'); end >= 0; end = pointer.lastIndexOf('/', end - 1)) {
    pointers.push(pointer.slice(0, end));
    if (end === 0) break;
  }
  return pointers;
}

/**
 * The JSON path of an error. The instance path alone cannot tell `targets["1"]` (a key) from
 * `priorities[1]` (an index), so it is walked through the document.
 */
function toJsonPath(root: string, error: ErrorObject, document: unknown): string {
  let path = root;
  let value = document;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = Array.isArray(value) ? index(path, Number(part)) : field(path, part);
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  // An error about a property's name (under `propertyNames`) is at that property.
  if (error.propertyName !== undefined) return field(path, error.propertyName);
  if (error.keyword === 'required') return field(path, String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') {
    return field(path, String(error.params.additionalProperty));
  }
  return path;
}

function describe(error: ErrorObject): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return `is not a known field here (known: ${Object.keys(
        (error.parentSchema as { properties?: object }).properties ?? {},
      ).join(', ')})`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${article(String(params.type))}, got ${jsonType(error.data)}`;
    case 'oneOf':
    case 'if':
      return `must be ${(error.parentSchema as { description?: string })?.description ?? 'one of the allowed forms'}`;
    case 'pattern':
      return `${quote(String(error.data))} is not ${patternName(error.parentSchema)}`;
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(params.limit)} items`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters long`;
    case 'minProperties':
      return `needs at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}`;
    case 'maxProperties':
      return `must have at most ${String(params.limit)} entries`;
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'maximum':
      return `must be at most ${String(params.limit)}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(params.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(params.limit)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function patternName(schema: unknown): string {
  const description = (schema as { description?: string } | undefined)?.description;
  return description ?? 'in the expected form';
}

/** A refused text quoted in a message, shortened: it may be megabytes long. */
function quote(text: string): string {
  if (text.length <= 80) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, 60)).slice(0, -1)}…" (${text.length} characters)`;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
