/**
 * Editing quality settings by path: `valueAt(draft, ['followUp', 'projectKey'])` and
 * `withValue(draft, path, value)` (a copy, the original untouched). The resolver names a wrong
 * field by its JSON path under `$.settings`; `errorPath` gives a form path the same name.
 */
export type DraftPath = readonly (string | number)[];

export function valueAt(draft: unknown, path: DraftPath): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[key]
        : undefined,
    draft,
  );
}

export function withValue<T>(draft: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const copy: Record<string | number, unknown> = Array.isArray(draft)
    ? ([...draft] as unknown as Record<number, unknown>)
    : { ...(draft as Record<string, unknown>) };
  copy[key!] = withValue(copy[key!], rest, value);
  return copy as T;
}

/** `['leads', 'byTeam', 0, 'match']` → `$.settings.leads.byTeam[0].match`. */
export function errorPath(path: DraftPath): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`),
    '$.settings',
  );
}
