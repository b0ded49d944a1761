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
