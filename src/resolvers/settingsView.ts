import type { SavedVersion } from '../storage/versionedSettings';

/** What a settings form loads: the settings in force and who saved them when. */
export interface SettingsView<T> {
  readonly settings: T;
  /** The version loaded (null: the defaults, never saved): sent back as `baseVersion`. */
  readonly version: number | null;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
}

/** The view of the newest saved version, or of `defaults` before the first save. */
export const settingsView = <T>(saved: SavedVersion<T> | null, defaults: T): SettingsView<T> => ({
  settings: saved?.settings ?? defaults,
  version: saved?.version ?? null,
  savedBy: saved?.savedBy ?? null,
  savedAt: saved?.savedAt ?? null,
});
