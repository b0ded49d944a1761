import { DEFAULT_SETTINGS, type AppSettings } from './appSettings';
import { settingsDocument } from './settingsDocument';
import type { SavedVersion, SettingsSave } from './versionedSettings';

/** A saved version of the settings. */
export type SavedSettings = SavedVersion<AppSettings>;
export type SettingsSaveResult = SettingsSave<AppSettings>;

/** The app's settings, versioned (`versionedSettings.ts`). */
export const {
  load: loadSettings,
  loadSaved: loadSavedSettings,
  save: saveSettings,
} = settingsDocument('settings', DEFAULT_SETTINGS);
