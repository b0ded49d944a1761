/**
 * The CAPA panel in a real browser (Debian's Chromium) against the simulator: a team lead works
 * a non-conformity's CAPA step by step; an agent reads it; other issues say they are none.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { raiseByHand } from '../../src/services/quality/nonConformityByHand';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { appFrame, openBrowser } from '../support/browser';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** The CAPA panel's frame on `/browse/{key}`, once it has loaded. */
const capaOf = (page: Page) => appFrame(page, 'CAPA', 'main.capa:not([aria-busy="true"])');

describe('CAPA panel (browser)', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let browser: Browser;
  let caseKey: string;
  let ncKey: string;

  beforeAll(async () => {
    env = await demoSimulator();
    const { sim } = env;
    await saveQualitySettings(
      sim.forge.store,
      {
        ...DEFAULT_QUALITY_SETTINGS,
        nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
      },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
    caseKey = await env.reportIncident();
    const id = randomUUID();
    await insertFeedback(sim.forge.sql.db, {
      id,
      source: 'app',
      sourceId: 'form-1',
      scale: 'csat',
      score: 1,
      reason: 'slow',
      comment: 'Far too slow',
      issueKey: caseKey,
      customer: 'schultz',
      product: 'ihlp',
      component: null,
      team: null,
      answeredAt: sim.now(),
      receivedAt: sim.now(),
      flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
      rawPayload: '{}',
    });
    const raised = await raiseByHand(
      sim.forge.context(),
      id,
      'Customer threatened to leave',
      DEMO_USERS.lead,
    );
    ncKey = (raised as { issueKey: string }).issueKey;
    await sim.forge.settle();
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('lets a team lead record containment, then shows the next step', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/browse/${ncKey}`);
    const panel = await capaOf(page);
    const header = panel.getByRole('region', { name: 'Where the CAPA stands' });
    await header.getByRole('heading', { name: 'Containment and correction' }).waitFor();
    expect(await header.textContent()).toContain(caseKey);

    const record = panel.getByRole('button', { name: 'Record containment' });
    expect(await record.isDisabled()).toBe(true);
    await panel.getByText('Fill in the containment.').waitFor();
    await panel
      .getByLabel('Containment: what stops the harm now')
      .fill('Priority queue for Schultz');
    await panel
      .getByLabel('Correction: what fixes this occurrence')
      .fill('Called the customer back');
    await record.click();

    await panel.getByRole('form', { name: 'Action on the cause' }).waitFor();
    await panel.getByLabel('Yes: find the root cause and act on it').check();
    await panel.getByLabel('Reason').fill('Third time this month');
    await panel.getByRole('button', { name: 'Record decision' }).click();

    await panel.getByRole('form', { name: 'Root cause analysis' }).waitFor();
    await panel.getByLabel('Why 1?').fill('The export job failed');
    await panel.getByLabel('Tools').fill('No disk alert');
    await panel
      .getByRole('textbox', { name: 'Root cause', exact: true })
      .fill('No capacity monitoring');
    await panel.getByRole('button', { name: 'Record root cause' }).click();

    // A corrective action created as a Jira issue: completing waits for it to be done.
    const corrective = panel.getByRole('region', { name: 'Corrective actions' });
    await corrective.waitFor();
    await panel.getByLabel('Owner (account id)').fill(DEMO_USERS.agents[0]);
    await panel.getByLabel('Due date').fill('2026-03-20');
    await panel.getByLabel('Summary of a new action issue').fill('Add a disk alert');
    await panel.getByRole('button', { name: 'Create action issue' }).click();
    const actions = panel.getByRole('region', { name: 'Actions', exact: true });
    await actions.getByText('Open', { exact: true }).waitFor();
    const complete = panel.getByRole('button', { name: 'Complete corrective actions' });
    expect(await complete.isDisabled()).toBe(true);
    await panel.getByText(/^QM-\d+ is still open$/).waitFor();

    const trail = panel.getByRole('region', { name: 'Audit trail' });
    expect(await trail.textContent()).toContain('Priority queue for Schultz');
    expect(await trail.textContent()).toContain(DEMO_USERS.lead);
    await browser.screenshot(page, 'capa-panel');
  });

  it('lets an agent read the CAPA but not change it', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[1]);
    await page.goto(`${browser.base}/browse/${ncKey}`);
    const panel = await capaOf(page);
    await panel.getByText('Only Jira administrators and team leads can change a CAPA.').waitFor();
    expect(await panel.getByRole('form').count()).toBe(0);
    expect(await panel.getByRole('region', { name: 'Recorded' }).textContent()).toContain(
      'No capacity monitoring',
    );
  });

  it('says a case is not a non-conformity', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${caseKey}`);
    const panel = await capaOf(page);
    await panel.getByRole('heading', { name: 'Not a non-conformity' }).waitFor();
  });
});
