/**
 * The simulator hosts the app's Custom UI as Forge does: the frames come from an origin of their
 * own, sandboxed as on Forge, and the resolvers of a user who has not allowed the app access
 * fail with Forge's needs-authentication error until they do.
 */
import { serveSimulator } from '../../src/simulator/server';
import { UserConsent } from '../../src/simulator/userConsent';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

describe('Custom UI host', () => {
  let served: Awaited<ReturnType<typeof serveSimulator>>;
  let key: string;
  let panelModule: string;

  beforeAll(async () => {
    const env = await demoSimulator();
    key = await env.reportIncident();
    panelModule = [...env.sim.forge.modules.uiModules].find(
      ([, m]) => m.kind === 'jira:issuePanel',
    )![0];
    served = await serveSimulator(env.sim, {
      hostname: '127.0.0.1',
      port: 0,
      appsPort: 0,
      consent: new UserConsent([DEMO_USERS.agents[0]]),
    });
  });
  afterAll(() => served?.close());

  const as = (accountId: string, path: string, init: RequestInit = {}) =>
    fetch(`${served.url}${path}`, {
      ...init,
      headers: { 'x-sim-user': accountId, 'content-type': 'application/json' },
    });
  const panelSla = (accountId: string) =>
    as(accountId, '/_sim/invoke', {
      method: 'POST',
      body: JSON.stringify({ moduleKey: panelModule, functionKey: 'getIssueSla', issueKey: key }),
    });

  it('frames the app from another origin, in Forge’s sandbox', async () => {
    const page = await (await as(DEMO_USERS.agents[1], `/browse/${key}`)).text();
    const frame = /<iframe [^>]*src="([^"]+)"[^>]*sandbox="([^"]+)"/.exec(page);
    expect(frame).not.toBeNull();
    const src = new URL(frame![1]!.replace(/&amp;/g, '&'));
    expect(src.origin).not.toBe(new URL(served.url).origin);
    expect(src.searchParams.get('hostOrigin')).toBe(served.url);
    expect(frame![2]!.split(' ').sort()).toEqual([
      'allow-downloads',
      'allow-forms',
      'allow-modals',
      'allow-pointer-lock',
      'allow-same-origin',
      'allow-scripts',
    ]);
    // On the resources' origin, Jira's paths do not exist.
    expect((await fetch(new URL(`/browse/${key}`, src))).status).toBe(404);
    expect((await fetch(new URL('/rest/api/3/myself', src))).status).toBe(404);
  });

  it('fails the resolvers of a user who has not consented with Forge’s error, until they do', async () => {
    const refused = await panelSla(DEMO_USERS.agents[0]);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      errorType: 'NEEDS_AUTHENTICATION_ERR',
      message: 'Authentication Required',
    });

    expect((await as(DEMO_USERS.agents[0], '/_sim/consent', { method: 'POST' })).status).toBe(204);
    const allowed = await panelSla(DEMO_USERS.agents[0]);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ ok: true, data: { issueKey: key } });
  });

  it('runs the resolvers of a user who has consented', async () => {
    const answer = await panelSla(DEMO_USERS.agents[1]);
    expect(await answer.json()).toMatchObject({ ok: true, data: { issueKey: key } });
  });
});
