import type { KeyValueStore } from './keyValueStore';
import type { SecretStore } from './secretStore';
import { SURVICATE_SECRET_KEY, SURVICATE_SECRET_STATUS_KEY } from './storageKeys';

/** What the admin page may know of the Survicate signing secret: never the secret itself. */
export interface SurvicateSecretStatus {
  readonly set: boolean;
  /** When and by whom it was set (ISO 8601, account id); null when none is set. */
  readonly setAt: string | null;
  readonly setBy: string | null;
}

/** The secret, for the web trigger's signature check; undefined until an admin sets one. */
export async function survicateSecret(secrets: SecretStore): Promise<string | undefined> {
  const secret = await secrets.getSecret<string>(SURVICATE_SECRET_KEY);
  return typeof secret === 'string' && secret !== '' ? secret : undefined;
}

/** Stores a new secret (replacing any), then when and by whom, for the status. */
export async function setSurvicateSecret(
  secrets: SecretStore,
  store: KeyValueStore,
  secret: string,
  by: { readonly accountId: string; readonly at: string },
): Promise<SurvicateSecretStatus> {
  await secrets.setSecret(SURVICATE_SECRET_KEY, secret);
  const status = { set: true, setAt: by.at, setBy: by.accountId };
  await store.set(SURVICATE_SECRET_STATUS_KEY, status);
  return status;
}

/** Forgets the secret: the web trigger then refuses every request (503) until a new one is set. */
export async function clearSurvicateSecret(
  secrets: SecretStore,
  store: KeyValueStore,
): Promise<SurvicateSecretStatus> {
  await secrets.deleteSecret(SURVICATE_SECRET_KEY);
  await store.delete(SURVICATE_SECRET_STATUS_KEY);
  return NOT_SET;
}

export async function survicateSecretStatus(
  secrets: SecretStore,
  store: KeyValueStore,
): Promise<SurvicateSecretStatus> {
  if (!(await survicateSecret(secrets))) return NOT_SET;
  const status = await store.get<SurvicateSecretStatus>(SURVICATE_SECRET_STATUS_KEY);
  return status ?? { set: true, setAt: null, setBy: null };
}

const NOT_SET: SurvicateSecretStatus = { set: false, setAt: null, setBy: null };
