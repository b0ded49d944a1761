/**
 * Forge's user consent in a real browser: a user who has not yet allowed the app to act for
 * them gets the consent prompt in the app's place, not an error; "Allow access" starts the app.
 */
import { appFrame, openBrowser } from '../support/browser';
import { demoSimulator, DEMO_USERS } from '../support/simulator';
import { UserConsent } from '../../src/simulator/userConsent';

describe('user consent (browser)', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let key: string;

  beforeAll(async () => {
    env = await demoSimulator();
    key = await env.reportIncident();
    browser = await openBrowser(env.sim, { consent: new UserConsent([DEMO_USERS.agents[0]]) });
  });
  afterAll(async () => browser?.close());

  it('asks a user who has not consented for access, then shows the app', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/browse/${key}`);
    const prompt = page.getByRole('region', { name: 'Service level needs access' });
    await prompt.getByText('needs your permission').waitFor();
    expect(await page.locator('iframe[title="Service level"]').isHidden()).toBe(true);
    await browser.screenshot(page, 'consent-prompt');
    await prompt.getByRole('button', { name: 'Allow access' }).click();
    const panel = await appFrame(page, 'Service level', 'li.goal-card');
    expect(await panel.locator('li.goal-card').count()).toBeGreaterThan(0);
    expect(await prompt.count()).toBe(0);
  });

  it('never asks a user who has consented', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[1]);
    await page.goto(`${browser.base}/browse/${key}`);
    await appFrame(page, 'Service level', 'li.goal-card');
    expect(await page.getByRole('button', { name: 'Allow access' }).count()).toBe(0);
  });
});
