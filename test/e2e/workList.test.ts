/**
 * The work list in a real browser against the demo site: one list across customers and
 * priority models, breached issues first, filters that reload it.
 */
import type { Page } from 'playwright-core';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';

jest.setTimeout(120_000);

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
    // The list reloads page 1 for the filter: wait until only Göta Kommun's issues are shown.
    let rows: string[] = [];
    for (let tries = 0; tries < 100; tries++) {
      rows = await list.locator('tbody tr').allTextContents();
      if (rows.length > 0 && rows.every((row) => row.includes('Göta Kommun'))) break;
      await page.waitForTimeout(100);
    }
    expect(rows.every((row) => row.includes('Göta Kommun'))).toBe(true);
    expect(await list.locator('tbody tr').count()).toBeGreaterThan(0);
  });
});
