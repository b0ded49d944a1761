import { DEFAULT_KPI_CATALOGUE } from '../domain/kpi/kpiCatalogue';
import { settingsDocument } from './settingsDocument';

/** The KPI catalogue, versioned as the app's other settings are (`versionedSettings.ts`). */
export const {
  load: loadKpiCatalogue,
  loadSaved: loadSavedKpiCatalogue,
  save: saveKpiCatalogue,
} = settingsDocument('kpi-catalogue', DEFAULT_KPI_CATALOGUE);
