/// <reference lib="dom" />
/**
 * The KPIs in a real browser, on the KPI demo: the Quality page's KPIs tab shows each KPI's
 * chart against its target, its status and last month's action issues; an admin enters a value
 * for last month that misses its target, and its owner's action issue is raised and linked. The
 * admin page's KPIs tab edits the catalogue and saves it as the next version.
 */
import { setUpKpiDemo } from '../../src/simulator/demo/kpis';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { kpiActionOf } from '../../src/storage/kpi/kpiActionRecords';
import { loadSavedKpiCatalogue } from '../../src/storage/kpiCatalogue';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';

/** Thursday 10 December 2026, 10:00 in Copenhagen: the demo's months run June–November. */
const DEC_10 = Date.parse('2026-12-10T09:00:00Z');

describe('KPIs (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;

  beforeAll(async () => {
    sim = new Simulator({ start: DEC_10 });
    await setUpDemoSite(sim);
    await setUpKpiDemo(sim);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('shows the KPIs against their targets; an admin enters a value and its action is raised', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    await page.goto(`${browser.base}/jira/apps/quality/kpis`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'KPIs', selected: true }).waitFor();

    const churn = frame.locator('section.kpi-section').filter({
      has: frame.getByRole('heading', { level: 2, name: /^Customer churn/ }),
    });
    await churn
      .getByRole('img', { name: /Customer churn \(%\) by month against its target 5/ })
      .waitFor();
    expect(await churn.getByRole('heading', { level: 2 }).textContent()).toContain(
      'Misses target (2026-11)',
    );
    const claim = await kpiActionOf(sim.forge.sql.db, 'churn', '2026-11');
    await churn.getByRole('link', { name: claim!.issueKey! }).waitFor();
    const row = churn.getByRole('table').getByRole('row').filter({ hasText: '2026-11' });
    expect(await row.textContent()).toContain('6.5');
    const enps = frame.locator('section.kpi-section').filter({
      has: frame.getByRole('heading', { level: 2, name: /^Employee NPS/ }),
    });
    // November worsened a second month in a row (27 → 24 → 21), December's value so far is 23.
    const november = enps.getByRole('table').getByRole('row').filter({ hasText: '2026-11' });
    expect(await november.textContent()).toContain('Meets target, worsening');
    const enpsClaim = await kpiActionOf(sim.forge.sql.db, 'enps', '2026-11');
    await enps.getByRole('link', { name: enpsClaim!.issueKey! }).waitFor();

    // Mental health in November, corrected below its 80 % target: the admin's action issue.
    sim.clock.moveTo(DEC_10 + 3_600_000);
    const form = frame.getByRole('form', { name: 'Enter a value' });
    await form.getByLabel('KPI').selectOption({ label: 'Mental health (share feeling well) (%)' });
    await form.getByLabel('Month').fill('2026-11');
    await form.getByLabel('Value').fill('70');
    await form.getByRole('button', { name: 'Save value' }).click();
    await form.getByText(/2026-11: 70 saved as correction 1/).waitFor();
    const raised = await kpiActionOf(sim.forge.sql.db, 'mental-health', '2026-11');
    expect(raised).toMatchObject({ status: 'created' });
    await form.getByRole('link', { name: raised!.issueKey! }).waitFor();
    const history = frame.getByRole('table', { name: 'Entered values: who and when' });
    // The history reloads after the save: wait for the new entry to head it.
    await history.getByRole('row').nth(1).filter({ hasText: 'Correction 1' }).waitFor();
    await browser.screenshot(page, 'kpis');
  });

  it('the admin page’s KPIs tab edits the catalogue and saves the next version', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    await page.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await appFrame(page, 'Service level contracts', '[role="tablist"]');
    await frame.getByRole('tab', { name: /^KPIs/ }).click();
    const target = frame.getByLabel('Target of KPI 1', { exact: true });
    await target.fill('97');
    await frame.getByRole('button', { name: 'Move SLA compliance down' }).click();
    await frame.getByRole('button', { name: 'Save KPI catalogue' }).click();
    await frame.getByText(/KPI catalogue saved as version 2/).waitFor();
    const saved = await loadSavedKpiCatalogue(sim.forge.store);
    expect(saved!.settings.kpis[1]).toMatchObject({ id: 'sla-compliance', target: 97 });
    expect(saved!.savedBy).toBe(DEMO_USERS.admin);
  });
});
