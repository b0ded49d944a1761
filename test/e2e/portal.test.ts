/// <reference lib="dom" />
// Callbacks given to the browser (waitForFunction) run there, with the DOM.
/**
 * The customer portal in a real browser, on the demo site after its story (February's customer
 * reports issued on 1 March): a contact of Schultz A/S (customer A) creates a request with the
 * app's create panel (a priority chosen, the promise's sentence changing with it), sees the
 * request's customer-facing goals and never the internal one, and their organisation's
 * agreements and reports on the profile page; a request of Fjellheim (customer B) shows them
 * nothing. Screenshots of the three modules in light and dark.
 */
import type { Frame, Page } from 'playwright-core';
import { PORTAL_CHOICE_PROPERTY } from '../../src/resolvers/portalViews';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { JiraActions } from '../../src/simulator/demo/jiraActions';
import { DEMO_PORTAL_ID, setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';

const END = Date.parse('2026-03-16T09:00:00Z');
/** Contacts of customer A (Schultz A/S) and customer B (Fjellheim Drift AS). */
const METTE_OF_A = 'cust-mette-schultz';
const INGRID_OF_B = 'cust-ingrid-bakke';
/** The SUP portal's "Report an incident". */
const INCIDENT_TYPE = 1;
const PORTAL = `/servicedesk/customer/portal/${DEMO_PORTAL_ID}`;

/** The app's frame titled `title`, once its first heading shows. */
const moduleFrame = (page: Page, title: string): Promise<Frame> => appFrame(page, title, 'h2');

describe('customer portal (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;

  /** Raises a request through the portal's form as `accountId`, without the app's panel. */
  async function raiseAs(accountId: string, summary: string): Promise<string> {
    const answer = await fetch(`${browser.base}${PORTAL}/create/${INCIDENT_TYPE}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: `sim-user=${accountId}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ summary, description: '', portalFields: '' }).toString(),
    });
    const location = answer.headers.get('location') ?? '';
    const key = /\/(SUP-\d+)$/.exec(location)?.[1];
    if (!key) throw new Error(`the portal did not create the request: ${answer.status}`);
    return key;
  }

  beforeAll(async () => {
    sim = new Simulator({ start: END - 14 * 86_400_000 });
    await setUpDemoSite(sim);
    await playDemoStory(sim, END);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('lets a customer of A create a request with the panel and see its promises', async () => {
    const page = await browser.pageAs(METTE_OF_A);
    await page.goto(`${browser.base}${PORTAL}/create/${INCIDENT_TYPE}`);
    const panel = await moduleFrame(page, 'Service level');
    await panel.getByRole('heading', { name: 'What we promise for this request' }).waitFor();
    const promises = panel.getByRole('list', { name: 'Our promises' });
    await promises.getByRole('listitem').first().waitFor();
    const before = await promises.textContent();

    // The most urgent priority: the sentence changes, and the panel submits the new choice.
    await panel.getByRole('radio', { name: 'Priority 1' }).check();
    await panel.waitForFunction(
      (old) => document.querySelector('[aria-label="Our promises"]')?.textContent !== old,
      before,
    );
    // The panel submits "not valid" at once, then the new choice when its answer comes.
    await page.waitForFunction(() => {
      const fields =
        document.querySelector<HTMLInputElement>('input[name="portalFields"]')?.value ?? '';
      return fields.includes('"priority":"1"') && fields.includes('"isValid":true');
    });
    expect(await promises.textContent()).not.toContain('OLA');
    await browser.screenshot(page, 'portal-create-light');

    await page.getByLabel('Summary').fill('Payroll export stops at 90 %');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/SUP-\d+$/);
    const key = /\/(SUP-\d+)$/.exec(page.url())![1]!;

    // The portal stored the panel's choice as the request's property.
    const property = await sim.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${key}/properties/${PORTAL_CHOICE_PROPERTY}`,
      accountId: DEMO_USERS.admin,
    });
    expect(property.status).toBe(200);
    expect((property.body as { value: { priority: string } }).value.priority).toBe('1');

    // The request page: its customer-facing goals, what happens next; no internal goal.
    const detail = await moduleFrame(page, 'Service level');
    await detail.getByRole('heading', { name: 'Our promises on this request' }).waitFor();
    await detail.getByRole('listitem', { name: 'Reaction time' }).waitFor();
    await detail.getByRole('heading', { name: 'What happens next' }).waitFor();
    const text = (await detail.locator('body').textContent()) ?? '';
    expect(text).not.toContain('2nd line');
    expect(text).not.toContain('OLA');
    await browser.screenshot(page, 'portal-request-light');
  });

  it('shows a customer of A their organisation’s agreements and reports, and only those', async () => {
    const page = await browser.pageAs(METTE_OF_A);
    await page.goto(`${browser.base}/servicedesk/customer/user/profile`);
    const panel = await moduleFrame(page, 'Service agreements and reports');
    const schultz = panel.getByRole('region', { name: 'Schultz A/S' });
    await schultz.getByRole('article', { name: 'Schultz production gold' }).waitFor();
    const reports = schultz.getByRole('table', { name: 'Monthly reports of Schultz A/S' });
    await reports.getByRole('row').filter({ hasText: 'February 2026' }).first().waitFor();
    const text = (await panel.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Fjellheim');
    expect(text).not.toContain('Göta');
    expect(text).not.toContain('2nd line');
    await browser.screenshot(page, 'portal-profile-light');
  });

  it('shows a customer of A nothing on a request of B', async () => {
    const keyOfB = await raiseAs(INGRID_OF_B, 'Backup job failed');
    const page = await browser.pageAs(METTE_OF_A);
    const answer = await page.goto(`${browser.base}${PORTAL}/${keyOfB}`);
    expect(answer?.status()).toBe(404);
    await page
      .getByText('This request does not exist or you do not have permission to see it.')
      .waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Backup job failed');
  });

  it('lets a customer of A rate their request once it is resolved', async () => {
    const key = await raiseAs(METTE_OF_A, 'Printer queue stuck');
    await new JiraActions(sim).transition(DEMO_USERS.agents[0], key, 'Resolved');
    await sim.forge.settle();
    const page = await browser.pageAs(METTE_OF_A);
    await page.goto(`${browser.base}${PORTAL}/${key}`);
    const detail = await moduleFrame(page, 'Service level');
    const rating = detail.getByRole('form', { name: 'How did we do?' });
    await rating.getByRole('radio', { name: '4 of 5: Satisfied' }).click();
    await rating.getByLabel('Comment (optional)').fill('Fixed before lunch, thanks.');
    await rating.getByRole('button', { name: 'Send rating' }).click();
    await detail.getByText('Thanks — you rated 4 of 5.').waitFor();
    await browser.screenshot(page, 'portal-request-rated-light');

    // Recorded on the server: the page shows it again after a reload, with no form.
    await page.reload();
    const again = await moduleFrame(page, 'Service level');
    await again.getByText('Thanks — you rated 4 of 5.').waitFor();
    expect(await again.getByRole('form', { name: 'How did we do?' }).count()).toBe(0);
  });

  it('draws the three modules in the dark theme', async () => {
    const page = await browser.pageAs(METTE_OF_A, 'dark');

    await page.goto(`${browser.base}${PORTAL}/create/${INCIDENT_TYPE}`);
    const create = await moduleFrame(page, 'Service level');
    await create
      .getByRole('list', { name: 'Our promises' })
      .getByRole('listitem')
      .first()
      .waitFor();
    expect(await create.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await browser.screenshot(page, 'portal-create-dark');
    await page.getByLabel('Summary').fill('Login page is slow');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/SUP-\d+$/);

    const detail = await moduleFrame(page, 'Service level');
    await detail.getByRole('listitem', { name: 'Reaction time' }).waitFor();
    await browser.screenshot(page, 'portal-request-dark');

    await page.goto(`${browser.base}/servicedesk/customer/user/profile`);
    const profile = await moduleFrame(page, 'Service agreements and reports');
    await profile.getByRole('table', { name: 'Monthly reports of Schultz A/S' }).waitFor();
    await browser.screenshot(page, 'portal-profile-dark');
  });
});
