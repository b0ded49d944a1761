import { settingsPointerKey, settingsVersionKeyOf } from './storageKeys';
import { versionedSettings, type VersionedSettings } from './versionedSettings';

/**
 * The settings document kept under `prefix`: its versions at `<prefix>:version:000001`…, the
 * newest pointed at by `<prefix>:pointer` (`settingsDocument('risk-settings', DEFAULTS)`).
 */
export const settingsDocument = <T>(prefix: string, defaults: T): VersionedSettings<T> =>
  versionedSettings(settingsVersionKeyOf(prefix), settingsPointerKey(prefix), defaults);
