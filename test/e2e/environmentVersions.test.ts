/// <reference lib="dom" />
/**
 * The admin page's Environments tab in a real browser against the simulator: an admin sets an
 * environment's pipeline secret, a deployment pipeline reports a version to the web trigger with
 * it, and the history shows the report; a version set by hand is refused inline when unreadable.
 */
import type { Page } from 'playwright-core';
import { appFrame, openBrowser } from '../support/browser';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const adminFrame = (page: Page) => appFrame(page, 'Service level contracts', '[role="tablist"]');
const SECRET = 'e2e-pipeline-secret-0123';

describe('Environments tab (browser)', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    env = await demoSimulator();
    browser = await openBrowser(env.sim);
  });
  afterAll(async () => browser?.close());

  const openTab = async (admin: Page) => {
    await admin.goto(`${browser.base}/jira/settings/apps/admin`);
    const frame = await adminFrame(admin);
    await frame.getByRole('tab', { name: 'Environments' }).click();
    const card = frame.getByRole('article', { name: /Schultz A\/S · .* schultz-prod/ });
    await card.waitFor();
    return card;
  };

  it('takes a pipeline report authenticated with the secret the admin set, and lists it', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin);
    let card = await openTab(admin);
    await card.getByLabel('Pipeline secret of schultz-prod').fill(SECRET);
    await card.getByRole('button', { name: 'Set secret' }).click();
    await card.getByText(/A pipeline secret is set/).waitFor();

    const post = (secret: string) =>
      fetch(`${browser.base}/x1/environment-version`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          environment: 'schultz-prod',
          version: '5.10.2',
          requestId: 'build-481',
          pipeline: 'deploy-prod',
        }),
      });
    expect((await post('not-the-secret-at-all')).status).toBe(401);
    expect((await post(SECRET)).status).toBe(202);

    card = await openTab(admin);
    const row = card.getByRole('row', { name: /5\.10\.2/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/5\.10\.2pipelinedeploy-prod/);
    await browser.screenshot(admin, 'admin-environments');
  });

  it('refuses an unreadable version under the field, recording nothing', async () => {
    const admin = await browser.pageAs(DEMO_USERS.admin);
    const card = await openTab(admin);
    const field = card.getByLabel('New version of schultz-prod');
    await field.fill('latest');
    await card.getByRole('button', { name: 'Set version' }).click();
    await card.getByText(/"latest" is not a version/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const rows = await env.sim.forge.sql.db
      .selectFrom('environment_versions')
      .select('version')
      .where('source', '=', 'admin')
      .execute();
    expect(rows).toEqual([]);
  });
});
