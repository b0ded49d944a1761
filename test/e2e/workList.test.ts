/// <reference lib="dom" />
// Callbacks given to the browser (evaluate) run there, with the DOM.
/**
 * The work list in a real browser against the demo site: one list across customers and
 * priority models, breached issues first, filters that reload it, keys that open the issue in
 * Jira's window although the list runs in a frame of another origin.
 */
import type { Page } from 'playwright-core';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';

const END = Date.parse('2026-03-16T09:00:00Z');

const workListOf = (page: Page) => appFrame(page, 'SLA work list', 'tbody tr');

describe('work list (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    const sim = new Simulator({ start: END - 14 * 86_400_000 });
    await setUpDemoSite(sim);
    await playDemoStory(sim, END);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('lists breached issues first, across customers and priority models', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const list = await workListOf(page);
    const tiers = await list
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => (/Breached|At risk|On track/.exec(row.textContent ?? '') ?? [''])[0]),
      );
    const order = ['Breached', 'At risk', 'On track'];
    const ranks = tiers.map((t) => order.indexOf(t));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const customers = await list.locator('tbody tr').allTextContents();
    expect(customers.some((t) => t.includes('Göta Kommun'))).toBe(true);
    expect(customers.some((t) => t.includes('Schultz A/S'))).toBe(true);
    await browser.screenshot(page, 'work-list');
  });

  it('filters by customer', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const list = await workListOf(page);
    await list.getByLabel('Customer').selectOption({ label: 'Göta Kommun' });
    // The list reloads page 1 for the filter: wait until the other customers' rows are gone and
    // Göta Kommun's are shown.
    const rows = list.locator('tbody tr');
    await rows.filter({ hasNotText: 'Göta Kommun' }).first().waitFor({ state: 'detached' });
    await rows.filter({ hasText: 'Göta Kommun' }).first().waitFor();
    const shown = await rows.allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((row) => row.includes('Göta Kommun'))).toBe(true);
  });

  it('opens an issue from its key in the top window, through the bridge', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const list = await workListOf(page);
    const link = list.locator('tbody tr').first().getByRole('link');
    const key = (await link.textContent())!;
    expect(await link.getAttribute('href')).toBe(`${browser.base}/browse/${key}`);
    await link.click();
    await page.waitForURL(`${browser.base}/browse/${key}`);
    await appFrame(page, 'Service level', 'li.goal-card');
  });

  it('runs in a sandboxed frame of another origin, where a relative link leads nowhere', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const list = await workListOf(page);
    const jira = new URL(page.url()).origin;
    expect(new URL(list.url()).origin).not.toBe(jira);
    // `<a href="/browse/SUP-5">` in the frame would ask the resources' origin, not Jira.
    const relative = new URL('/browse/SUP-5', list.url());
    expect((await page.request.get(relative.href)).status()).toBe(404);
    // And the sandbox refuses to move Jira's window from the frame (target="_top" included).
    const refusal = await list.evaluate(() => {
      try {
        window.top!.location.href = '/browse/SUP-5';
        return 'navigated';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(refusal).toBe('SecurityError');
    expect(page.url()).toBe(`${jira}/jira/apps/work-list`);
    // Nor can the frame read Jira itself: only the host, through the bridge, can.
    const read = await list.evaluate(
      (origin) =>
        fetch(`${origin}/rest/api/3/myself`).then(
          () => 'read',
          (error: Error) => error.name,
        ),
      jira,
    );
    expect(read).toBe('TypeError');
  });
});
