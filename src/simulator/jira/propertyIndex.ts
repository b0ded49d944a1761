/**
 * The JQL index of issue entity properties, as a `jira:entityProperty` module declares it:
 * each declared `(propertyKey, path)` gets a sorted index of `(value, issue id)` kept up to date
 * on every property PUT and DELETE, so a range or equality predicate on it (`issue.property[slm]
 * .nextCheck <= "…"`) is answered by binary search and touches only the issues it returns.
 */
import { parseJiraDateTime } from './jiraTime';
import { SortedIndex, type IndexRange, type IndexValue } from './sortedIndex';
import type { IndexedPropertyDefinition } from './types';

/**
 * The values a property holds at a declared path, converted to the declared type: `date` to
 * epoch ms, `number` as is, `string`, `user` and `text` as strings. Arrays on the way or at the
 * end give one value per element; values of another type are not indexed, as in Jira.
 *
 * @example indexedValues({ propertyKey: 'slm', path: 'nextCheck', type: 'date' },
 *   { nextCheck: '2026-03-02T10:00:00Z' }) // [Date.UTC(2026, 2, 2, 10)]
 */
export function indexedValues(definition: IndexedPropertyDefinition, value: unknown): IndexValue[] {
  const out: IndexValue[] = [];
  collect(value, definition.path.split('.'), 0, definition.type, out);
  return out;
}

function collect(
  value: unknown,
  segments: string[],
  depth: number,
  type: IndexedPropertyDefinition['type'],
  out: IndexValue[],
): void {
  if (Array.isArray(value)) {
    for (const element of value) collect(element, segments, depth, type, out);
    return;
  }
  if (depth < segments.length) {
    if (typeof value === 'object' && value !== null) {
      collect(
        (value as Record<string, unknown>)[segments[depth] as string],
        segments,
        depth + 1,
        type,
        out,
      );
    }
    return;
  }
  const converted = convert(value, type);
  if (converted !== undefined) out.push(converted);
}

function convert(value: unknown, type: IndexedPropertyDefinition['type']): IndexValue | undefined {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date': {
      if (typeof value !== 'string') return undefined;
      const ms = parseJiraDateTime(value);
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'string':
    case 'user':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
    case 'text':
      return typeof value === 'string' ? value : undefined;
  }
}

/** The sorted indexes of every declared property path. */
export class PropertyIndexes {
  private readonly indexes = new Map<IndexedPropertyDefinition, SortedIndex>();
  /** The values each issue currently has in each index, to take them out again. */
  private readonly current = new Map<IndexedPropertyDefinition, Map<number, IndexValue[]>>();

  constructor(readonly definitions: readonly IndexedPropertyDefinition[]) {
    for (const definition of definitions) {
      if (definition.type === 'text') continue; // text is matched with ~, never ranged
      this.indexes.set(definition, new SortedIndex());
      this.current.set(definition, new Map());
    }
  }

  /** The definition of `issue.property[key].path`, if the path is declared. */
  byPath(propertyKey: string, path: string): IndexedPropertyDefinition | undefined {
    return this.definitions.find((d) => d.propertyKey === propertyKey && d.path === path);
  }

  /** The definition with a search alias (case-insensitive, as JQL field names are). */
  byAlias(alias: string): IndexedPropertyDefinition | undefined {
    const lower = alias.toLowerCase();
    return this.definitions.find((d) => d.searchAlias?.toLowerCase() === lower);
  }

  /** Whether `range` can be answered from an index for this definition. */
  isRangeIndexed(definition: IndexedPropertyDefinition): boolean {
    return this.indexes.has(definition);
  }

  /** Re-indexes one property of one issue; `value` undefined when it was deleted. */
  update(issueId: number, propertyKey: string, value: unknown): void {
    for (const [definition, index] of this.indexes) {
      if (definition.propertyKey !== propertyKey) continue;
      const current = this.current.get(definition) as Map<number, IndexValue[]>;
      for (const old of current.get(issueId) ?? []) index.remove(old, issueId);
      const values = value === undefined ? [] : [...new Set(indexedValues(definition, value))];
      for (const v of values) index.insert(v, issueId);
      if (values.length > 0) current.set(issueId, values);
      else current.delete(issueId);
    }
  }

  /** Drops every property of an issue (it was deleted). */
  removeIssue(issueId: number): void {
    for (const [definition, index] of this.indexes) {
      const current = this.current.get(definition) as Map<number, IndexValue[]>;
      for (const old of current.get(issueId) ?? []) index.remove(old, issueId);
      current.delete(issueId);
    }
  }

  /** Issue ids with a value in `range`, in value order; an issue appears once per value. */
  range(definition: IndexedPropertyDefinition, range: IndexRange): Iterable<number> {
    const index = this.indexes.get(definition);
    if (!index) throw new Error(`No range index for ${definition.propertyKey}.${definition.path}`);
    return index.range(range);
  }
}
