import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import type { KeyValueStore } from './keyValueStore';
import { QUALITY_SETTINGS_POINTER_KEY, qualitySettingsVersionKey } from './storageKeys';
import { staleSave, VersionChain, type StaleSave, type VersionStamp } from './versionChain';

/** A saved version of the quality settings. */
export interface SavedQualitySettings extends VersionStamp {
  readonly settings: QualitySettings;
}

export type QualitySettingsSaveResult =
  | { readonly saved: true; readonly version: SavedQualitySettings }
  | { readonly saved: false; readonly conflict: StaleSave };

/**
 * Versioned as the app's settings are (`settings.ts`): a save from an older version than the
 * newest is refused instead of overwriting what another admin saved.
 */
const versions = (store: KeyValueStore) =>
  new VersionChain<SavedQualitySettings>(
    store,
    qualitySettingsVersionKey,
    QUALITY_SETTINGS_POINTER_KEY,
  );

/** The quality settings in force: the newest saved, or the defaults before the first save. */
export async function loadQualitySettings(store: KeyValueStore): Promise<QualitySettings> {
  return (await loadSavedQualitySettings(store))?.settings ?? DEFAULT_QUALITY_SETTINGS;
}

/** The newest saved version, or null before the first save. */
export function loadSavedQualitySettings(
  store: KeyValueStore,
): Promise<SavedQualitySettings | null> {
  return versions(store).latest();
}

/** Saves `settings` as the version after `baseVersion` (null: none saved), if that is the newest. */
export async function saveQualitySettings(
  store: KeyValueStore,
  settings: QualitySettings,
  request: {
    readonly savedBy: string;
    readonly savedAt: string;
    readonly baseVersion: number | null;
  },
): Promise<QualitySettingsSaveResult> {
  const chain = versions(store);
  const next: SavedQualitySettings = {
    version: (request.baseVersion ?? 0) + 1,
    savedBy: request.savedBy,
    savedAt: request.savedAt,
    settings,
  };
  const stale = staleSave(await chain.latest(), request.baseVersion) ?? (await chain.append(next));
  return stale ? { saved: false, conflict: stale } : { saved: true, version: next };
}
