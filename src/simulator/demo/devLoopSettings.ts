import { DEFAULT_DEV_LOOP_SETTINGS } from '../../domain/devloop/devLoopSettings';
import {
  loadSavedDevLoopSettings,
  saveDevLoopSettings,
} from '../../storage/devloop/devLoopSettings';
import type { Simulator } from '../simulator';
import { DEMO_USERS } from './site';

/**
 * The demo's development-loop settings, unless storage already holds some (an admin's edits
 * win): cases are handed over to the DEV project. Only `npm start` sets them: the tests that play
 * the demo start from the defaults, as a fresh installation does.
 */
export async function setUpDevLoopDemo(sim: Simulator): Promise<void> {
  if (await loadSavedDevLoopSettings(sim.forge.store)) return;
  await saveDevLoopSettings(
    sim.forge.store,
    { ...DEFAULT_DEV_LOOP_SETTINGS, devProjectKey: 'DEV' },
    { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
}
