/**
 * The issue panel in a real browser (Debian's Chromium) against the simulator: an agent opens
 * an issue and sees its goals and next action; the reaction goal breaches as the clock moves.
 */
import type { Page } from 'playwright-core';
import { appFrame, openBrowser } from '../support/browser';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** The panel's frame on `/browse/{key}`, once it has loaded its goals. */
const panelOf = (page: Page) => appFrame(page, 'Service level', 'li.goal-card');

describe('issue panel (browser)', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let browser: Browser;
  let key: string;

  beforeAll(async () => {
    env = await demoSimulator();
    key = await env.reportIncident();
    browser = await openBrowser(env.sim);
  });
  afterAll(async () => browser?.close());

  it('shows every goal and the next action', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${key}`);
    const panel = await panelOf(page);
    const nextAction = panel.locator('section[aria-labelledby="next-action-heading"]');
    await nextAction.getByText('Respond to the customer').waitFor();
    const names = await panel.locator('li.goal-card h3').allTextContents();
    expect(names).toEqual([
      'Reaction time',
      'Resolution time',
      'Status update interval',
      '2nd line pick-up (OLA)',
    ]);
    const reaction = panel.locator('li.goal-card', { hasText: 'Reaction time' });
    await reaction.getByText('Running').first().waitFor();
    expect(await panel.locator('[role="progressbar"]').count()).toBe(4);
    expect(await panel.getByText('Schultz A/S').count()).toBeGreaterThan(0);
    await browser.screenshot(page, 'issue-panel');
  });

  it('shows the customer only the goals promised to them, never the internal one', async () => {
    const page = await browser.pageAs('cust-mette-schultz');
    await page.goto(`${browser.base}/browse/${key}`);
    const panel = await panelOf(page);
    const names = await panel.locator('li.goal-card h3').allTextContents();
    expect(names).toEqual(['Reaction time', 'Resolution time', 'Status update interval']);
    expect(await panel.getByText('2nd line pick-up (OLA)').count()).toBe(0);
    expect(await panel.getByText('Internal (OLA)').count()).toBe(0);
    await browser.screenshot(page, 'issue-panel-customer');
  });

  it('explains a goal when asked why', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${key}`);
    const panel = await panelOf(page);
    const why = panel
      .locator('li.goal-card', { hasText: 'Resolution time' })
      .getByRole('button', { name: /why/i });
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    await panel.getByText('Clock started: issue created.').first().waitFor();
  });

  it('shows the goal breached once the clock has moved past its target', async () => {
    await env.sim.advanceBy(40 * MINUTE);
    const page = await browser.pageAs(DEMO_USERS.agents[0], 'dark');
    await page.goto(`${browser.base}/browse/${key}`);
    const panel = await panelOf(page);
    const reaction = panel.locator('li.goal-card', { hasText: 'Reaction time' });
    await reaction.getByText('Breached').first().waitFor();
    await browser.screenshot(page, 'issue-panel-breached-dark');
  });

  it('says why no SLA applies', async () => {
    const other = await env.act.createIssue('cust-mette-schultz', {
      issuetype: { name: 'Incident' },
      summary: 'An issue without a customer',
      priority: { name: 'High' },
    });
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${other}`);
    const element = await page.waitForSelector('iframe[title="Service level"]');
    const frame = (await element.contentFrame())!;
    await frame.getByText(/No SLA applies/).waitFor();
    await frame.getByText(/the issue has no customer/).waitFor();
  });

  it('records the customer feedback given in the panel and lists it, flagged', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${key}`);
    const panel = await panelOf(page);
    const section = panel.locator('section[aria-labelledby="feedback-heading"]');
    await section.getByText('No feedback recorded yet.').waitFor();
    await section.getByRole('radio', { name: '2' }).check();
    await section.getByRole('combobox', { name: 'Reason' }).selectOption('slow');
    await section.getByRole('textbox', { name: 'Comment' }).fill('Nobody called back');
    await section.getByRole('button', { name: 'Submit feedback' }).click();
    await section.getByText('Thank you: recorded.').waitFor();
    const entry = section.getByRole('listitem').first();
    await entry.getByText('Flagged').waitFor();
    expect(await entry.textContent()).toContain('2 of 5');
    expect(await entry.textContent()).toContain('It took too long');
    await browser.screenshot(page, 'issue-panel-feedback');
  });
});
