import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { jsonType, type ValidationError } from '../validation';

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
    return reportable(validate.errors ?? []).map((error) => ({
      path: toJsonPath(root, error),
      message: describe(error),
    }));
  };
}

/**
 * A failed `oneOf` also reports why each branch failed, which says little to a reader: keep
 * the `oneOf` error (worded from the schema's description) and drop what its branches said.
 */
function reportable(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath);
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (alternatives.some((p) => error.schemaPath.startsWith(`${p}/`))) return false;
    const key = `${error.instancePath}|${describe(error)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toJsonPath(root: string, error: ErrorObject): string {
  let path = root;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(part)
      ? `[${part}]`
      : /^[A-Za-z_$][\w$]*$/.test(part)
        ? `.${part}`
        : `[${JSON.stringify(part)}]`;
  }
  if (error.keyword === 'required') return `${path}.${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') {
    return `${path}.${String(error.params.additionalProperty)}`;
  }
  if (error.keyword === 'propertyNames') return `${path}.${String(error.params.propertyName)}`;
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
