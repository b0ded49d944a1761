/**
 * Paths into the draft contract. The screen addresses every field by a path of keys and indexes
 * (`['calendars', 0, 'week', 'mon', 1, 0]`); the resolvers name fields by JSON path
 * (`$.calendars[0].week.mon[1][0]`). These helpers convert between the two and update a value
 * at a path without mutating anything.
 */
export type PathKey = string | number;
export type Path = readonly PathKey[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['calendars', 0, 'week']` → `$.calendars[0].week`; keys that are not identifiers are quoted. */
export function toJsonPath(path: Path): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : IDENTIFIER.test(key)
          ? `${out}.${key}`
          : `${out}[${JSON.stringify(key)}]`,
    '$',
  );
}

/** `$.calendars[0].targets["1"]` → `['calendars', 0, 'targets', '1']`; `undefined` if malformed. */
export function parseJsonPath(jsonPath: string): PathKey[] | undefined {
  if (!jsonPath.startsWith('$')) return undefined;
  const keys: PathKey[] = [];
  const pattern = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < jsonPath.length) {
    const match = pattern.exec(jsonPath);
    if (!match) return undefined;
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]!) as string);
  }
  return keys;
}

/** Is `path` the same as `prefix` or inside it? Both are JSON paths. */
export function isWithin(path: string, prefix: string): boolean {
  return (
    path === prefix ||
    path.startsWith(`${prefix}.`) ||
    path.startsWith(`${prefix}[`) ||
    prefix === '$'
  );
}

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` removes an object's key (an optional
 * field left empty is left out of the contract, as the format wants). Missing containers on
 * the way are created: an array for a numeric key, an object otherwise.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  const container: unknown =
    root !== null && typeof root === 'object' ? root : typeof key === 'number' ? [] : {};
  const child = (container as Record<PathKey, unknown>)[key];
  const next = setIn(child, rest, value);
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[key as number] = next;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** A copy with `item` inserted into the list at `path` (at the end without `at`). */
export function insertIn<T>(root: T, path: Path, item: unknown, at?: number): T {
  const list = getIn(root, path);
  const items = Array.isArray(list) ? [...(list as unknown[])] : [];
  items.splice(at ?? items.length, 0, item);
  return setIn(root, path, items);
}

/** A copy with the item at `index` removed from the list at `path`. */
export function removeIn<T>(root: T, path: Path, index: number): T {
  const list = getIn(root, path);
  const items = Array.isArray(list) ? [...(list as unknown[])] : [];
  items.splice(index, 1);
  return setIn(root, path, items);
}

/** JSON with object keys sorted, so two documents compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** A DOM id for the field at a JSON path: `$.calendars[0].week` → `field-calendars-0-week`. */
export function fieldId(jsonPath: string, prefix = 'field'): string {
  const slug = jsonPath
    .slice(1)
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? `${prefix}-${slug}` : prefix;
}
