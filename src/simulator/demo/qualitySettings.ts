import { DEFAULT_QUALITY_SETTINGS } from '../../domain/quality/qualitySettings';
import { loadSavedQualitySettings, saveQualitySettings } from '../../storage/qualitySettings';
import type { Simulator } from '../simulator';
import { DEMO_USERS } from './site';

/**
 * The demo's quality settings, unless storage already holds some (an admin's edits win): flagged
 * feedback is followed up in the QM project by the team lead within a working day of the Danish
 * office, and recurrences become non-conformities there too. Only `npm start` sets them: the
 * tests that play the demo start from the defaults, as a fresh installation does.
 */
export async function setUpQualityDemo(sim: Simulator): Promise<void> {
  if (await loadSavedQualitySettings(sim.forge.store)) return;
  await saveQualitySettings(
    sim.forge.store,
    {
      ...DEFAULT_QUALITY_SETTINGS,
      followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: 'dk-office' },
      leads: { byTeam: [], byComponent: [], byProject: [], fallback: DEMO_USERS.lead },
      nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
    },
    { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
}
