import example from '../../examples/contract.json';
import { insertFacts, syntheticFacts } from '../../test/support/reportFacts';
import { testDatabase } from '../../test/support/testDatabase';
import { simulatedEntities } from '../simulator/customEntityStore';
import { manifestModules } from '../simulator/manifestModules';
import { MANIFEST_FILE } from '../simulator/simulator';
import { ContractRepository } from '../storage/contractRepository';
import { MemoryStore } from '../storage/memoryStore';
import type { SqlDatabase } from '../storage/sql/schema';
import { reportResolvers } from './reports';
import type { ResolverCall, ResolverContext } from './resolverKit';
import type { ManagementReport, OperationalView } from './views';

const CALL: ResolverCall = { accountId: 'acc-1' };
let db: SqlDatabase;
let viewer: { admin: boolean; groups: string[] };
let ctx: ResolverContext;

beforeEach(async () => {
  const contracts = new ContractRepository(new MemoryStore());
  await contracts.save(example, { savedBy: 'admin', savedAt: '2026-01-01T00:00:00.000Z' });
  viewer = { admin: false, groups: ['support-team', 'team-leads'] };
  // Only what these resolvers use: the store, records, the contract, the clock and the viewer.
  ctx = {
    sql: db,
    entities: simulatedEntities(manifestModules(MANIFEST_FILE).entities),
    contracts,
    now: () => Date.parse('2026-11-15T12:00:00Z'),
    log: () => undefined,
    jiraAsUser: {
      myPermissions: async () => ({ ADMINISTER: viewer.admin }),
      myselfWithGroups: async () => ({
        accountId: 'acc-1',
        timeZone: 'Europe/Copenhagen',
        groups: viewer.groups,
      }),
    },
  } as unknown as ResolverContext;
});

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; errors?: unknown } };
const call = <T>(name: string, payload: unknown) =>
  reportResolvers[name]!(payload, CALL, ctx) as Promise<Answer<T>>;

describe('report resolvers', () => {
  beforeAll(async () => {
    db = await testDatabase();
    await insertFacts(
      db,
      syntheticFacts(200, Date.parse('2026-09-01T00:00Z'), Date.parse('2026-11-30T00:00Z')),
    );
  });
  afterAll(() => db.destroy());

  it('give a team lead the management report in their time zone, reaction and resolution goals from the contract', async () => {
    const answer = await call<ManagementReport>('getManagementReport', {
      from: '2026-09',
      to: '2026-11',
      grouping: 'customer',
    });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data.start).toBe(Date.parse('2026-08-31T22:00:00Z'));
    expect(answer.data.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(answer.data.rows.map((r) => r.group)).toEqual([
      'acme',
      'fjord',
      'nordlys',
      'schultz',
      'zeta',
    ]);
    // The example contract's `reaction` and `resolution` goals are measured.
    expect(answer.data.rows.every((r) => r.reaction.count > 0 && r.resolution.count > 0)).toBe(
      true,
    );
  });

  it('give an administrator the operational view', async () => {
    viewer = { admin: true, groups: [] };
    const answer = await call<OperationalView>('getOperationalView', {});
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data).toMatchObject({
      now: Date.parse('2026-11-15T12:00:00Z'),
      dayEnd: Date.parse('2026-11-15T23:00:00Z'),
      timeZone: 'Europe/Copenhagen',
    });
    expect(answer.data.teams.length).toBeGreaterThan(0);
    expect(answer.data.goals.every((g) => g.bucket === 'breached')).toBe(true);
  });

  it('refuse an agent who is neither administrator nor team lead', async () => {
    viewer = { admin: false, groups: ['support-team'] };
    for (const name of ['getManagementReport', 'getOperationalView']) {
      expect(await call(name, { from: '2026-01', to: '2026-02' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('refuse a bad request with the path of each problem', async () => {
    expect(
      await call('getManagementReport', { from: '2026-1', to: '2026-02', grouping: 'x' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '2 problems in the request',
        errors: [
          { path: '$.from', message: 'must be a month as YYYY-MM, not "2026-1"' },
          {
            path: '$.grouping',
            message: 'must be one of team, customer, product, agreement, issueType, assignee',
          },
        ],
      },
    });
    expect(await call('getOperationalView', { team: 'blue' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [{ path: '$.team', message: 'is not a field of the request' }],
      },
    });
    expect(await call('getOperationalView', [])).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$' }] },
    });
  });
});
