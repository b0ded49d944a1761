/**
 * Each environment's pipeline secret: what a deployment pipeline sends as `Authorization: Bearer
 * <secret>` to report the environment's version. Kept in KVS's secret store (`secretStore.ts`),
 * write-only: the admin page learns whether one is set, when and by whom, never the secret.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { KeyValueStore } from '../keyValueStore';
import type { SecretStore } from '../secretStore';
import { environmentSecretKey, environmentSecretStatusKey } from '../storageKeys';

export interface EnvironmentSecretStatus {
  readonly set: boolean;
  /** When (ISO 8601) and by whom (account id) it was set; null when none is set. */
  readonly setAt: string | null;
  readonly setBy: string | null;
}

const NOT_SET: EnvironmentSecretStatus = { set: false, setAt: null, setBy: null };

async function environmentSecret(
  secrets: SecretStore,
  environment: string,
): Promise<string | undefined> {
  const secret = await secrets.getSecret<string>(environmentSecretKey(environment));
  return typeof secret === 'string' && secret !== '' ? secret : undefined;
}

/**
 * Whether `presented` is the environment's secret. False when none is set. Compared in constant
 * time over SHA-256 digests, so neither the content nor the length leaks through timing.
 */
export async function isEnvironmentSecret(
  secrets: SecretStore,
  environment: string,
  presented: string | undefined,
): Promise<boolean> {
  const secret = await environmentSecret(secrets, environment);
  if (secret === undefined || presented === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(secret), digest(presented));
}

/** Stores a new secret (replacing any), then when and by whom, for the status. */
export async function setEnvironmentSecret(
  secrets: SecretStore,
  store: KeyValueStore,
  environment: string,
  secret: string,
  by: { readonly accountId: string; readonly at: string },
): Promise<EnvironmentSecretStatus> {
  await secrets.setSecret(environmentSecretKey(environment), secret);
  const status = { set: true, setAt: by.at, setBy: by.accountId };
  await store.set(environmentSecretStatusKey(environment), status);
  return status;
}

/** Forgets the secret: the web trigger then refuses every report for the environment (401). */
export async function clearEnvironmentSecret(
  secrets: SecretStore,
  store: KeyValueStore,
  environment: string,
): Promise<EnvironmentSecretStatus> {
  await secrets.deleteSecret(environmentSecretKey(environment));
  await store.delete(environmentSecretStatusKey(environment));
  return NOT_SET;
}

export async function environmentSecretStatus(
  secrets: SecretStore,
  store: KeyValueStore,
  environment: string,
): Promise<EnvironmentSecretStatus> {
  if (!(await environmentSecret(secrets, environment))) return NOT_SET;
  const status = await store.get<EnvironmentSecretStatus>(environmentSecretStatusKey(environment));
  return status ?? { set: true, setAt: null, setBy: null };
}
