import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import { settingsDocument } from './settingsDocument';
import type { SavedVersion, SettingsSave } from './versionedSettings';

/** A saved version of the quality settings. */
export type SavedQualitySettings = SavedVersion<QualitySettings>;
export type QualitySettingsSaveResult = SettingsSave<QualitySettings>;

/** The quality settings, versioned as the app's settings are (`versionedSettings.ts`). */
export const {
  load: loadQualitySettings,
  loadSaved: loadSavedQualitySettings,
  save: saveQualitySettings,
} = settingsDocument('quality-settings', DEFAULT_QUALITY_SETTINGS);
