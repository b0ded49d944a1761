import type { KeyValueStore } from './keyValueStore';
import { staleSave, VersionChain, type StaleSave, type VersionStamp } from './versionChain';

/** A saved version of some settings: who saved it, when, and what. */
export interface SavedVersion<T> extends VersionStamp {
  readonly settings: T;
}

export type SettingsSave<T> =
  | { readonly saved: true; readonly version: SavedVersion<T> }
  | { readonly saved: false; readonly conflict: StaleSave };

export interface SaveRequest {
  readonly savedBy: string;
  readonly savedAt: string;
  /** The version the admin edited; null when none was saved yet. */
  readonly baseVersion: number | null;
}

/** Plain functions (no `this`), so a module can export them as they are. */
export interface VersionedSettings<T> {
  /** The settings in force: the newest saved, or the defaults before the first save. */
  readonly load: (store: KeyValueStore) => Promise<T>;
  /** The newest saved version, or null before the first save. */
  readonly loadSaved: (store: KeyValueStore) => Promise<SavedVersion<T> | null>;
  /** Saves `settings` as the version after `baseVersion`, if that is the newest. */
  readonly save: (
    store: KeyValueStore,
    settings: T,
    request: SaveRequest,
  ) => Promise<SettingsSave<T>>;
}

/**
 * Settings versioned as contracts are (`versionChain.ts`): each save claims the next number, so
 * a save from an older version than the newest is refused instead of silently overwriting what
 * another admin saved. The app's settings, the quality and the development-loop settings all
 * keep their versions this way, each under its own keys.
 */
export function versionedSettings<T>(
  versionKey: (version: number) => string,
  pointerKey: string,
  defaults: T,
): VersionedSettings<T> {
  const chain = (store: KeyValueStore) =>
    new VersionChain<SavedVersion<T>>(store, versionKey, pointerKey);
  const loadSaved = (store: KeyValueStore) => chain(store).latest();
  return {
    loadSaved,
    load: async (store) => (await loadSaved(store))?.settings ?? defaults,
    save: async (store, settings, request) => {
      const versions = chain(store);
      const next: SavedVersion<T> = {
        version: (request.baseVersion ?? 0) + 1,
        savedBy: request.savedBy,
        savedAt: request.savedAt,
        settings,
      };
      const stale =
        staleSave(await versions.latest(), request.baseVersion) ?? (await versions.append(next));
      return stale ? { saved: false, conflict: stale } : { saved: true, version: next };
    },
  };
}
