/**
 * Jira's OpenAPI description (a copy of Atlassian's in `test/fixtures/`, or `JIRA_OPENAPI` if
 * set) for tests: look up an operation by method and path, concrete
 * (`/rest/api/3/issue/SUP-1/comment`) or templated, and validate a body against a response
 * schema with Ajv.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import fs from 'node:fs';
import nodePath from 'node:path';

const SPEC_PATH =
  process.env.JIRA_OPENAPI ??
  nodePath.join(__dirname, '..', 'fixtures', 'jira-platform-openapi.json');

export interface OpenApiOperation {
  operationId?: string;
  deprecated?: boolean;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  [key: string]: unknown;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

let spec: OpenApiDocument | undefined;
let templates: { template: string; pattern: RegExp; literals: number }[] | undefined;

/** The parsed description (read once). */
export function openApi(): OpenApiDocument {
  spec ??= JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8')) as OpenApiDocument;
  return spec;
}

/**
 * The path template a concrete path or a template matches, preferring templates with more
 * literal segments (`/issue/createmeta` over `/issue/{issueIdOrKey}`).
 *
 * @example pathTemplate('/rest/api/3/issue/SUP-1/comment') // '/rest/api/3/issue/{issueIdOrKey}/comment'
 */
export function pathTemplate(path: string): string | undefined {
  const document = openApi();
  if (document.paths[path]) return path;
  templates ??= Object.keys(document.paths)
    .map((template) => ({
      template,
      pattern: new RegExp(
        `^${template
          .split(/(\{[^}]+\})/)
          .map((part) =>
            /^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
          )
          .join('')}$`,
      ),
      literals: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
    }))
    .sort((a, b) => b.literals - a.literals);
  return templates.find((t) => t.pattern.test(path))?.template;
}

/** The operation for a method and a concrete or templated path, or undefined. */
export function operation(method: string, path: string): OpenApiOperation | undefined {
  const template = pathTemplate(path.split('?')[0] as string);
  return template === undefined ? undefined : openApi().paths[template]?.[method.toLowerCase()];
}

/**
 * Where Jira sends `null` though the description says `string`: a changelog item's `from`,
 * `fromString`, `to` and `toString` are null when a field had or has no value.
 */
const NULLABLE_IN_PRACTICE: Record<string, string[]> = {
  ChangeDetails: ['from', 'fromString', 'to', 'toString'],
};

function componentsAsSent(): Record<string, unknown> {
  const schemas = structuredClone(openApi().components.schemas) as Record<
    string,
    { properties?: Record<string, Record<string, unknown>> }
  >;
  for (const [name, properties] of Object.entries(NULLABLE_IN_PRACTICE)) {
    for (const property of properties) {
      const schema = schemas[name]?.properties?.[property];
      if (schema) schema.nullable = true;
    }
  }
  return { schemas };
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * A validator for the JSON response schema of an operation at a status, or undefined when the
 * description gives none. Formats are not checked (Jira writes `…+0000`, not RFC 3339).
 */
export function responseValidator(
  method: string,
  path: string,
  status: number,
): ValidateFunction | undefined {
  const op = operation(method, path);
  const schema = op?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  return compiled(`${method} ${pathTemplate(path)} ${status}`, schema);
}

/** Compiles a schema of the description once, with its components resolvable. */
function compiled(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
      ajv.addSchema({ $id: 'jira-openapi', components: componentsAsSent() });
    }
    validate = ajv.compile(rebase(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

/** Points a schema's local `#/components/...` references at the added description. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `jira-openapi${v}` : rebase(v);
  }
  return out;
}

/** Ajv's errors for a request body against the operation's JSON request schema. */
export function requestErrors(method: string, path: string, body: unknown): string[] {
  const op = operation(method, path) as
    | (OpenApiOperation & { requestBody?: { content?: Record<string, { schema?: unknown }> } })
    | undefined;
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`No JSON request schema for ${method} ${path}`);
  const validate = compiled(`request ${method} ${pathTemplate(path)}`, schema);
  return validate(body)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
}

/** Ajv's errors for a response body, as readable lines (empty when it conforms). */
export function responseErrors(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const validate = responseValidator(method, path, status);
  if (!validate) throw new Error(`No JSON response schema for ${method} ${path} ${status}`);
  return validate(body)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
}
