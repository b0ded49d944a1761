/// <reference lib="dom" />
/**
 * The quality review queue in a real browser against the demo site: a team lead opens the work
 * list's Quality tab, sees the follow-up of flagged feedback with its score on its scale, and
 * records it; the follow-up issue is commented and moved to done.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { createFollowUp } from '../../src/services/quality/followUpIssue';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { followUpOf } from '../../src/storage/quality/followUpRecords';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

describe('quality review queue (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;
  const feedbackId = randomUUID();

  beforeAll(async () => {
    sim = new Simulator({ start: MONDAY_0800_CPH });
    await setUpDemoSite(sim);
    await saveQualitySettings(
      sim.forge.store,
      {
        ...DEFAULT_QUALITY_SETTINGS,
        followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: 'dk-office' },
        leads: { byTeam: [], byComponent: [], byProject: [], fallback: DEMO_USERS.lead },
      },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
    await insertFeedback(sim.forge.sql.db, {
      id: feedbackId,
      source: 'app',
      sourceId: feedbackId,
      scale: 'nps',
      score: 2,
      reason: 'communication',
      comment: 'Nobody told us anything',
      issueKey: null,
      customer: 'Schultz A/S',
      product: null,
      component: null,
      team: null,
      answeredAt: sim.now(),
      receivedAt: sim.now(),
      flagCauses: [{ kind: 'lowScore', score: 2, threshold: 6 }],
      rawPayload: '{}',
    });
    await createFollowUp(sim.forge.context(), feedbackId);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('shows the follow-up and records it inline', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'Quality' }).click();
    const item = frame.getByRole('listitem').filter({ hasText: '2/10 NPS from Schultz A/S' });
    await item.waitFor();
    expect(await item.textContent()).toContain('I was not kept informed');
    expect(await item.textContent()).toContain('due in 8h of business time');

    await item.getByRole('button', { name: 'Record follow-up' }).click();
    await item.getByLabel('The customer was contacted').check();
    await item.getByLabel('Outcome').selectOption('explained');
    await item.getByLabel('Note').fill('Called Mette, explained the delay.');
    await item.getByRole('button', { name: 'Save follow-up' }).click();
    await frame.getByText(/recorded and moved to done/).waitFor();
    await frame.getByText('No follow-ups are open').waitFor();

    const recorded = await followUpOf(sim.forge.sql.db, feedbackId);
    expect(recorded).toMatchObject({ recordedBy: DEMO_USERS.lead, outcome: 'explained' });
  });
});
