import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { field, index, jsonType, type ValidationError } from '../validation';

/**
 * Compiles a JSON Schema into a function that returns every violation as `{ path, message }`
 * with JSON paths (`$.calendars[0].timeZone`) under `root`, worded for people who edit JSON.
 */
export function jsonSchemaValidator(
  schema: object,
): (value: unknown, root?: string) => ValidationError[] {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
  const validate: ValidateFunction = ajv.compile(schema);
  return (value, root = '$') => {
    if (validate(value)) return [];
    return reportable(validate.errors ?? [], value).map((error) => ({
      path: toJsonPath(root, error, value),
      message: describe(error),
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
function reportable(errors: ErrorObject[], document: unknown): ErrorObject[] {
  const located = errors.map((error) => ({ error, path: toJsonPath('$', error, document) }));
  const dropped = new Set<ErrorObject>();
  for (const { error, path } of located) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'if') continue;
    const inside = located.filter(
      (other) =>
        other.error !== error &&
        (other.error.instancePath === error.instancePath ||
          other.error.instancePath.startsWith(`${error.instancePath}/`)),
    );
    const deeper = inside.some((other) => other.path !== path);
    for (const other of inside) if (!deeper || other.path === path) dropped.add(other.error);
    if (deeper) dropped.add(error);
  }
  const seen = new Set<string>();
  return located.flatMap(({ error, path }) => {
    if (dropped.has(error)) return [];
    // Keyed by the reported path: two missing fields of one object are two errors.
    const key = `${path}|${describe(error)}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [error];
  });
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
  if (error.keyword === 'required') return field(path, String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') {
    return field(path, String(error.params.additionalProperty));
  }
  if (error.keyword === 'propertyNames') return field(path, String(error.params.propertyName));
  return path;
}

function describe(error: ErrorObject): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field here';
    case 'propertyNames':
      return 'is not a known name here';
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
      return `${JSON.stringify(error.data)} is not ${patternName(error.parentSchema)}`;
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return 'must not be empty';
    case 'minProperties':
      return `needs at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function patternName(schema: unknown): string {
  const description = (schema as { description?: string } | undefined)?.description;
  return description ?? 'in the expected form';
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
