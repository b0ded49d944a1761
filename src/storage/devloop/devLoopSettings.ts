import {
  DEFAULT_DEV_LOOP_SETTINGS,
  type DevLoopSettings,
} from '../../domain/devloop/devLoopSettings';
import type { KeyValueStore } from '../keyValueStore';
import { DEV_LOOP_SETTINGS_POINTER_KEY, devLoopSettingsVersionKey } from '../storageKeys';
import { staleSave, VersionChain, type StaleSave, type VersionStamp } from '../versionChain';

/** A saved version of the development loop settings. */
export interface SavedDevLoopSettings extends VersionStamp {
  readonly settings: DevLoopSettings;
}

export type DevLoopSettingsSaveResult =
  | { readonly saved: true; readonly version: SavedDevLoopSettings }
  | { readonly saved: false; readonly conflict: StaleSave };

/**
 * Versioned as the app's settings are (`settings.ts`): a save from an older version than the
 * newest is refused instead of overwriting what another admin saved.
 */
const versions = (store: KeyValueStore) =>
  new VersionChain<SavedDevLoopSettings>(
    store,
    devLoopSettingsVersionKey,
    DEV_LOOP_SETTINGS_POINTER_KEY,
  );

/** The development loop settings in force: the newest saved, or the defaults before the first save. */
export async function loadDevLoopSettings(store: KeyValueStore): Promise<DevLoopSettings> {
  return (await loadSavedDevLoopSettings(store))?.settings ?? DEFAULT_DEV_LOOP_SETTINGS;
}

/** The newest saved version, or null before the first save. */
export function loadSavedDevLoopSettings(
  store: KeyValueStore,
): Promise<SavedDevLoopSettings | null> {
  return versions(store).latest();
}

/** Saves `settings` as the version after `baseVersion` (null: none saved), if that is the newest. */
export async function saveDevLoopSettings(
  store: KeyValueStore,
  settings: DevLoopSettings,
  request: {
    readonly savedBy: string;
    readonly savedAt: string;
    readonly baseVersion: number | null;
  },
): Promise<DevLoopSettingsSaveResult> {
  const chain = versions(store);
  const next: SavedDevLoopSettings = {
    version: (request.baseVersion ?? 0) + 1,
    savedBy: request.savedBy,
    savedAt: request.savedAt,
    settings,
  };
  const stale = staleSave(await chain.latest(), request.baseVersion) ?? (await chain.append(next));
  return stale ? { saved: false, conflict: stale } : { saved: true, version: next };
}
