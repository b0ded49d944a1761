import { DEFAULT_SETTINGS, type AppSettings } from './appSettings';
import type { KeyValueStore } from './keyValueStore';
import { SETTINGS_KEY } from './storageKeys';

export async function loadSettings(store: KeyValueStore): Promise<AppSettings> {
  return (await store.get<AppSettings>(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
}

export async function saveSettings(store: KeyValueStore, settings: AppSettings): Promise<void> {
  await store.set(SETTINGS_KEY, settings);
}
