import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '../../domain/risk/riskSettings';
import type { KeyValueStore } from '../keyValueStore';
import { storageKey } from '../storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from '../versionedSettings';

/** Each saved version of the risk settings (`versionChain.ts`). */
const riskSettingsVersionKey = (version: number): string =>
  storageKey('risk-settings', 'version', String(version).padStart(6, '0'));
/** The newest risk settings version: a hint that readers read on past. */
const RISK_SETTINGS_POINTER_KEY = storageKey('risk-settings', 'pointer');

const settings = versionedSettings(
  riskSettingsVersionKey,
  RISK_SETTINGS_POINTER_KEY,
  DEFAULT_RISK_SETTINGS,
);

/** The risk settings in force: the newest saved, or the defaults before the first save. */
export const loadRiskSettings = (store: KeyValueStore): Promise<RiskSettings> =>
  settings.load(store);

export const loadSavedRiskSettings = (
  store: KeyValueStore,
): Promise<SavedVersion<RiskSettings> | null> => settings.loadSaved(store);

export const saveRiskSettings = (
  store: KeyValueStore,
  value: RiskSettings,
  request: SaveRequest,
): Promise<SettingsSave<RiskSettings>> => settings.save(store, value, request);
