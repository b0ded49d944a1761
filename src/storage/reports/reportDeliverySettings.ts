import {
  DEFAULT_DELIVERY_SETTINGS,
  type ReportDeliverySettings,
} from '../../domain/reports/reportDelivery';
import type { KeyValueStore } from '../keyValueStore';
import { reportDeliverySettingsKey } from '../storageKeys';

/**
 * An agreement's report delivery settings: app configuration in KVS (one small value per
 * agreement), as the contract format has no report settings. Unset: `DEFAULT_DELIVERY_SETTINGS`.
 */
export async function reportDeliverySettings(
  store: KeyValueStore,
  agreement: string,
): Promise<ReportDeliverySettings> {
  return (
    (await store.get<ReportDeliverySettings>(reportDeliverySettingsKey(agreement))) ??
    DEFAULT_DELIVERY_SETTINGS
  );
}

export async function saveReportDeliverySettings(
  store: KeyValueStore,
  agreement: string,
  settings: ReportDeliverySettings,
): Promise<void> {
  await store.set(reportDeliverySettingsKey(agreement), settings);
}
