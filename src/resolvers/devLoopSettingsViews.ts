/** What the admin page's Development section loads (`devLoopSettings.ts`); types only, for the UI. */
import type { DevLoopSettings } from '../domain/devloop/devLoopSettings';
import type { DEV_LOOP_SETTINGS_LIMITS } from '../domain/devloop/devLoopSettingsValidation';

export interface DevLoopSettingsView {
  readonly settings: DevLoopSettings;
  readonly version: number | null;
  readonly placeholders: readonly string[];
  readonly limits: typeof DEV_LOOP_SETTINGS_LIMITS;
}
