/// <reference lib="dom" />
/**
 * The Quality page's Risk score tab in a real browser, on the risk demo: the composite and area
 * chart, the table, last month's drop with its action-plan issue; an admin sees the weights'
 * sum as they type, enters a score that drops (its action plan is raised), and records the
 * board's approval of the risk awaiting it.
 */
import { setUpRiskDemo } from '../../src/simulator/demo/risk';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { readRiskRegister } from '../../src/services/risk/riskTrends';
import { riskDropClaim } from '../../src/storage/risk/riskDropClaims';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';

/** Thursday 10 December 2026, 10:00 in Copenhagen. */
const DEC_10 = Date.parse('2026-12-10T09:00:00Z');

describe('Risk score tab (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;

  beforeAll(async () => {
    sim = new Simulator({ start: DEC_10 });
    await setUpDemoSite(sim);
    await setUpRiskDemo(sim);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('shows the scores and the drop; an admin enters a score and records an approval', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    await page.goto(`${browser.base}/jira/apps/quality/risk`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'Risk score', selected: true }).waitFor();
    await frame.getByRole('img', { name: 'Risk score by month' }).waitFor();
    const drop = frame.getByRole('alert').filter({ hasText: 'Scores that dropped' });
    expect(await drop.textContent()).toContain('Security in 2026-11: 80 → 66');
    const claim = await riskDropClaim(sim.forge.sql.db, 'security', '2026-11');
    await drop.getByRole('link', { name: claim!.issueKey! }).waitFor();
    const table = frame.getByRole('table', { name: 'Risk scores by month' });
    expect(await table.getByRole('row').filter({ hasText: '2026-11' }).textContent()).toContain(
      '66 ▼',
    );

    // The weights' sum as they are typed.
    const legal = frame.getByLabel('Weight of Legal');
    await legal.fill('20');
    await frame.getByText('the weights sum to 95 %; they must sum to 100 %').waitFor();
    await legal.fill('25');
    await frame.getByText('100 %', { exact: true }).waitFor();

    // Training falls from 62 in November to 50 in December: its owner's action plan is raised.
    const form = frame.getByRole('form', { name: 'Enter a score' });
    await form.getByLabel('Area').selectOption({ label: 'Training & awareness' });
    await form.getByLabel('Score (0–100)').fill('50');
    await form.getByRole('button', { name: 'Save score' }).click();
    await form.getByText(/action plan QM-\d+ was raised/).waitFor();
    expect((await riskDropClaim(sim.forge.sql.db, 'training', '2026-12'))!.issueKey).toMatch(
      /^QM-/,
    );

    const register = frame.getByRole('table', { name: 'Risk register' });
    const vpn = register.getByRole('row').filter({ hasText: 'Unpatched VPN appliance' });
    expect(await vpn.textContent()).toContain('Awaiting the board');
    await vpn.getByRole('button', { name: 'Record approval by the board' }).click();
    await vpn.getByText('Approved', { exact: true }).waitFor();
    const entry = (await readRiskRegister(sim.forge.context())).find((r) =>
      r.title.startsWith('Unpatched'),
    );
    expect(entry).toMatchObject({ approvalRequired: 'board', approvedBy: DEMO_USERS.admin });
    await browser.screenshot(page, 'risk-score');
  });
});
