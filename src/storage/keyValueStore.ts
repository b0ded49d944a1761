import type { BatchGetResult, BatchResult } from '@forge/kvs';

/**
 * The app's storage port: Forge KVS in production, an in-memory map in tests and the local
 * simulator. Values are JSON.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Sets `key` only if it does not exist, atomically; `false` when it already did. This is
   * what makes an escalation fire once even when two functions see the same crossing.
   */
  claim(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Keys starting with `prefix`, for listing versions. */
  keys(prefix: string): Promise<string[]>;
}

/**
 * The store with Forge's batch operations (`kvs.batchGet`, `batchSet`, `batchDelete`), which
 * the app's functions use to read and write many keys in few requests: up to 25 distinct keys in
 * one request (`MAX_BATCH_KEYS`), each succeeding or failing on its own; a key not found is a
 * failed key (`KEY_NOT_FOUND`). `batches.ts` spreads longer lists over several requests.
 */
export interface BatchKeyValueStore extends KeyValueStore {
  batchGet<T>(keys: readonly string[]): Promise<BatchGetResult<T>>;
  batchSet(
    entries: readonly { readonly key: string; readonly value: unknown }[],
  ): Promise<BatchResult>;
  batchDelete(keys: readonly string[]): Promise<BatchResult>;
}
