import { DEFAULT_RISK_SETTINGS } from '../../domain/risk/riskSettings';
import { settingsDocument } from '../settingsDocument';

/** The risk settings, versioned as the app's settings are (`versionedSettings.ts`). */
export const {
  load: loadRiskSettings,
  loadSaved: loadSavedRiskSettings,
  save: saveRiskSettings,
} = settingsDocument('risk-settings', DEFAULT_RISK_SETTINGS);
