/**
 * The Forge platform's rules for the customer portal's modules, as the simulator enforces them:
 * `unlicensedAccess` is read and checked with the manifest (no `anonymous` on the modules that
 * do not support it), a portal module runs only for the account types it lets in, `/_sim/invoke`
 * hands the resolver Forge's `accountType` and portal context, and `view.submit` takes only
 * `{ fields: [{ key, value }], isValid }`.
 */
import type http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { manifestModules, type UiModule } from '../../src/simulator/manifestModules';
import { checkPortalSubmission } from '../../src/simulator/portal/portalSubmit';
import { invokeCaller, portalVisitor } from '../../src/simulator/portalVisitor';
import { serveSimulator } from '../../src/simulator/server';
import { MANIFEST_FILE } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const METTE = 'cust-mette-schultz';

/** A copy of the app's manifest with one portal module's `unlicensedAccess` changed. */
function manifestWith(moduleKind: string, unlicensedAccess: unknown): string {
  const manifest = parse(readFileSync(MANIFEST_FILE, 'utf8')) as {
    modules: Record<string, Record<string, unknown>[]>;
  };
  manifest.modules[moduleKind]![0]!.unlicensedAccess = unlicensedAccess;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-manifest-')), 'manifest.yml');
  writeFileSync(file, stringify(manifest));
  return file;
}

const request = (headers: http.IncomingHttpHeaders) => ({ headers }) as http.IncomingMessage;

describe('portal modules in the manifest', () => {
  it('reads the three portal modules with their unlicensedAccess', () => {
    const modules = manifestModules(MANIFEST_FILE).uiModules;
    const portal = [...modules.values()].filter((m) => m.kind.startsWith('jiraServiceManagement:'));
    expect(portal.map((m) => [m.kind, m.unlicensedAccess])).toEqual([
      ['jiraServiceManagement:portalRequestCreatePropertyPanel', ['customer', 'unlicensed']],
      ['jiraServiceManagement:portalRequestDetail', ['customer', 'unlicensed']],
      ['jiraServiceManagement:portalProfilePanel', ['customer', 'unlicensed']],
    ]);
    expect(modules.get('sla-portal-request')!.resourcePath).toBe('static/portal/build');
    // Jira's own modules are for licensed users only.
    const panel = [...modules.values()].find((m) => m.kind === 'jira:issuePanel')!;
    expect(panel.unlicensedAccess).toEqual([]);
  });

  it.each([
    'jiraServiceManagement:portalRequestDetail',
    'jiraServiceManagement:portalProfilePanel',
  ])('refuses anonymous access on %s, which does not support it', (kind) => {
    expect(() => manifestModules(manifestWith(kind, ['customer', 'anonymous']))).toThrow(
      `unlicensedAccess[1]: ${kind} does not support anonymous access`,
    );
  });

  it('lets the create property panel allow anonymous visitors', () => {
    const kind = 'jiraServiceManagement:portalRequestCreatePropertyPanel';
    const modules = manifestModules(manifestWith(kind, ['anonymous'])).uiModules;
    expect(modules.get('sla-portal-create')!.unlicensedAccess).toEqual(['anonymous']);
  });

  it('refuses unknown account types and a list that is not one, naming the entry', () => {
    const kind = 'jiraServiceManagement:portalProfilePanel';
    expect(() => manifestModules(manifestWith(kind, ['customer', 'guest']))).toThrow(
      'unlicensedAccess[1]: "guest" is not one of customer, unlicensed, anonymous',
    );
    expect(() => manifestModules(manifestWith(kind, 'customer'))).toThrow(
      'unlicensedAccess must be a list',
    );
  });
});

