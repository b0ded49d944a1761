import type { BatchItemError } from '@forge/kvs';
import { chunks } from '../chunks';
import type { BatchKeyValueStore } from './keyValueStore';
import { KEY_NOT_FOUND, MAX_BATCH_KEYS } from './kvsRules';

/**
 * Keys that Forge storage refused in a batch operation (other than keys not found): the batch
 * as a whole was accepted, these keys were not read or written.
 */
export class BatchRefusal extends Error {
  constructor(
    readonly operation: 'get' | 'set' | 'delete',
    readonly failedKeys: readonly BatchItemError[],
  ) {
    const first = failedKeys[0]!;
    super(
      `Forge storage refused to ${operation} ${failedKeys.length} key(s), ` +
        `${first.key} first (${first.error.code}: ${first.error.message})`,
    );
    this.name = 'BatchRefusal';
  }
}

/** Whether a batch failure is only a key that does not exist. */
export const isNotFound = (failure: BatchItemError) => failure.error.code === KEY_NOT_FOUND.code;

/**
 * The values stored under `keys`, read 25 at a time (`kvs.batchGet`); keys that do not exist are
 * left out. Any other failed key fails the read.
 */
export async function getMany<T>(
  store: BatchKeyValueStore,
  keys: readonly string[],
): Promise<Map<string, T>> {
  const results = await Promise.all(
    chunks([...new Set(keys)], MAX_BATCH_KEYS).map((batch) => store.batchGet<T>(batch)),
  );
  const refused = results.flatMap((r) => r.failedKeys.filter((f) => !isNotFound(f)));
  if (refused.length > 0) throw new BatchRefusal('get', refused);
  return new Map(results.flatMap((r) => r.successfulKeys.map((s) => [s.key, s.value] as const)));
}

/** Writes `entries` 25 at a time (`kvs.batchSet`); any failed key fails the write. */
export async function setMany(
  store: BatchKeyValueStore,
  entries: readonly { readonly key: string; readonly value: unknown }[],
): Promise<void> {
  const results = await Promise.all(
    chunks(entries, MAX_BATCH_KEYS).map((batch) => store.batchSet(batch)),
  );
  const refused = results.flatMap((r) => r.failedKeys);
  if (refused.length > 0) throw new BatchRefusal('set', refused);
}

/** Deletes `keys` 25 at a time (`kvs.batchDelete`); a key already gone is no failure. */
export async function deleteMany(
  store: BatchKeyValueStore,
  keys: readonly string[],
): Promise<void> {
  const results = await Promise.all(
    chunks([...new Set(keys)], MAX_BATCH_KEYS).map((batch) => store.batchDelete(batch)),
  );
  const refused = results.flatMap((r) => r.failedKeys.filter((f) => !isNotFound(f)));
  if (refused.length > 0) throw new BatchRefusal('delete', refused);
}
