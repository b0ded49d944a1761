import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import type { KeyValueStore } from './keyValueStore';
import { QUALITY_SETTINGS_POINTER_KEY, qualitySettingsVersionKey } from './storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from './versionedSettings';

/** A saved version of the quality settings. */
export type SavedQualitySettings = SavedVersion<QualitySettings>;
export type QualitySettingsSaveResult = SettingsSave<QualitySettings>;

/** The quality settings, versioned as the app's settings are (`versionedSettings.ts`). */
const settings = versionedSettings(
  qualitySettingsVersionKey,
  QUALITY_SETTINGS_POINTER_KEY,
  DEFAULT_QUALITY_SETTINGS,
);

/** The quality settings in force: the newest saved, or the defaults before the first save. */
export const loadQualitySettings = (store: KeyValueStore): Promise<QualitySettings> =>
  settings.load(store);

/** The newest saved version, or null before the first save. */
export const loadSavedQualitySettings = (
  store: KeyValueStore,
): Promise<SavedQualitySettings | null> => settings.loadSaved(store);

/** Saves `value` as the version after `request.baseVersion`, if that is the newest. */
export const saveQualitySettings = (
  store: KeyValueStore,
  value: QualitySettings,
  request: SaveRequest,
): Promise<QualitySettingsSaveResult> => settings.save(store, value, request);
