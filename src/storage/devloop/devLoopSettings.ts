import {
  DEFAULT_DEV_LOOP_SETTINGS,
  type DevLoopSettings,
} from '../../domain/devloop/devLoopSettings';
import type { KeyValueStore } from '../keyValueStore';
import { DEV_LOOP_SETTINGS_POINTER_KEY, devLoopSettingsVersionKey } from '../storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from '../versionedSettings';

/** A saved version of the development loop settings. */
export type SavedDevLoopSettings = SavedVersion<DevLoopSettings>;
export type DevLoopSettingsSaveResult = SettingsSave<DevLoopSettings>;

/** The development loop settings, versioned as the app's settings are (`versionedSettings.ts`). */
const settings = versionedSettings(
  devLoopSettingsVersionKey,
  DEV_LOOP_SETTINGS_POINTER_KEY,
  DEFAULT_DEV_LOOP_SETTINGS,
);

/** The development loop settings in force: the newest saved, or the defaults before the first save. */
export const loadDevLoopSettings = (store: KeyValueStore): Promise<DevLoopSettings> =>
  settings.load(store);

/** The newest saved version, or null before the first save. */
export const loadSavedDevLoopSettings = (
  store: KeyValueStore,
): Promise<SavedDevLoopSettings | null> => settings.loadSaved(store);

/** Saves `value` as the version after `request.baseVersion`, if that is the newest. */
export const saveDevLoopSettings = (
  store: KeyValueStore,
  value: DevLoopSettings,
  request: SaveRequest,
): Promise<DevLoopSettingsSaveResult> => settings.save(store, value, request);
