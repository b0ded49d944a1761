import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from '../domain/kpi/kpiCatalogue';
import type { KeyValueStore } from './keyValueStore';
import { KPI_CATALOGUE_POINTER_KEY, kpiCatalogueVersionKey } from './storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from './versionedSettings';

/** The KPI catalogue, versioned as the app's other settings are (`versionedSettings.ts`). */
const catalogue = versionedSettings(
  kpiCatalogueVersionKey,
  KPI_CATALOGUE_POINTER_KEY,
  DEFAULT_KPI_CATALOGUE,
);

/** The catalogue in force: the newest saved, or the defaults before the first save. */
export const loadKpiCatalogue = (store: KeyValueStore): Promise<KpiCatalogue> =>
  catalogue.load(store);

export const loadSavedKpiCatalogue = (
  store: KeyValueStore,
): Promise<SavedVersion<KpiCatalogue> | null> => catalogue.loadSaved(store);

export const saveKpiCatalogue = (
  store: KeyValueStore,
  value: KpiCatalogue,
  request: SaveRequest,
): Promise<SettingsSave<KpiCatalogue>> => catalogue.save(store, value, request);
