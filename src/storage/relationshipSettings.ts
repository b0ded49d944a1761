import {
  DEFAULT_RELATIONSHIP_SETTINGS,
  type RelationshipSettings,
} from '../domain/relationships/relationshipSettings';
import type { KeyValueStore } from './keyValueStore';
import { settingsDocument } from './settingsDocument';

/** The relationship register's settings, versioned as the app's settings are. */
const settings = settingsDocument('relationship-settings', DEFAULT_RELATIONSHIP_SETTINGS);

/** The settings in force; fields added since a version was saved take their defaults. */
export const loadRelationshipSettings = async (
  store: KeyValueStore,
): Promise<RelationshipSettings> => ({
  ...DEFAULT_RELATIONSHIP_SETTINGS,
  ...(await settings.load(store)),
});

export const { loadSaved: loadSavedRelationshipSettings, save: saveRelationshipSettings } =
  settings;
