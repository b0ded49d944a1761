import { DEFAULT_SETTINGS, type AppSettings } from './appSettings';
import type { KeyValueStore } from './keyValueStore';
import { SETTINGS_POINTER_KEY, settingsVersionKey } from './storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from './versionedSettings';

/** A saved version of the settings. */
export type SavedSettings = SavedVersion<AppSettings>;
export type SettingsSaveResult = SettingsSave<AppSettings>;

/** The app's settings, versioned (`versionedSettings.ts`). */
const settings = versionedSettings(settingsVersionKey, SETTINGS_POINTER_KEY, DEFAULT_SETTINGS);

/** The settings in force: the newest saved, or the defaults before the first save. */
export const loadSettings = (store: KeyValueStore): Promise<AppSettings> => settings.load(store);

/** The newest saved version, or null before the first save. */
export const loadSavedSettings = (store: KeyValueStore): Promise<SavedSettings | null> =>
  settings.loadSaved(store);

/** Saves `value` as the version after `request.baseVersion`, if that is the newest. */
export const saveSettings = (
  store: KeyValueStore,
  value: AppSettings,
  request: SaveRequest,
): Promise<SettingsSaveResult> => settings.save(store, value, request);
