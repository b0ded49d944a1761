import {
  DEFAULT_DEV_LOOP_SETTINGS,
  type DevLoopSettings,
} from '../../domain/devloop/devLoopSettings';
import { settingsDocument } from '../settingsDocument';
import type { SavedVersion, SettingsSave } from '../versionedSettings';

/** A saved version of the development loop settings. */
export type SavedDevLoopSettings = SavedVersion<DevLoopSettings>;
export type DevLoopSettingsSaveResult = SettingsSave<DevLoopSettings>;

/** The development loop settings, versioned as the app's settings are (`versionedSettings.ts`). */
export const {
  load: loadDevLoopSettings,
  loadSaved: loadSavedDevLoopSettings,
  save: saveDevLoopSettings,
} = settingsDocument('devloop-settings', DEFAULT_DEV_LOOP_SETTINGS);
