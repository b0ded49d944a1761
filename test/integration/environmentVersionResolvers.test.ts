/**
 * The admin page's Environments resolvers: admin-only, validated payloads (errors name the
 * field, nothing changes), the version set by an admin recorded with source 'admin', the
 * pipeline secret write-only, the waiting cases read from the hand-overs.
 */
import { environmentVersionResolvers } from '../../src/resolvers/environmentVersions';
import { isEnvironmentSecret } from '../../src/storage/devloop/environmentVersionsSecrets';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const SECRET = 'a-long-pipeline-secret-42';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string) => {
    const ctx = env.sim.forge.resolverContext(accountId);
    return (name: string, payload: unknown = {}) =>
      environmentVersionResolvers[name]!(payload, { accountId }, ctx) as Promise<{
        ok: boolean;
        data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
        error?: { code: string; message: string; errors?: unknown };
      }>;
  };
  const stored = () =>
    env.sim.forge.sql.db.selectFrom('environment_versions').selectAll().execute();
  return { ...env, as, stored };
}

describe('the Environments resolvers', () => {
  it('list every environment of the contract with its version, from the contract at first', async () => {
    const { as } = await site();
    const list = await as(DEMO_USERS.admin)('listEnvironmentVersions');
    expect(list.ok).toBe(true);
    expect(list.data.webTriggerUrl).toBe('/x1/environment-version');
    expect(list.data.environments).toHaveLength(10);
    expect(list.data.environments[0]).toEqual({
      id: 'schultz-prod',
      name: expect.any(String),
      customer: 'Schultz A/S',
      product: 'ihlp',
      version: '5.2.1',
      source: 'contract',
      reportedAt: null,
      reportedBy: null,
      history: [],
      waiting: [],
      secret: { set: false, setAt: null, setBy: null },
    });
  });

  it('set a version as the admin, recorded in the history with source admin', async () => {
    const { as } = await site();
    const admin = as(DEMO_USERS.admin);
    const set = await admin('setEnvironmentVersion', {
      environment: 'schultz-prod',
      version: ' 5.10 ',
    });
    expect(set.ok).toBe(true);
    expect(set.data).toMatchObject({
      id: 'schultz-prod',
      version: '5.10',
      source: 'admin',
      reportedBy: DEMO_USERS.admin,
      reportedAt: '2026-03-02T07:00:00.000Z',
      history: [{ version: '5.10', source: 'admin', reportedBy: DEMO_USERS.admin }],
    });
    await admin('setEnvironmentVersion', { environment: 'schultz-prod', version: '5.9' });
    const list = await admin('listEnvironmentVersions');
    const prod = list.data.environments.find((e: { id: string }) => e.id === 'schultz-prod');
    expect(prod.version).toBe('5.9');
    expect(prod.history.map((h: { version: string }) => h.version)).toEqual(['5.9', '5.10']);
  });

  it('refuse bad payloads naming the field, changing nothing', async () => {
    const { as, stored } = await site();
    const admin = as(DEMO_USERS.admin);
    const cases: [string, unknown, string, RegExp][] = [
      ['setEnvironmentVersion', { version: '5.1' }, '$.environment', /environment id/],
      [
        'setEnvironmentVersion',
        { environment: 'nowhere', version: '5.1' },
        '$.environment',
        /no environment nowhere/,
      ],
      ['setEnvironmentVersion', { environment: 'schultz-prod' }, '$.version', /version such as/],
      [
        'setEnvironmentVersion',
        { environment: 'schultz-prod', version: 'latest' },
        '$.version',
        /"latest" is not a version/,
      ],
      [
        'setEnvironmentSecret',
        { environment: 'schultz-prod', secret: 'short' },
        '$.secret',
        /16 to 200 characters/,
      ],
      [
        'setEnvironmentSecret',
        { environment: 'schultz-prod', secret: 'has spaces in the secret' },
        '$.secret',
        /without spaces/,
      ],
      [
        'setEnvironmentSecret',
        { environment: 'nowhere', secret: SECRET },
        '$.environment',
        /no environment/,
      ],
      ['clearEnvironmentSecret', {}, '$.environment', /environment id/],
      ['environmentSecretStatus', [], '$', /JSON object/],
    ];
    for (const [name, payload, path, message] of cases) {
      const result = await admin(name, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(result.error!.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
    }
    expect(await stored()).toEqual([]);
    expect((await admin('environmentSecretStatus', { environment: 'schultz-prod' })).data.set).toBe(
      false,
    );
  });

  it('keep the pipeline secret write-only: set, replace, clear; only when and by whom shows', async () => {
    const { as, sim } = await site();
    const admin = as(DEMO_USERS.admin);
    const set = await admin('setEnvironmentSecret', {
      environment: 'schultz-prod',
      secret: SECRET,
    });
    expect(set).toEqual({
      ok: true,
      data: { set: true, setAt: '2026-03-02T07:00:00.000Z', setBy: DEMO_USERS.admin },
    });
    expect(JSON.stringify(set)).not.toContain(SECRET);
    expect(JSON.stringify(await admin('listEnvironmentVersions'))).not.toContain(SECRET);
    expect(JSON.stringify(sim.forge.store.content())).not.toContain(SECRET);
    expect(await isEnvironmentSecret(sim.forge.store, 'schultz-prod', SECRET)).toBe(true);
    // Per environment: another environment has none.
    expect(await isEnvironmentSecret(sim.forge.store, 'gota-prod', SECRET)).toBe(false);

    await admin('setEnvironmentSecret', {
      environment: 'schultz-prod',
      secret: `${SECRET}-rotated`,
    });
    expect(await isEnvironmentSecret(sim.forge.store, 'schultz-prod', SECRET)).toBe(false);
    expect(await isEnvironmentSecret(sim.forge.store, 'schultz-prod', `${SECRET}-rotated`)).toBe(
      true,
    );
    expect(await admin('clearEnvironmentSecret', { environment: 'schultz-prod' })).toEqual({
      ok: true,
      data: { set: false, setAt: null, setBy: null },
    });
    expect(await isEnvironmentSecret(sim.forge.store, 'schultz-prod', `${SECRET}-rotated`)).toBe(
      false,
    );
  });

  it('refuse anyone but a Jira administrator, changing nothing', async () => {
    const { as, sim, stored } = await site();
    const lead = as(DEMO_USERS.lead);
    for (const [name, payload] of [
      ['listEnvironmentVersions', {}],
      ['setEnvironmentVersion', { environment: 'schultz-prod', version: '6.0' }],
      ['setEnvironmentSecret', { environment: 'schultz-prod', secret: SECRET }],
      ['clearEnvironmentSecret', { environment: 'schultz-prod' }],
      ['environmentSecretStatus', { environment: 'schultz-prod' }],
    ] as const) {
      expect(await lead(name, payload)).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message: 'Only Jira administrators can see and change environment versions.',
        },
      });
    }
    expect(await stored()).toEqual([]);
    expect(await isEnvironmentSecret(sim.forge.store, 'schultz-prod', SECRET)).toBe(false);
  });

  it('show the cases waiting for a version, and whether the environment has the fix', async () => {
    const { as, sim } = await site();
    const at = sim.forge.context().now();
    for (const [caseId, fixedIn] of [
      ['10001', '5.2.0'],
      ['10002', '5.4'],
    ] as const) {
      await sim.forge.sql.db
        .insertInto('dev_handovers')
        .values({
          case_id: caseId,
          case_key: `SUP-${caseId}`,
          dev_key: `DEV-${caseId}`,
          product: 'ihlp',
          environment: 'schultz-prod',
          handed_over_at: at,
          handed_over_by: DEMO_USERS.admin,
          dev_status: 'Done',
          fixed_in: fixedIn,
          fixed_at: at + Number(caseId),
          updated_at: at,
        })
        .execute();
    }
    const list = await as(DEMO_USERS.admin)('listEnvironmentVersions');
    const prod = list.data.environments.find((e: { id: string }) => e.id === 'schultz-prod');
    expect(prod.waiting).toEqual([
      {
        caseId: '10001',
        caseKey: 'SUP-10001',
        devKey: 'DEV-10001',
        fixedIn: '5.2.0',
        closure: null,
        fixReached: true,
      },
      {
        caseId: '10002',
        caseKey: 'SUP-10002',
        devKey: 'DEV-10002',
        fixedIn: '5.4',
        closure: null,
        fixReached: false,
      },
    ]);
  });
});
