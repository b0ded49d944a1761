/**
 * The admin resolvers through the simulator, as the admin page calls them: only Jira
 * administrators get in, nothing invalid is saved, a stale save is refused, settings are
 * checked against the site's fields.
 */
import contract from '../../examples/contract.json';
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { loadSettings } from '../../src/storage/settings';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

async function admin(accountId: string = DEMO_USERS.admin) {
  const { sim } = await demoSimulator();
  const ctx: ResolverContext = {
    ...sim.forge.context(),
    jiraAsUser: sim.forge.jiraClient(accountId),
  };
  const call = (name: string, payload: unknown = {}) =>
    appResolvers.adminResolver[name]!(payload, { accountId }, ctx) as Promise<
      | { ok: true; data: Record<string, unknown> }
      | { ok: false; error: { code: string; errors?: { path: string }[] } }
    >;
  return { sim, call };
}

describe('admin resolvers', () => {
  it.each([
    'getConfig',
    'validate',
    'saveContract',
    'previewImport',
    'simulate',
    'previewCalendar',
    'getSettings',
    'saveSettings',
    'previewChange',
    'getRun',
    'countClosedIssues',
    'recalculateClosedIssues',
  ])('refuses %s to a user who is not a Jira administrator', async (name) => {
    const { call } = await admin(DEMO_USERS.agents[0]);
    expect(await call(name, { contract })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('saves a valid contract as a new version and refuses an invalid one, saving nothing', async () => {
    const { sim, call } = await admin();
    const broken = structuredClone(contract) as { calendars: { timeZone: string }[] };
    broken.calendars[0]!.timeZone = 'Mars/Olympus';
    const refused = await call('saveContract', { contract: broken, baseVersion: 1 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.contract.calendars[0].timeZone' }] },
    });
    expect((await sim.forge.contracts.latest())?.version).toBe(1);

    const changed = structuredClone(contract) as { calendars: { name: string }[] };
    changed.calendars[0]!.name = 'Copenhagen office (winter hours)';
    expect(await call('saveContract', { contract: changed, baseVersion: 1 })).toMatchObject({
      ok: true,
      data: { saved: true, version: 2, changes: [{ part: 'calendars', changed: ['dk-office'] }] },
    });
    // Someone who started from version 1 cannot overwrite version 2.
    expect(await call('saveContract', { contract, baseVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses a period backwards or not made of dates, and a run that does not exist', async () => {
    const { sim, call } = await admin();
    expect(await call('countClosedIssues', { from: '2026-03-31', to: '2026-03-01' })).toMatchObject(
      { ok: false, error: { code: 'invalid', errors: [{ path: '$.to' }] } },
    );
    expect(await call('recalculateClosedIssues', { from: '1 March', to: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.from' }, { path: '$.to' }] },
    });
    expect(await call('getRun', { id: 'run:1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.id' }] },
    });
    expect(await call('getRun', { id: '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f' })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    // Nothing was started or recorded.
    expect(await sim.forge.contracts.recalculations()).toEqual([]);
  });

  it('simulates deadlines on an unsaved draft, with pauses', async () => {
    const { call } = await admin();
    const result = await call('simulate', {
      contract,
      agreement: 'schultz-prod-gold',
      issueType: 'Incident',
      priority: '2',
      created: '2026-03-02T07:00:00Z',
      pauses: [
        {
          status: 'Waiting for customer',
          from: '2026-03-02T08:00:00Z',
          to: '2026-03-02T10:00:00Z',
        },
      ],
    });
    expect(result.ok).toBe(true);
    const goals = (result as unknown as { data: { goals: { goal: string; deadline: string }[] } })
      .data.goals;
    // Resolution: 8 h of Copenhagen office time from Monday 08:00 local, 2 h parked: Tuesday 10:00 local.
    expect(goals.find((g) => g.goal === 'resolution')?.deadline).toBe('2026-03-03T09:00:00.000Z');
  });

  it('checks settings against the site fields before saving them', async () => {
    const { sim, call } = await admin();
    const refused = await call('saveSettings', {
      settings: {
        fields: { customer: 'customfield_99999', environment: 'customfield_10051', product: '' },
        timeLeftField: 'summary',
      },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const paths = (refused as { error: { errors: { path: string }[] } }).error.errors.map(
      (e) => e.path,
    );
    expect(paths).toEqual([
      '$.settings.fields.customer',
      '$.settings.fields.product',
      '$.settings.timeLeftField',
    ]);

    const view = await call('getSettings');
    expect(view).toMatchObject({
      ok: true,
      data: { slaFields: [{ key: 'ari-demo-app__development__sla-time-left' }] },
    });
    const saved = await call('saveSettings', {
      settings: {
        fields: {
          customer: 'customfield_10050',
          environment: 'customfield_10051',
          product: 'customfield_10052',
        },
        timeLeftField: null,
      },
      baseVersion: 1,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await loadSettings(sim.forge.store)).toEqual({
      fields: {
        customer: 'customfield_10050',
        environment: 'customfield_10051',
        product: 'customfield_10052',
      },
    });
  });
});
