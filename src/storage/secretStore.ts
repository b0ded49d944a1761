/**
 * Forge KVS's secret store (`kvs.getSecret`, `setSecret`, `deleteSecret` of @forge/kvs,
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-secret/): values
 * stored encrypted, under the same key and value rules as other KVS values, apart from them (a
 * query or `get` never returns a secret). The app keeps credentials there, such as Survicate's
 * signing secret, and never sends one back to a screen.
 */
export interface SecretStore {
  getSecret<T>(key: string): Promise<T | undefined>;
  setSecret(key: string, value: unknown): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}
