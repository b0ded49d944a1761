import type { KeyValueStore } from './keyValueStore';
import {
  keyViolation,
  refusal,
  valueViolation,
  type KvsOperation,
  type KvsViolation,
} from './kvsRules';

/**
 * A `KeyValueStore` in memory, for tests and the local simulator. It refuses what Forge KVS
 * refuses (see `kvsRules.ts`), with the error `@forge/kvs` throws, so a key or value a real
 * site would reject fails here too. Values are copied in and out as JSON, as a real store
 * would, so callers cannot share mutable state through it.
 */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  constructor(
    /** Content kept from an earlier run (the simulator's `.simulator/kvs.json`), loaded as is. */
    initial: Readonly<Record<string, unknown>> = {},
    /** Called after every change with the whole content, e.g. to persist it to a file. */
    private readonly onChange?: (content: Record<string, unknown>) => void,
  ) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, JSON.stringify(value));
  }

  async get<T>(key: string): Promise<T | undefined> {
    check('/api/v1/get', keyViolation(key));
    const text = this.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    check('/api/v1/set', keyViolation(key) ?? valueViolation(value));
    this.put(key, value);
  }

  async claim(key: string, value: unknown): Promise<boolean> {
    check('/api/v1/set', keyViolation(key) ?? valueViolation(value));
    if (this.values.has(key)) return false;
    this.put(key, value);
    return true;
  }

  async delete(key: string): Promise<void> {
    check('/api/v1/delete', keyViolation(key));
    this.values.delete(key);
    this.changed();
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.values.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  /** Everything stored, as plain JSON values. */
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
