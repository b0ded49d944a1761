import {
  DEFAULT_RELATIONSHIP_SETTINGS,
  type RelationshipSettings,
} from '../domain/relationships/relationshipSettings';
import type { KeyValueStore } from './keyValueStore';
import { storageKey } from './storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from './versionedSettings';

/** Each saved version of the relationship settings, and the pointer to the newest. */
const versionKey = (version: number): string =>
  storageKey('relationship-settings', 'version', String(version).padStart(6, '0'));
const POINTER_KEY = storageKey('relationship-settings', 'pointer');

/** The relationship register's settings, versioned as the app's settings are. */
const settings = versionedSettings(versionKey, POINTER_KEY, DEFAULT_RELATIONSHIP_SETTINGS);

/** The settings in force; fields added since a version was saved take their defaults. */
export const loadRelationshipSettings = async (
  store: KeyValueStore,
): Promise<RelationshipSettings> => ({
  ...DEFAULT_RELATIONSHIP_SETTINGS,
  ...(await settings.load(store)),
});

export const loadSavedRelationshipSettings = (
  store: KeyValueStore,
): Promise<SavedVersion<RelationshipSettings> | null> => settings.loadSaved(store);

export const saveRelationshipSettings = (
  store: KeyValueStore,
  value: RelationshipSettings,
  request: SaveRequest,
): Promise<SettingsSave<RelationshipSettings>> => settings.save(store, value, request);
