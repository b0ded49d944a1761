import { appResolvers } from '../../src/handlers';
import type { RegisterEntry } from '../../src/domain/relationships/registerEntry';
import type {
  CustomerRelationshipView,
  RelationshipMeasuresView,
  RelationshipRegisterView,
  RelationshipSettingsView,
} from '../../src/resolvers/relationshipViews';
import type { ResolverResult } from '../../src/resolvers/views';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

const { admin, agents } = DEMO_USERS;
const CUSTOMER = 'cust-mette-schultz';
const DAY = 86_400_000;

const RELATIONSHIP = {
  customerRole: { name: 'Mette Schultz', email: 'mette@schultz.example', accountId: null },
  orderers: [
    { name: 'Jonas Holm', email: 'jonas@schultz.example', accountId: null, ourContact: agents[0] },
    { name: 'Sofie Lund', email: 'sofie@schultz.example', accountId: null, ourContact: null },
  ],
  accountManager: agents[1],
};

async function setUp() {
  const { sim } = await demoSimulator(MONDAY_0800_CPH);
  const call = async <T>(fn: string, payload: unknown, as: string = admin) =>
    (await appResolvers.workListResolver[fn]!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    )) as ResolverResult<T>;
  const ok = async <T>(fn: string, payload: unknown, as: string = admin): Promise<T> => {
    const result = await call<T>(fn, payload, as);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  return { sim, call, ok };
}

