/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks given to the browser (evaluate, waitForFunction) run there, with the DOM.
/**
 * The admin page in a real browser against the simulator: only Jira administrators get in; an
 * admin's calendar change reaches the issue panel's deadlines; an invalid import is refused
 * with its errors; the forms work from the keyboard alone; the field mapping is saved on its
 * own, on the Settings tab; a change is previewed on the open issues before it is saved, and
 * their re-evaluation after the save shows its progress.
 */
import type { Page } from 'playwright-core';
import contract from '../../examples/contract.json';
import { SLA_FIELD_KEY } from '../../src/simulator/demo/site';
import { loadSettings } from '../../src/storage/settings';
import { appFrame, openBrowser } from '../support/browser';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const adminFrame = (page: Page) => appFrame(page, 'Service level contracts', '[role="tablist"]');

describe('admin page (browser)', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let key: string;

  beforeAll(async () => {
    env = await demoSimulator();
    key = await env.reportIncident();
    browser = await openBrowser(env.sim);
  });
  afterAll(async () => browser?.close());

  it('refuses a user who is not a Jira administrator', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await appFrame(page, 'Service level contracts', 'body');
    await frame.getByText('Only Jira administrators can manage SLA contracts').waitFor();
    expect(await frame.locator('[role="tablist"]').count()).toBe(0);
    await browser.screenshot(page, 'admin-forbidden');
  });

  it("saves an admin's calendar change, and the issue panel's deadlines follow", async () => {
    const agent = await browser.pageAs(DEMO_USERS.agents[0]);
    const resolutionDeadline = async () => {
      await agent.goto(`${browser.base}/browse/${key}`);
      const panel = await appFrame(agent, 'Service level', 'li.goal-card');
      return panel
        .locator('li.goal-card', { hasText: 'Resolution time' })
        .locator('time')
        .first()
        .textContent();
    };
    const before = await resolutionDeadline();

    const admin = await browser.pageAs(DEMO_USERS.admin);
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    await frame.getByRole('tab', { name: /^Calendars/ }).click();
    await frame.getByRole('button', { name: /Copenhagen office hours/ }).click();
    await frame.getByLabel('Monday range 1 start').fill('10:00');
    const save = frame.getByRole('button', { name: 'Save' });
    await frame.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Save',
      );
      return button !== undefined && !button.disabled;
    });
    await browser.screenshot(admin, 'admin-calendar');
    await save.click();
    await frame.getByText('Version 2 in force').waitFor();
    expect((await env.sim.forge.contracts.latest())?.version).toBe(2);

    // Monday opens at 10:00 now: 8 h of resolution time end on Tuesday, not Monday 16:00.
    const after = await resolutionDeadline();
    expect(before).toContain('Mon');
    expect(after).not.toEqual(before);
    expect(after).toContain('Tue');
  });

  it('refuses an invalid import with its errors and applies nothing', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin);
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    await frame.getByRole('tab', { name: /^Import\/Export/ }).click();
    const broken = structuredClone(contract) as {
      calendars: { timeZone: string }[];
      goals: { calendar: string }[];
    };
    broken.calendars[0]!.timeZone = 'Europe/Aarhus';
    broken.goals[1]!.calendar = 'nowhere';
    await frame.getByLabel('Contract JSON to import').fill(JSON.stringify(broken));
    await frame.getByRole('button', { name: 'Preview import' }).click();
    await frame.getByText('Nothing was imported.').waitFor();
    await frame.getByText('$.calendars[0].timeZone').waitFor();
    await frame.getByText('$.goals[1].calendar').waitFor();
    expect(await frame.getByRole('button', { name: 'Apply import' }).count()).toBe(0);
    await browser.screenshot(admin, 'admin-invalid-import');
    expect((await env.sim.forge.contracts.latest())?.contract.calendars[0]!.timeZone).toBe(
      'Europe/Copenhagen',
    );
  });

  it('can be used with the keyboard alone', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin, 'dark');
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    const focused = () =>
      frame.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`;
      });
    const tabUntil = async (pattern: RegExp, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        if (pattern.test(await focused())) return;
        await admin.keyboard.press('Tab');
      }
      throw new Error(`never reached ${pattern} by Tab; last focus ${await focused()}`);
    };
    await frame.locator('body').focus();
    await tabUntil(/^tab:/);
    // The tabs are one stop: arrows move between them, Enter/Space is not needed to follow.
    for (let i = 0; i < 10 && !/^tab:Calendars/.test(await focused()); i++) {
      await admin.keyboard.press('ArrowDown');
    }
    expect(await focused()).toMatch(/^tab:Calendars/);
    await admin.keyboard.press('Enter');
    await tabUntil(/^button:Add range/);
    await admin.keyboard.press('Enter');
    await frame.getByLabel('Monday range 2 start').waitFor();
    await tabUntil(/Monday range 2 start/);
    expect(await focused()).toMatch(/Monday range 2 start/);
    await browser.screenshot(admin, 'admin-keyboard-dark');
  });

  it('saves the settings on the Settings tab', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin);
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    await frame.getByRole('tab', { name: 'Settings' }).click();
    const slaField = frame.getByLabel('SLA field');
    const save = frame.getByRole('button', { name: 'Save settings' });
    const saveAs = async (label: string) => {
      await slaField.selectOption({ label });
      await save.click();
      await frame.getByText('Settings saved').waitFor();
    };
    try {
      await saveAs('Not set');
      await browser.screenshot(admin, 'admin-settings');
      expect((await loadSettings(env.sim.forge.store)).timeLeftField).toBeUndefined();
      expect(await save.isDisabled()).toBe(true);
    } finally {
      // Back to the demo's settings, so nothing after this sees the change.
      if ((await loadSettings(env.sim.forge.store)).timeLeftField !== SLA_FIELD_KEY) {
        await saveAs(`SLA (${SLA_FIELD_KEY})`);
      }
    }
    expect((await loadSettings(env.sim.forge.store)).timeLeftField).toBe(SLA_FIELD_KEY);
  });

  it('previews a change on the open issues, saves it and shows their re-evaluation', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin);
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    await frame.getByRole('tab', { name: /^Calendars/ }).click();
    await frame.getByRole('button', { name: /Copenhagen office hours/ }).click();
    await frame.getByLabel('Monday range 1 start').fill('11:00');

    // Later opening on Monday: the open incident's resolution deadline moves later.
    await frame.getByRole('button', { name: 'Preview the change' }).click();
    const perAgreement = frame.getByRole('table', { name: /Open issues per agreement/ });
    const gold = perAgreement.getByRole('row', { name: /Schultz production gold/ });
    await gold.waitFor();
    expect(await gold.getByRole('cell').nth(2).textContent()).toBe('1');
    await frame
      .getByRole('table', { name: /Examples of deadlines that move/ })
      .getByRole('row', { name: new RegExp(key) })
      .first()
      .waitFor();
    await browser.screenshot(admin, 'admin-change-preview');
    const before = (await env.sim.forge.contracts.latest())!.version;
    expect((await env.property(key)).contractVersion).toBe(before);

    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText(`Version ${before + 1} in force`).waitFor();
    await frame.getByText(/^1 of 1 open issue re-evaluated\. Finished/).waitFor();
    await browser.screenshot(admin, 'admin-reevaluation');
    expect((await env.property(key)).contractVersion).toBe(before + 1);
  });
});
