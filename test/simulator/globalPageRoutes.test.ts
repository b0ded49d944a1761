/**
 * The global page's sub-pages (manifest `pages`): the simulator serves each route, and below it
 * (`/jira/apps/quality/kpis`), with one frame of the page's resource that knows its base path
 * for `view.createHistory()`, and lists the sub-pages in its navigation as Jira's sidebar does.
 */
import { serveSimulator } from '../../src/simulator/server';
import { UserConsent } from '../../src/simulator/userConsent';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

describe('the global page’s sub-pages in the simulator', () => {
  let served: Awaited<ReturnType<typeof serveSimulator>>;

  beforeAll(async () => {
    const env = await demoSimulator();
    served = await serveSimulator(env.sim, {
      hostname: '127.0.0.1',
      port: 0,
      appsPort: 0,
      consent: new UserConsent([]),
    });
  });
  afterAll(() => served?.close());

  const page = (path: string) =>
    fetch(`${served.url}${path}`, { headers: { 'x-sim-user': DEMO_USERS.agents[0] } });
  const framesOf = (html: string) =>
    [...html.matchAll(/<iframe [^>]*>/g)].map((m) => ({
      module: /data-module-key="([^"]+)"/.exec(m[0])?.[1],
      base: /data-base-path="([^"]+)"/.exec(m[0])?.[1],
      src: /src="([^"]+)"/.exec(m[0])?.[1],
    }));

  it.each([
    ['/jira/apps/work-list', 'SLA work list'],
    ['/jira/apps/quality', 'Quality'],
    ['/jira/apps/quality/review', 'Quality'],
  ])('serves %s with the global page’s one frame, under /jira/apps', async (path, title) => {
    const answer = await page(path);
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain(`<title>${title} - Jira (simulator)</title>`);
    const frames = framesOf(html);
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ module: 'sla-work-list', base: '/jira/apps' });
    expect(frames[0]!.src).toContain('/sla-work-list/index.html');
  });

  it('lists both sub-pages in its navigation, as links the host routes', async () => {
    const html = await (await page('/jira/apps/quality')).text();
    const links = [...html.matchAll(/<a href="([^"]+)" data-app-route>([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      ['/jira/apps/work-list', 'SLA work list'],
      ['/jira/apps/quality', 'Quality'],
    ]);
  });

  it('does not serve a route the manifest does not declare', async () => {
    expect((await page('/jira/apps/qualityx')).status).toBe(404);
    expect((await page('/jira/apps/nothing')).status).toBe(404);
  });

  it('gives no base path to frames that are not full pages', async () => {
    const html = await (await page('/jira/settings/apps/admin')).text();
    expect(framesOf(html).map((f) => f.base)).toEqual([undefined]);
  });
});