describe('the relationship register resolvers', () => {
  it('show every customer of the contract, warning where no account manager is named', async () => {
    const { ok } = await setUp();
    const { entries } = await ok<RelationshipRegisterView>(
      'getRelationshipRegister',
      {},
      agents[0],
    );
    expect(entries.map((e) => e.customerId)).toEqual(['fjellheim', 'gota', 'schultz']);
    expect(entries.every((e) => e.withoutAccountManager)).toBe(true);
    expect(entries.every((e) => !e.withoutWrittenAgreement)).toBe(true);
    const schultz = entries.find((e) => e.customerId === 'schultz')!;
    expect(schultz.agreements.map((a) => [a.id, a.inForce])).toContainEqual([
      'schultz-prod-silver-2024',
      false,
    ]);
    // An agreement naming no environment covers every one of the customer running its product.
    expect(schultz.agreements.find((a) => a.id === 'schultz-mobile')?.environments).toEqual([
      'Mobile app',
    ]);
    expect(schultz.agreements.find((a) => a.id === 'schultz-nonprod')?.environments).toEqual([
      'UAT',
      'Test',
    ]);
    expect(schultz.contacts.map((c) => c.name)).toContain('Mette Schultz');
  });

  it('append a revision per save, with who and when, and refuse a stale save', async () => {
    const { sim, ok, call } = await setUp();
    const saved = await ok<RegisterEntry>('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: null,
      relationship: RELATIONSHIP,
    });
    expect(saved).toMatchObject({ revision: 1, savedBy: admin, withoutAccountManager: false });
    sim.clock.moveTo(sim.now() + DAY);
    await ok('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: 1,
      relationship: { ...RELATIONSHIP, accountManager: null },
    });
    const stale = await call('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: 1,
      relationship: RELATIONSHIP,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const view = await ok<CustomerRelationshipView>('getCustomerRelationship', {
      customerId: 'schultz',
    });
    expect(view.revisions.map((r) => [r.revision, r.relationship.accountManager])).toEqual([
      [2, null],
      [1, agents[1]],
    ]);
    expect(view.entry.withoutAccountManager).toBe(true);
  });

  it('name the people by display name in one lookup; an id Jira does not know stays an id', async () => {
    const { sim, ok } = await setUp();
    await ok('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: null,
      relationship: { ...RELATIONSHIP, accountManager: 'acc-gone' },
    });
    const bulk = () =>
      sim.jira.requestLog.filter((r) => r.path.startsWith('/rest/api/3/user/bulk')).length;
    let before = bulk();
    const register = await ok<RelationshipRegisterView>('getRelationshipRegister', {}, agents[2]);
    expect(register.names).toEqual({ [admin]: 'Astrid Admin', [agents[0]]: 'Anna Agent' });
    expect(bulk() - before).toBe(1);
    before = bulk();
    const view = await ok<CustomerRelationshipView>(
      'getCustomerRelationship',
      { customerId: 'schultz' },
      agents[2],
    );
    expect(view.names).toEqual({ [admin]: 'Astrid Admin', [agents[0]]: 'Anna Agent' });
    expect(view.entry.relationship.accountManager).toBe('acc-gone');
    expect(bulk() - before).toBe(1);
  });

  it('refuse bad input with the paths of every problem, changing nothing', async () => {
    const { sim, call } = await setUp();
    const refused = await call('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: 'x',
      relationship: {
        customerRole: { name: '', email: 'not-an-address' },
        orderers: [{ name: 'Jonas', email: 'jonas@x.example', ourContact: 42 }],
        accountManager: 'has spaces',
        colour: 'red',
      },
    });
    expect(refused.ok).toBe(false);
    const paths = (
      refused as unknown as { error: { errors: { path: string }[] } }
    ).error.errors.map((e) => e.path);
    expect(paths.sort()).toEqual(
      [
        '$.baseRevision',
        '$.relationship.colour',
        '$.relationship.customerRole.name',
        '$.relationship.customerRole.email',
        '$.relationship.accountManager',
        '$.relationship.orderers[0].ourContact',
      ].sort(),
    );
    const unknown = await call('saveCustomerRelationship', {
      customerId: 'nobody',
      baseRevision: null,
      relationship: RELATIONSHIP,
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.customerId' }] },
    });
    const months = await call('getRelationshipMeasures', { from: '2026-13' });
    expect(months).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const settings = await call('saveRelationshipSettings', {
      settings: {
        complaintIssueTypes: ['Complaint', 'complaint', ''],
        meetingActions: { projectKey: 'NOPE', issueType: 'Task' },
      },
      baseVersion: null,
    });
    expect(settings).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(
      (settings as unknown as { error: { errors: { path: string }[] } }).error.errors.map(
        (e) => e.path,
      ),
    ).toEqual(['$.settings.complaintIssueTypes[1]', '$.settings.complaintIssueTypes[2]']);
    expect(
      await sim.forge.sql.db.selectFrom('customer_relationships').selectAll().execute(),
    ).toEqual([]);
  });

  it('let staff read and only Jira administrators change; refuse portal customers', async () => {
    const { call } = await setUp();
    const staffSave = await call(
      'saveCustomerRelationship',
      { customerId: 'schultz', baseRevision: null, relationship: RELATIONSHIP },
      agents[0],
    );
    expect(staffSave).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const staffSettings = await call(
      'saveRelationshipSettings',
      {
        settings: {
          complaintIssueTypes: [],
          meetingActions: { projectKey: null, issueType: 'Task' },
        },
        baseVersion: null,
      },
      agents[0],
    );
    expect(staffSettings).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const fn of [
      'getRelationshipRegister',
      'getCustomerRelationship',
      'getRelationshipMeasures',
      'getRelationshipSettings',
      'saveCustomerRelationship',
      'saveRelationshipSettings',
    ]) {
      const refused = await call(fn, { customerId: 'schultz' }, CUSTOMER);
      expect([fn, refused]).toMatchObject([fn, { ok: false, error: { code: 'forbidden' } }]);
    }
  });

  it('save the settings as versions and answer the measures of the months asked', async () => {
    const { ok } = await setUp();
    const before = await ok<RelationshipSettingsView>('getRelationshipSettings', {});
    expect(before).toMatchObject({
      settings: { complaintIssueTypes: ['Complaint'] },
      version: null,
    });
    const after = await ok<RelationshipSettingsView>('saveRelationshipSettings', {
      settings: {
        complaintIssueTypes: ['Complaint', 'Escalation'],
        meetingActions: { projectKey: 'QM', issueType: 'Task' },
      },
      baseVersion: null,
    });
    expect(after).toMatchObject({ version: 1, savedBy: admin });
    await ok('saveCustomerRelationship', {
      customerId: 'schultz',
      baseRevision: null,
      relationship: RELATIONSHIP,
    });
    const measures = await ok<RelationshipMeasuresView>(
      'getRelationshipMeasures',
      { from: '2026-02', to: '2026-03' },
      agents[0],
    );
    expect(measures.months).toEqual([
      expect.objectContaining({ month: '2026-02', customers: 0, customersWithNamedContact: null }),
      expect.objectContaining({
        month: '2026-03',
        customers: 3,
        customersWithNamedContact: 1 / 3,
        orderersWithNamedContact: 1 / 2,
        customersWithWrittenAgreement: 1,
        complaints: 0,
      }),
    ]);
  });
});
