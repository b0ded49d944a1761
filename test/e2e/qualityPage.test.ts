/// <reference lib="dom" />
// Callbacks given to the browser (evaluate) run there, with the DOM.
/**
 * The Quality sub-page of the global page in a real browser: it opens on its route with the
 * tab of the URL, a chosen tab moves Jira's URL (so it can be linked) and the back button returns,
 * the navigation's sub-page links move the app without reloading it, and a portal customer is
 * told they have no access.
 */
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

describe('Quality page (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    await setUpDemoSite(sim);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('routes its tabs through Jira’s URL, and the sidebar between the sub-pages', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/jira/apps/quality/kpis`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'KPIs', selected: true }).waitFor();
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe('Quality');
    // The page is not reloaded by the app's routing: this mark would be gone.
    await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));

    await frame.getByRole('tab', { name: 'Management review' }).click();
    await page.waitForURL(`${browser.base}/jira/apps/quality/review`);
    await frame.getByRole('tab', { name: 'Management review', selected: true }).waitFor();

    await page.goBack();
    await page.waitForURL(`${browser.base}/jira/apps/quality/kpis`);
    await frame.getByRole('tab', { name: 'KPIs', selected: true }).waitFor();

    await page.getByRole('navigation', { name: 'Jira' }).getByText('SLA work list').click();
    await page.waitForURL(`${browser.base}/jira/apps/work-list`);
    await frame.getByRole('heading', { level: 1, name: 'SLA work list' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Jira' })
        .getByText('SLA work list')
        .getAttribute('aria-current'),
    ).toBe('page');

    await page.getByRole('navigation', { name: 'Jira' }).getByText('Quality').click();
    await frame.getByRole('tab', { name: 'Relationships', selected: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
    await browser.screenshot(page, 'quality-page');
  });

  it('tells a portal customer they have no access', async () => {
    const page = await browser.pageAs('cust-mette-schultz');
    await page.goto(`${browser.base}/jira/apps/quality`);
    const frame = await appFrame(page, 'SLA work list', '[role="alert"]');
    expect(await frame.getByRole('alert').textContent()).toContain('You do not have access');
    expect(await frame.getByRole('tab').count()).toBe(0);
  });
});
