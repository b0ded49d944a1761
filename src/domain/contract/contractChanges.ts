import type { Contract } from './types';

/** The lists of a contract whose items have ids, in the order the format lists them. */
export const CONTRACT_PARTS = [
  'holidaySets',
  'calendars',
  'priorityModels',
  'actionModels',
  'goals',
  'customers',
  'agreements',
] as const;
export type ContractPart = (typeof CONTRACT_PARTS)[number];

/** What a new contract changes in one part: ids added, removed and changed. */
export interface PartChanges {
  readonly part: ContractPart;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/**
 * What `after` changes compared with `before` (nothing before: everything is added), part by
 * part, by id. Only parts with a change are listed. Used for the import preview and the audit
 * log, so people see what a new version does before and after it is saved.
 *
 * @example
 * contractChanges(v1, v2);
 * // [{ part: 'calendars', added: [], removed: [], changed: ['dk-office'] }]
 */
export function contractChanges(before: Contract | null, after: Contract): PartChanges[] {
  const changes: PartChanges[] = [];
  for (const part of CONTRACT_PARTS) {
    const old = new Map((before?.[part] ?? []).map((item) => [item.id, canonical(item)]));
    const now = new Map(after[part].map((item) => [item.id, canonical(item)]));
    const added = [...now.keys()].filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !now.has(id));
    const changed = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
    if (added.length + removed.length + changed.length > 0) {
      changes.push({ part, added, removed, changed });
    }
  }
  return changes;
}

/** JSON with object keys sorted, so key order alone is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
