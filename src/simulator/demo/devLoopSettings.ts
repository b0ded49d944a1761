import { DEFAULT_DEV_LOOP_SETTINGS } from '../../domain/devloop/devLoopSettings';
import {
  loadSavedDevLoopSettings,
  saveDevLoopSettings,
} from '../../storage/devloop/devLoopSettings';
import type { Simulator } from '../simulator';
import { DEMO_USERS, DEMO_WORKFLOW } from './site';

/**
 * The demo's development project, DEV, and, unless storage already holds some (an admin's edits
 * win), development-loop settings that hand cases over to it. Only `npm start` sets them up: the
 * tests that play the demo start from the defaults, as a fresh installation does.
 */
export async function setUpDevLoopDemo(sim: Simulator): Promise<void> {
  sim.jira.addProject({
    key: 'DEV',
    name: 'Product development',
    issueTypes: ['Bug'],
    workflow: DEMO_WORKFLOW,
    leadAccountId: DEMO_USERS.secondLine,
  });
  if (await loadSavedDevLoopSettings(sim.forge.store)) return;
  await saveDevLoopSettings(
    sim.forge.store,
    { ...DEFAULT_DEV_LOOP_SETTINGS, devProjectKey: 'DEV' },
    { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
}
