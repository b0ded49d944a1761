import { isRecord } from '../validation';

/** Keywords whose values are data, not schemas: nothing in them is a reference. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/**
 * The schema with every `{ "$ref": "#/definitions/name" }` replaced by that definition, itself
 * inlined. Ajv compiles a definition with references of its own into a separate function and,
 * collecting all errors, appends each call's errors by copying the list so far (`concat`): a
 * list of n invalid entries cost O(n²), 22 s for 100,000. Inlined, each error is pushed once.
 * The schema must not refer to itself, and a `$ref` must stand alone (as draft-07 reads it).
 */
export function inlineRefs(schema: object): object {
  const definitions = isRecord((schema as { definitions?: unknown }).definitions)
    ? ((schema as { definitions: Record<string, unknown> }).definitions as Record<string, unknown>)
    : {};
  const inline = (node: unknown, within: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, within));
    if (!isRecord(node)) return node;
    if (typeof node.$ref === 'string') {
      const name = /^#\/definitions\/([^/]+)$/.exec(node.$ref)?.[1];
      if (Object.keys(node).length > 1 || name === undefined || !(name in definitions)) {
        throw new Error(`cannot inline ${JSON.stringify(node)}`);
      }
      if (within.includes(name)) throw new Error(`#/definitions/${name} refers to itself`);
      return inline(definitions[name], [...within, name]);
    }
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== 'definitions')
        .map(([key, value]) => [key, DATA_KEYWORDS.has(key) ? value : inline(value, within)]),
    );
  };
  return inline(schema, []) as object;
}
