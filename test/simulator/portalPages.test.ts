/**
 * The simulated customer portal over HTTP: its own sign-in (anonymous visitors get the login
 * prompt and no app frame), the portal's pages as the visitor (a customer cannot open another
 * customer's request), and the create flow: the create panel's last `view.submit` decides
 * whether the request may be created, and its fields become issue properties of the request,
 * which the request page hands its detail module.
 */
import { PORTAL_CHOICE_PROPERTY, type PortalChoice } from '../../src/resolvers/portalViews';
import { serveSimulator } from '../../src/simulator/server';
import { demoSimulator } from '../support/simulator';

const METTE = 'cust-mette-schultz';
const INGRID = 'cust-ingrid-bakke';
const CREATE_PANEL = 'jiraServiceManagement:portalRequestCreatePropertyPanel';
const DETAIL = 'jiraServiceManagement:portalRequestDetail';

const CHOICE: PortalChoice = {
  format: 'slm-portal-request/1',
  customer: 'schultz',
  agreement: 'schultz-prod-gold',
  environment: 'schultz-prod',
  priority: '2',
};

describe('customer portal pages', () => {
  let served: Awaited<ReturnType<typeof serveSimulator>>;
  let env: Awaited<ReturnType<typeof demoSimulator>>;

  beforeAll(async () => {
    env = await demoSimulator();
    served = await serveSimulator(env.sim, { hostname: '127.0.0.1', port: 0, appsPort: 0 });
  });
  afterAll(() => served?.close());

  const open = (path: string, cookie?: string, init: RequestInit = {}) =>
    fetch(`${served.url}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { ...(cookie && { cookie }), ...(init.headers as Record<string, string>) },
    });
  const as = (accountId: string) => `sim-user=${accountId}`;
  const createForm = (cookie: string, fields: Record<string, string>, typeId = '1') =>
    open(`/servicedesk/customer/portal/1/create/${typeId}`, cookie, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const iframes = (page: string) =>
    [...page.matchAll(/<iframe ([^>]*)>/g)].map((m) =>
      Object.fromEntries(
        [...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [
          a[1]!,
          a[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
        ]),
      ),
    );
  const supIssues = async () =>
    (
      await env.sim.call<{ issues: { key: string }[] }>({
        method: 'POST',
        path: '/rest/api/3/search/jql',
        accountId: null,
        body: { jql: 'project = SUP', maxResults: 100 },
      })
    ).issues.length;

  it('shows anonymous visitors the portal’s login prompt and no app module', async () => {
    for (const path of [
      '/servicedesk/customer/portals',
      '/servicedesk/customer/portal/1',
      '/servicedesk/customer/portal/1/create/1',
      '/servicedesk/customer/user/profile',
    ]) {
      const page = await (await open(path)).text();
      expect(page).toContain('data-testid="portal-login"');
      expect(iframes(page)).toEqual([]);
    }
  });

  it('logs a customer in and out on the portal’s own sign-in', async () => {
    const login = await open(
      '/servicedesk/customer/user/login?as=cust-ingrid-bakke&back=/servicedesk/customer/portal/1',
    );
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/servicedesk/customer/portal/1');
    expect(login.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^sim-user=cust-ingrid-bakke;/),
      expect.stringMatching(/^sim-portal-out=; .*Max-Age=0/),
    ]);
    // Not an open redirect.
    const away = await open('/servicedesk/customer/user/login?as=x&back=https://evil.example/');
    expect(away.headers.get('location')).toBe('/servicedesk/customer/portals');

    const logout = await open('/servicedesk/customer/user/logout', as(INGRID), { method: 'POST' });
    expect(logout.status).toBe(303);
    const out = logout.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(out).toBe('sim-portal-out=cust-ingrid-bakke');
    const page = await (
      await open('/servicedesk/customer/user/profile', `${as(INGRID)}; ${out}`)
    ).text();
    expect(page).toContain('data-testid="portal-login"');
    expect(iframes(page)).toEqual([]);
  });

  it('shows a customer the portal’s request types and frames the create panel with the portal context', async () => {
    const home = await (await open('/servicedesk/customer/portal/1', as(METTE))).text();
    expect(home).toContain('Report an incident');
    expect(home).toContain('/servicedesk/customer/portal/1/create/2');
    const form = await (await open('/servicedesk/customer/portal/1/create/1', as(METTE))).text();
    expect(iframes(form)).toEqual([
      expect.objectContaining({
        'data-module-key': 'sla-portal-create',
        'data-module-kind': CREATE_PANEL,
        'data-account-id': METTE,
        'data-portal-id': '1',
        'data-request-type-id': '1',
      }),
    ]);
    expect((await open('/servicedesk/customer/portal/1/create/99', as(METTE))).status).toBe(404);
  });

  it('refuses to create while the panel said isValid: false, or sent a bad payload, and creates nothing', async () => {
    const before = await supIssues();
    const invalid = await createForm(as(METTE), {
      summary: 'Cannot log in',
      portalFields: JSON.stringify({
        fields: [{ key: PORTAL_CHOICE_PROPERTY, value: CHOICE }],
        isValid: false,
      }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('not valid yet');

    const badShape = await createForm(as(METTE), {
      summary: 'Cannot log in',
      portalFields: JSON.stringify({ fields: [{ value: 1 }], isValid: true }),
    });
    expect(badShape.status).toBe(400);
    expect(await badShape.text()).toContain('$.fields[0].key must be a non-empty string');

    // Jira's property rules: a key of at most 255 characters, a value of at most 32,768 bytes.
    const longKey = await createForm(as(METTE), {
      summary: 'Cannot log in',
      portalFields: JSON.stringify({ fields: [{ key: 'k'.repeat(256), value: 1 }], isValid: true }),
    });
    expect(longKey.status).toBe(400);
    expect(await longKey.text()).toContain('fields[0]: The property key must be between 1 and 255');
    const bigValue = await createForm(as(METTE), {
      summary: 'Cannot log in',
      portalFields: JSON.stringify({
        fields: [{ key: 'big', value: 'x'.repeat(33_000) }],
        isValid: true,
      }),
    });
    expect(bigValue.status).toBe(400);

    const noSummary = await createForm(as(METTE), { summary: '' });
    expect(noSummary.status).toBe(400);
    expect(await noSummary.text()).toContain('Summary is required');
    expect(await supIssues()).toBe(before);
  });

  it('creates the request as the customer, stores the submitted choice, and frames the detail module with it', async () => {
    const created = await createForm(as(METTE), {
      summary: 'Invoices do not print',
      description: 'Since this morning.',
      portalFields: JSON.stringify({
        fields: [{ key: PORTAL_CHOICE_PROPERTY, value: CHOICE }],
        isValid: true,
      }),
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    const key = /^\/servicedesk\/customer\/portal\/1\/(SUP-\d+)$/.exec(location)![1]!;

    const issue = await env.sim.call<{
      fields: { reporter: { accountId: string }; issuetype: { name: string } };
    }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}?fields=reporter,issuetype`,
      accountId: null,
    });
    expect(issue.fields.reporter.accountId).toBe(METTE);
    expect(issue.fields.issuetype.name).toBe('Incident');
    const property = await env.sim.call<{ value: unknown }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}/properties/${PORTAL_CHOICE_PROPERTY}`,
      accountId: null,
    });
    expect(property.value).toEqual(CHOICE);

    const page = await (await open(location, as(METTE))).text();
    expect(page).toContain('Invoices do not print');
    expect(page).toContain('data-testid="request-status"');
    expect(iframes(page)).toEqual([
      expect.objectContaining({
        'data-module-key': 'sla-portal-request',
        'data-module-kind': DETAIL,
        'data-portal-id': '1',
        'data-request-type-id': '1',
        'data-request-key': key,
      }),
    ]);
    const frame = iframes(page)[0]!;
    expect(JSON.parse(frame['data-request-property']!)).toEqual({
      [PORTAL_CHOICE_PROPERTY]: CHOICE,
    });

    // The activity shows the agents' public replies, never their internal notes.
    await env.act.comment('acc-agent-1', key, 'We are looking into the printer queue.');
    await env.act.comment('acc-agent-1', key, 'Probably the same bug as last week.', true);
    const activity = await (await open(location, as(METTE))).text();
    expect(activity).toContain('We are looking into the printer queue.');
    expect(activity).not.toContain('Probably the same bug');

    // A customer of another organisation cannot open it: no request, no frame.
    const other = await open(location, as(INGRID));
    expect(other.status).toBe(404);
    expect(iframes(await other.text())).toEqual([]);
    // Nor on another portal's path.
    expect((await open(`/servicedesk/customer/portal/2/${key}`, as(METTE))).status).toBe(404);
    // Her own requests are listed on the portal; Ingrid's list does not show it.
    expect(await (await open('/servicedesk/customer/portal/1', as(METTE))).text()).toContain(key);
    expect(await (await open('/servicedesk/customer/portal/1', as(INGRID))).text()).not.toContain(
      key,
    );
  });

  it('frames the profile panel on the profile page', async () => {
    const page = await (await open('/servicedesk/customer/user/profile', as(INGRID))).text();
    expect(page).toContain('Ingrid Bakke');
    expect(iframes(page)).toEqual([
      expect.objectContaining({
        'data-module-kind': 'jiraServiceManagement:portalProfilePanel',
        'data-page': 'profile',
      }),
    ]);
  });
});
