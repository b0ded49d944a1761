/**
 * The whole portal flow through the simulator's own pages and routes, as the demo plays it: a
 * customer's contact gets a choice from the create panel's resolver, creates the request on the
 * portal's create page with the panel's submitted choice, the choice is stored as the request's
 * property and applied to its fields by the app, and the request page frames the detail module,
 * whose resolver answers the customer (and refuses another organisation's contact).
 */
import { PORTAL_CHOICE_PROPERTY } from '../../src/resolvers/portalViews';
import { PORTAL_DEMO_CUSTOMERS, setUpPortalDemo } from '../../src/simulator/demo/portal';
import { serveSimulator } from '../../src/simulator/server';
import { demoSimulator } from '../support/simulator';

const { schultz: METTE, fjellheim: INGRID } = PORTAL_DEMO_CUSTOMERS;

describe('the portal flow', () => {
  let env: Awaited<ReturnType<typeof demoSimulator>>;
  let served: Awaited<ReturnType<typeof serveSimulator>>;
  let keys: Awaited<ReturnType<typeof setUpPortalDemo>>;

  beforeAll(async () => {
    env = await demoSimulator();
    keys = await setUpPortalDemo(env.sim);
    served = await serveSimulator(env.sim, { hostname: '127.0.0.1', port: 0, appsPort: 0 });
  });
  afterAll(() => served?.close());

  const issue = (key: string) =>
    env.sim.call<{
      fields: Record<string, { value?: string; accountId?: string; name?: string } | null>;
      properties: Record<string, unknown>;
    }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: {
        fields: 'reporter,customfield_10050,customfield_10051,status',
        properties: PORTAL_CHOICE_PROPERTY,
      },
      accountId: null,
    });
  const invoke = (accountId: string, moduleKey: string, functionKey: string, portal: object) =>
    fetch(`${served.url}/_sim/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `sim-user=${accountId}` },
      body: JSON.stringify({ moduleKey, functionKey, payload: {}, portal }),
    });

  it('raises each demo request as its customer, stores the submitted choice and applies it', async () => {
    const open = await issue(keys.open);
    expect(open.fields.reporter!.accountId).toBe(METTE);
    expect(open.properties[PORTAL_CHOICE_PROPERTY]).toMatchObject({ customer: 'schultz' });
    expect(open.fields.customfield_10050!.value).toBe('Schultz A/S');

    const resolved = await issue(keys.resolved);
    expect(resolved.fields.reporter!.accountId).toBe(INGRID);
    expect(resolved.properties[PORTAL_CHOICE_PROPERTY]).toMatchObject({ customer: 'fjellheim' });
    expect(resolved.fields.customfield_10050!.value).toBe('Fjellheim Drift AS');
    expect(resolved.fields.status!.name).toBe('Resolved');
  });

  it('takes a customer from the create panel’s choice to the applied request over HTTP', async () => {
    const options = await invoke(METTE, 'sla-portal-create', 'getPortalCreateOptions', {
      portalId: '1',
      requestTypeId: '1',
    });
    const view = (await options.json()) as { ok: boolean; data: { choice: unknown } };
    expect(view).toMatchObject({ ok: true, data: { choice: { customer: 'schultz' } } });
    const created = await fetch(`${served.url}/servicedesk/customer/portal/1/create/1`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `sim-user=${METTE}`,
      },
      body: new URLSearchParams({
        summary: 'The web shop is down',
        description: 'Nothing loads.',
        portalFields: JSON.stringify({
          fields: [{ key: PORTAL_CHOICE_PROPERTY, value: view.data.choice }],
          isValid: true,
        }),
      }).toString(),
    });
    expect(created.status).toBe(303);
    const key = created.headers.get('location')!.split('/').pop()!;
    const stored = await issue(key);
    expect(stored.properties[PORTAL_CHOICE_PROPERTY]).toEqual(view.data.choice);
    expect(stored.fields.customfield_10050!.value).toBe('Schultz A/S');
    const page = await fetch(`${served.url}/servicedesk/customer/portal/1/${key}`, {
      headers: { cookie: `sim-user=${METTE}` },
    });
    expect(await page.text()).toContain(`data-request-key="${key}"`);
  });

  it('frames the detail module on each customer’s own request page only', async () => {
    for (const [accountId, key, other] of [
      [METTE, keys.open, INGRID],
      [INGRID, keys.resolved, METTE],
    ] as const) {
      const page = await fetch(`${served.url}/servicedesk/customer/portal/1/${key}`, {
        headers: { cookie: `sim-user=${accountId}` },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`data-request-key="${key}"`);
      expect(html).toContain('data-module-kind="jiraServiceManagement:portalRequestDetail"');
      const refused = await fetch(`${served.url}/servicedesk/customer/portal/1/${key}`, {
        headers: { cookie: `sim-user=${other}` },
      });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('<iframe');
    }
  });

  it('runs the detail module’s resolver for the request’s customer, not for another organisation', async () => {
    const portal = { portalId: '1', requestTypeId: '1', requestKey: keys.resolved };
    const own = await invoke(INGRID, 'sla-portal-request', 'getPortalRequest', portal);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ ok: true, data: { requestKey: keys.resolved } });
    const other = await invoke(METTE, 'sla-portal-request', 'getPortalRequest', portal);
    expect(await other.json()).toMatchObject({ ok: false });
    // Anonymous visitors never reach it.
    const anonymous = await fetch(`${served.url}/_sim/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        moduleKey: 'sla-portal-request',
        functionKey: 'getPortalRequest',
        payload: {},
        portal,
      }),
    });
    expect(anonymous.status).toBe(403);
  });
});
