import type { KeyValueStore } from './keyValueStore';

/** Which Jira fields say an issue's customer, environment and product (by field id). */
export interface FieldMapping {
  readonly customer: string;
  readonly environment: string;
  readonly product: string;
}

export interface AppSettings {
  readonly fields: FieldMapping;
  /** The key of the app's "SLA time left" custom field, as Jira names Forge fields. */
  readonly timeLeftField?: string;
}

const KEY = 'settings';

/** Defaults until an admin maps the fields: custom fields named as in the demo site. */
export const DEFAULT_SETTINGS: AppSettings = {
  fields: {
    customer: 'customfield_10050',
    environment: 'customfield_10051',
    product: 'customfield_10052',
  },
};

export async function loadSettings(store: KeyValueStore): Promise<AppSettings> {
  return (await store.get<AppSettings>(KEY)) ?? DEFAULT_SETTINGS;
}

export async function saveSettings(store: KeyValueStore, settings: AppSettings): Promise<void> {
  await store.set(KEY, settings);
}
