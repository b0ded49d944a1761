import { DEFAULT_SETTINGS, type AppSettings } from './appSettings';
import type { KeyValueStore } from './keyValueStore';
import { SETTINGS_POINTER_KEY, settingsVersionKey } from './storageKeys';
import { staleSave, VersionChain, type StaleSave, type VersionStamp } from './versionChain';

/** A saved version of the settings. */
export interface SavedSettings extends VersionStamp {
  readonly settings: AppSettings;
}

export type SettingsSaveResult =
  | { readonly saved: true; readonly version: SavedSettings }
  | { readonly saved: false; readonly conflict: StaleSave };

/**
 * The settings are versioned as contracts are (`versionChain.ts`): each save claims the next
 * number, so a save from an older version than the newest is refused instead of silently
 * overwriting what another admin saved.
 */
const versions = (store: KeyValueStore) =>
  new VersionChain<SavedSettings>(store, settingsVersionKey, SETTINGS_POINTER_KEY);

/** The settings in force: the newest saved, or the defaults before the first save. */
export async function loadSettings(store: KeyValueStore): Promise<AppSettings> {
  return (await loadSavedSettings(store))?.settings ?? DEFAULT_SETTINGS;
}

/** The newest saved version, or null before the first save. */
export function loadSavedSettings(store: KeyValueStore): Promise<SavedSettings | null> {
  return versions(store).latest();
}

/** Saves `settings` as the version after `baseVersion` (null: none saved), if that is the newest. */
export async function saveSettings(
  store: KeyValueStore,
  settings: AppSettings,
  request: {
    readonly savedBy: string;
    readonly savedAt: string;
    readonly baseVersion: number | null;
  },
): Promise<SettingsSaveResult> {
  const chain = versions(store);
  const next: SavedSettings = {
    version: (request.baseVersion ?? 0) + 1,
    savedBy: request.savedBy,
    savedAt: request.savedAt,
    settings,
  };
  const stale = staleSave(await chain.latest(), request.baseVersion) ?? (await chain.append(next));
  return stale ? { saved: false, conflict: stale } : { saved: true, version: next };
}