describe('running a portal module for a portal visitor', () => {
  const module = (unlicensedAccess: UiModule['unlicensedAccess']): UiModule => ({
    kind: 'jiraServiceManagement:portalRequestDetail',
    title: 'Service level',
    unlicensedAccess,
    resourcePath: 'static/portal/build',
    resolver: 'portalResolver',
    pages: [],
  });
  const portal = { portalId: '1', requestTypeId: '2', requestKey: 'SUP-1' };

  it('tells who is on the portal: anonymous without a sign-in or after logging out', () => {
    expect(portalVisitor(request({}))).toBe('');
    expect(portalVisitor(request({ cookie: `sim-user=${METTE}` }))).toBe(METTE);
    expect(portalVisitor(request({ cookie: `sim-user=${METTE}; sim-portal-out=${METTE}` }))).toBe(
      '',
    );
    expect(portalVisitor(request({ 'x-sim-user': 'anonymous' }))).toBe('');
  });

  it('runs it for a customer only if unlicensedAccess lists customer, with accountType and portal', async () => {
    const { sim } = await demoSimulator();
    const asMette = request({ 'x-sim-user': METTE });
    expect(await invokeCaller(sim, asMette, module(['customer']), { portal }, 'acc-admin')).toEqual(
      {
        accountId: METTE,
        call: {
          accountId: METTE,
          accountType: 'customer',
          portal: { portalId: 1, requestTypeId: 2, requestKey: 'SUP-1' },
        },
      },
    );
    const refused = await invokeCaller(sim, asMette, module(['unlicensed']), { portal }, 'x');
    expect(refused).toEqual({
      refusal: {
        status: 403,
        body: expect.objectContaining({ message: expect.stringContaining('customer') }),
      },
    });
  });

  it('runs it for agents as licensed users, and for anonymous visitors only where allowed', async () => {
    const { sim } = await demoSimulator();
    const agent = await invokeCaller(
      sim,
      request({ 'x-sim-user': DEMO_USERS.agents[0] }),
      module([]),
      {},
      'acc-admin',
    );
    expect(agent).toEqual({
      accountId: DEMO_USERS.agents[0],
      call: { accountId: DEMO_USERS.agents[0], accountType: 'licensed', portal: {} },
    });
    const anonymous = request({});
    expect(
      await invokeCaller(sim, anonymous, module(['customer', 'unlicensed']), {}, 'acc-admin'),
    ).toMatchObject({
      refusal: { status: 403 },
    });
    expect(
      await invokeCaller(
        sim,
        anonymous,
        {
          ...module(['anonymous']),
          kind: 'jiraServiceManagement:portalRequestCreatePropertyPanel',
        },
        {},
        'acc-admin',
      ),
    ).toEqual({ accountId: '', call: { accountId: '', accountType: 'anonymous', portal: {} } });
  });

  it('keeps Jira’s modules as they were: the Jira user, with the issue', async () => {
    const { sim } = await demoSimulator();
    const panel = { ...module([]), kind: 'jira:issuePanel' as const };
    expect(await invokeCaller(sim, request({}), panel, { issueKey: 'SUP-1' }, 'acc-lead')).toEqual({
      accountId: 'acc-lead',
      call: { accountId: 'acc-lead', issueKey: 'SUP-1' },
    });
  });

  it('refuses /_sim/invoke of a portal module to anonymous visitors, as Forge would', async () => {
    const { sim } = await demoSimulator();
    const served = await serveSimulator(sim, { hostname: '127.0.0.1', port: 0, appsPort: 0 });
    try {
      const invoke = (headers: Record<string, string>) =>
        fetch(`${served.url}/_sim/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({
            moduleKey: 'sla-portal-profile',
            functionKey: 'getPortalProfile',
            payload: {},
          }),
        });
      const anonymous = await invoke({});
      expect(anonymous.status).toBe(403);
      expect(await anonymous.json()).toMatchObject({ errorType: 'UNLICENSED_ACCESS_DENIED' });
      expect((await invoke({ cookie: `sim-user=${METTE}` })).status).toBe(200);
    } finally {
      await served.close();
    }
  });
});

describe('view.submit from the create property panel', () => {
  it('takes { fields: [{ key, value }], isValid }', () => {
    expect(
      checkPortalSubmission({
        fields: [{ key: 'slm-portal-request', value: { a: 1 } }],
        isValid: true,
      }),
    ).toEqual({
      ok: true,
      submission: { fields: [{ key: 'slm-portal-request', value: { a: 1 } }], isValid: true },
    });
    expect(checkPortalSubmission({ fields: [], isValid: false })).toMatchObject({ ok: true });
  });

  it.each([
    [null, '$ must be an object'],
    [[], '$ must be an object'],
    [{ fields: [] }, '$.isValid must be true or false'],
    [{ fields: {}, isValid: true }, '$.fields must be a list'],
    [{ fields: [], isValid: true, extra: 1 }, '$.extra is not a member'],
    [{ fields: ['x'], isValid: true }, '$.fields[0] must be an object'],
    [
      { fields: [{ key: '', value: 1 }], isValid: true },
      '$.fields[0].key must be a non-empty string',
    ],
    [{ fields: [{ key: 'a' }], isValid: true }, '$.fields[0].value must be a JSON value'],
    [
      { fields: [{ key: 'a', value: 1, other: 2 }], isValid: true },
      '$.fields[0].other is not a member',
    ],
    [
      {
        fields: [
          { key: 'a', value: 1 },
          { key: 'a', value: 2 },
        ],
        isValid: true,
      },
      '$.fields[1].key repeats "a"',
    ],
  ])('refuses %j with a clear error naming the path', (payload, message) => {
    const checked = checkPortalSubmission(payload);
    expect(checked.ok).toBe(false);
    expect((checked as { message: string }).message).toContain(`view.submit: ${message}`);
  });
});
