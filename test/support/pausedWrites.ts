import type { BatchGetResult, BatchResult } from '@forge/kvs';
import type { BatchKeyValueStore } from '../../src/storage/keyValueStore';

/**
 * One function invocation's view of a shared store whose writes wait for a gate: it reads at
 * once, and its first write tells the test (`writing`) and then waits until the test opens the
 * gate. Two saves on two such views have both read everything before either writes, as when
 * storage latency on Forge lets two invocations interleave; no timer is involved.
 */
export class PausedWrites implements BatchKeyValueStore {
  /** Settles when this view's first write is waiting at the gate. */
  readonly writing: Promise<void>;
  private reached!: () => void;

  constructor(
    private readonly store: BatchKeyValueStore,
    private readonly gate: Promise<void>,
  ) {
    this.writing = new Promise((resolve) => (this.reached = resolve));
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.store.get<T>(key);
  }

  keys(prefix: string): Promise<string[]> {
    return this.store.keys(prefix);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.pause();
    return this.store.set(key, value);
  }

  async claim(key: string, value: unknown): Promise<boolean> {
    await this.pause();
    return this.store.claim(key, value);
  }

  async delete(key: string): Promise<void> {
    await this.pause();
    return this.store.delete(key);
  }

  batchGet<T>(keys: readonly string[]): Promise<BatchGetResult<T>> {
    return this.store.batchGet<T>(keys);
  }

  async batchSet(entries: readonly { key: string; value: unknown }[]): Promise<BatchResult> {
    await this.pause();
    return this.store.batchSet(entries);
  }

  async batchDelete(keys: readonly string[]): Promise<BatchResult> {
    await this.pause();
    return this.store.batchDelete(keys);
  }

  private pause(): Promise<void> {
    this.reached();
    return this.gate;
  }
}

/** A gate and the function that opens it. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
