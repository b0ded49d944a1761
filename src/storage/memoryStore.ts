import type { BatchGetResult, BatchItemError, BatchResult } from '@forge/kvs';
import type { BatchKeyValueStore } from './keyValueStore';
import type { SecretStore } from './secretStore';
import {
  batchViolation,
  KEY_NOT_FOUND,
  keyViolation,
  MAX_QUERY_LIMIT,
  refusal,
  valueViolation,
  type KvsOperation,
  type KvsViolation,
} from './kvsRules';

/**
 * A `BatchKeyValueStore` in memory, for tests and the local simulator. It refuses what Forge KVS
 * refuses (see `kvsRules.ts`), with the error `@forge/kvs` throws, so a key or value a real
 * site would reject fails here too. Values are copied in and out as JSON, as a real store
 * would, so callers cannot share mutable state through it.
 */
export class MemoryStore implements BatchKeyValueStore, SecretStore {
  private readonly values = new Map<string, string>();
  /**
   * Secrets, apart from the values as on Forge: `get`, `keys` and `content` never see them. Kept
   * in memory only, so the simulator's `.simulator/kvs.json` never holds one in clear text.
   */
  private readonly secrets = new Map<string, string>();
  private served = 0;

  constructor(
    /** Content kept from an earlier run (the simulator's `.simulator/kvs.json`), loaded as is. */
    initial: Readonly<Record<string, unknown>> = {},
    /** Called after every change with the whole content, e.g. to persist it to a file. */
    private readonly onChange?: (content: Record<string, unknown>) => void,
  ) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, JSON.stringify(value));
  }

  async get<T>(key: string): Promise<T | undefined> {
    this.served++;
    check('/api/v1/get', keyViolation(key));
    const text = this.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    this.served++;
    check('/api/v1/set', keyViolation(key) ?? valueViolation(value));
    this.put(key, value);
  }

  async claim(key: string, value: unknown): Promise<boolean> {
    this.served++;
    check('/api/v1/set', keyViolation(key) ?? valueViolation(value));
    if (this.values.has(key)) return false;
    this.put(key, value);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.served++;
    check('/api/v1/delete', keyViolation(key));
    this.values.delete(key);
    this.changed();
  }

  async keys(prefix: string): Promise<string[]> {
    const keys = [...this.values.keys()].filter((key) => key.startsWith(prefix)).sort();
    // On Forge a listing is a query, a page of 100 keys a request (`forgeStore.keys`).
    this.served += Math.max(1, Math.ceil(keys.length / MAX_QUERY_LIMIT));
    return keys;
  }

  /**
   * Requests this store has answered (refused ones too), as Forge would count them: one per
   * operation, batches included, and one per page of 100 keys listed.
   */
  get requests(): number {
    return this.served;
  }

  async batchGet<T>(keys: readonly string[]): Promise<BatchGetResult<T>> {
    this.served++;
    check('/api/v1/batch/get', batchViolation(keys.map((key) => ({ key }))));
    const result: BatchGetResult<T> = { successfulKeys: [], failedKeys: [] };
    for (const key of keys) {
      const text = this.values.get(key);
      const violation = keyViolation(key) ?? (text === undefined ? KEY_NOT_FOUND : null);
      if (violation) result.failedKeys.push(failed(key, violation));
      else result.successfulKeys.push({ key, value: JSON.parse(text!) as T });
    }
    return result;
  }

  async batchSet(entries: readonly { key: string; value: unknown }[]): Promise<BatchResult> {
    this.served++;
    check('/api/v1/batch/set', batchViolation(entries));
    const result: BatchResult = { successfulKeys: [], failedKeys: [] };
    for (const { key, value } of entries) {
      const violation = keyViolation(key) ?? valueViolation(value);
      if (violation) result.failedKeys.push(failed(key, violation));
      else {
        this.values.set(key, JSON.stringify(value));
        result.successfulKeys.push({ key });
      }
    }
    this.changed();
    return result;
  }

  async batchDelete(keys: readonly string[]): Promise<BatchResult> {
    this.served++;
    check('/api/v1/batch/delete', batchViolation(keys.map((key) => ({ key }))));
    const result: BatchResult = { successfulKeys: [], failedKeys: [] };
    for (const key of keys) {
      const violation = keyViolation(key) ?? (this.values.has(key) ? null : KEY_NOT_FOUND);
      if (violation) result.failedKeys.push(failed(key, violation));
      else {
        this.values.delete(key);
        result.successfulKeys.push({ key });
      }
    }
    this.changed();
    return result;
  }

  async getSecret<T>(key: string): Promise<T | undefined> {
    this.served++;
    check('/api/v1/secret/get', keyViolation(key));
    const text = this.secrets.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async setSecret(key: string, value: unknown): Promise<void> {
    this.served++;
    check('/api/v1/secret/set', keyViolation(key) ?? valueViolation(value));
    this.secrets.set(key, JSON.stringify(value));
  }

  async deleteSecret(key: string): Promise<void> {
    this.served++;
    check('/api/v1/secret/delete', keyViolation(key));
    this.secrets.delete(key);
  }

  /** Everything stored, as plain JSON values (secrets are not among them). */
  content(): Record<string, unknown> {
    return Object.fromEntries([...this.values].map(([key, text]) => [key, JSON.parse(text)]));
  }

  private put(key: string, value: unknown): void {
    this.values.set(key, JSON.stringify(value));
    this.changed();
  }

  private changed(): void {
    this.onChange?.(this.content());
  }
}

function check(operation: KvsOperation, violation: KvsViolation | null): void {
  if (violation) throw refusal(operation, violation);
}

const failed = (key: string, error: KvsViolation): BatchItemError => ({
  key,
  error: { ...error },
});
