/**
 * The KPI resolvers through the simulator: the admin page's catalogue (Jira administrators only,
 * validated against the contract and Jira's projects, stale saves refused), and the Quality
 * page's trends, manual values and their history (every Atlassian account reads, admins enter,
 * portal customers see nothing). Bad input is named by its path and changes nothing.
 */
import { appResolvers } from '../../src/handlers';
import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from '../../src/domain/kpi/kpiCatalogue';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { readKpiTrends } from '../../src/services/kpi/kpiTrends';
import { kpiValueEntries } from '../../src/storage/kpi/kpiValues';
import { loadSavedKpiCatalogue } from '../../src/storage/kpiCatalogue';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

type Answer =
  | { ok: true; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any
  | {
      ok: false;
      error: { code: string; message: string; errors?: { path: string; message: string }[] };
    };

const { admin, lead, agents } = DEMO_USERS;
const CUSTOMER = 'cust-mette-schultz';
/** 10 March 2026: the catalogue's months are in UTC. */
const MARCH = Date.parse('2026-03-10T12:00:00Z');

const CATALOGUE: KpiCatalogue = {
  ...DEFAULT_KPI_CATALOGUE,
  kpis: DEFAULT_KPI_CATALOGUE.kpis.map((k) => ({ ...k, owner: lead })),
  actions: { projectKey: 'QM', issueType: 'Task', dueInDays: 14 },
};

describe('KPI resolvers', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;
  beforeAll(async () => {
    demo = await demoSimulator(MARCH);
  });

  const call = (
    module: 'adminResolver' | 'workListResolver',
    accountId: string,
    name: string,
    payload: unknown = {},
  ): Promise<Answer> => {
    const ctx: ResolverContext = {
      ...demo.sim.forge.context(),
      jiraAsUser: demo.sim.forge.jiraClient(accountId),
    };
    return appResolvers[module][name]!(payload, { accountId }, ctx) as Promise<Answer>;
  };
  const adminPage = (name: string, payload?: unknown, as: string = admin) =>
    call('adminResolver', as, name, payload);
  const qualityPage = (name: string, payload?: unknown, as: string = admin) =>
    call('workListResolver', as, name, payload);
  const entries = () =>
    kpiValueEntries(demo.sim.forge.context().sql, ['enps', 'churn', 'workload', 'mental-health'], {
      from: '2000-01',
      to: '2999-12',
    });

  describe('the catalogue (admin page)', () => {
    it.each(['getKpiCatalogue', 'saveKpiCatalogue'])(
      'refuses %s to everyone but Jira administrators',
      async (name) => {
        for (const who of [lead, agents[0], CUSTOMER]) {
          expect(
            await adminPage(name, { settings: CATALOGUE, baseVersion: null }, who),
          ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        }
        expect(await loadSavedKpiCatalogue(demo.sim.forge.store)).toBeNull();
      },
    );

    it('loads the defaults with the contract’s environments; refuses them unowned, saving nothing', async () => {
      const loaded = await adminPage('getKpiCatalogue');
      expect(loaded).toMatchObject({
        ok: true,
        data: { catalogue: DEFAULT_KPI_CATALOGUE, version: null },
      });
      expect(loaded.ok && loaded.data.environments.length).toBeGreaterThan(0);
      const refused = await adminPage('saveKpiCatalogue', {
        settings: DEFAULT_KPI_CATALOGUE,
        baseVersion: null,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(!refused.ok && refused.error.errors![0]!.path).toBe('$.settings.kpis[0].owner');
      expect(await loadSavedKpiCatalogue(demo.sim.forge.store)).toBeNull();
    });

    it('names an action project or issue type Jira does not have, saving nothing', async () => {
      const answer = await adminPage('saveKpiCatalogue', {
        settings: { ...CATALOGUE, actions: { ...CATALOGUE.actions, projectKey: 'NOPE' } },
        baseVersion: null,
      });
      expect(!answer.ok && answer.error.errors).toEqual([
        {
          path: '$.settings.actions.projectKey',
          message: 'project NOPE does not exist, or the app cannot see it',
        },
      ]);
      const wrongType = await adminPage('saveKpiCatalogue', {
        settings: { ...CATALOGUE, actions: { ...CATALOGUE.actions, issueType: 'Epic' } },
        baseVersion: null,
      });
      expect(!wrongType.ok && wrongType.error.errors![0]!.path).toBe(
        '$.settings.actions.issueType',
      );
      expect(await loadSavedKpiCatalogue(demo.sim.forge.store)).toBeNull();
    });

    it('saves a valid catalogue as version 1, and refuses a save from a stale version', async () => {
      expect(
        await adminPage('saveKpiCatalogue', { settings: CATALOGUE, baseVersion: null }),
      ).toEqual({ ok: true, data: { settings: CATALOGUE, version: 1 } });
      expect(
        await adminPage('saveKpiCatalogue', { settings: CATALOGUE, baseVersion: null }),
      ).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect((await loadSavedKpiCatalogue(demo.sim.forge.store))?.savedBy).toBe(admin);
    });

    it('names the owners and the saver in one lookup; an id Jira does not know stays an id', async () => {
      const gone = {
        ...CATALOGUE,
        kpis: CATALOGUE.kpis.map((k, i) => (i === 0 ? { ...k, owner: 'acc-gone' } : k)),
      };
      expect(await adminPage('saveKpiCatalogue', { settings: gone, baseVersion: 1 })).toMatchObject(
        {
          ok: true,
        },
      );
      const bulk = () =>
        demo.sim.jira.requestLog.filter((r) => r.path.startsWith('/rest/api/3/user/bulk')).length;
      const before = bulk();
      const loaded = await adminPage('getKpiCatalogue');
      expect(loaded.ok && loaded.data.names).toEqual({
        [admin]: 'Astrid Admin',
        [lead]: 'Lars Lead',
      });
      expect(bulk() - before).toBe(1);
      const trends = await qualityPage('getKpiTrends', {}, agents[0]);
      expect(trends.ok && trends.data.names).toEqual({ [lead]: 'Lars Lead' });
      expect(
        await adminPage('saveKpiCatalogue', { settings: CATALOGUE, baseVersion: 2 }),
      ).toMatchObject({
        ok: true,
      });
    });
  });

  describe('the Quality page', () => {
    it('every Atlassian account reads the trends; a portal customer does not', async () => {
      const read = await qualityPage('getKpiTrends', { from: '2026-01', to: '2026-03' }, agents[0]);
      expect(read).toMatchObject({
        ok: true,
        data: { canEdit: false, from: '2026-01', to: '2026-03' },
      });
      expect(read.ok && read.data.kpis.map((k: { id: string }) => k.id)).toEqual(
        CATALOGUE.kpis.map((k) => k.id),
      );
      expect(read.ok && read.data.kpis[0].months.map((m: { month: string }) => m.month)).toEqual([
        '2026-01',
        '2026-02',
        '2026-03',
      ]);
      for (const name of ['getKpiTrends', 'getKpiValueHistory']) {
        expect(await qualityPage(name, {}, CUSTOMER)).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    });

    it('names a bad run of months', async () => {
      const answer = await qualityPage('getKpiTrends', { from: '2026-13', to: '2026-03', x: 1 });
      expect(!answer.ok && answer.error.errors!.map((e) => e.path).sort()).toEqual([
        '$.from',
        '$.x',
      ]);
    });

    it('only Jira administrators enter values; bad input is named and stores nothing', async () => {
      for (const who of [agents[0], lead, CUSTOMER]) {
        expect(
          await qualityPage('saveKpiValue', { kpiId: 'enps', month: '2026-03', value: 30 }, who),
        ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      const bad = await qualityPage('saveKpiValue', {
        kpiId: 'csat',
        month: '2026-04',
        value: 'x',
      });
      expect(!bad.ok && bad.error.errors!.map((e) => e.path)).toEqual([
        '$.kpiId',
        '$.month',
        '$.value',
      ]);
      expect(await entries()).toEqual([]);
    });

    it('appends each value with who and when; the newest is the month’s value', async () => {
      const first = await qualityPage('saveKpiValue', {
        kpiId: 'enps',
        month: '2026-03',
        value: 30,
      });
      expect(first).toMatchObject({
        ok: true,
        data: {
          entry: { kpiId: 'enps', revision: 1, enteredBy: admin, enteredAt: MARCH },
          action: null,
        },
      });
      await qualityPage('saveKpiValue', { kpiId: 'enps', month: '2026-03', value: 32 });
      const history = await qualityPage('getKpiValueHistory', {}, agents[0]);
      expect(history.ok && history.data.entries.map((e: { value: number }) => e.value)).toEqual([
        30, 32,
      ]);
      // Who entered them, by display name as the viewer sees it.
      expect(history.ok && history.data.names).toEqual({ [admin]: 'Astrid Admin' });
      const trends = await qualityPage('getKpiTrends', { from: '2026-03', to: '2026-03' });
      const enps = trends.ok && trends.data.kpis.find((k: { id: string }) => k.id === 'enps');
      expect(enps).toMatchObject({
        manual: true,
        source: 'manual:enps',
        months: [
          { month: '2026-03', value: 32, meetsTarget: true, worsening: false, action: null },
        ],
      });
    });

    it('sees a worsening streak that began before the months shown, as the daily job does', async () => {
      for (const [month, value] of [
        ['2026-01', 95],
        ['2026-02', 90],
        ['2026-03', 85],
      ] as const) {
        await qualityPage('saveKpiValue', { kpiId: 'workload', month, value });
      }
      const trends = await qualityPage('getKpiTrends', { from: '2026-03', to: '2026-03' });
      const workload =
        trends.ok && trends.data.kpis.find((k: { id: string }) => k.id === 'workload');
      expect(workload.months).toEqual([
        { month: '2026-03', value: 85, meetsTarget: true, worsening: true, action: null },
      ]);
      // The management review's port reads the same values.
      const read = await readKpiTrends(demo.sim.forge.context(), {
        from: '2026-01',
        to: '2026-03',
      });
      expect(read.find((k) => k.id === 'workload')).toMatchObject({
        direction: 'higher',
        target: 80,
        owner: lead,
        source: 'manual:workload',
        months: [
          { month: '2026-01', value: 95, meetsTarget: true },
          { month: '2026-02', value: 90, meetsTarget: true },
          { month: '2026-03', value: 85, meetsTarget: true },
        ],
      });
    });
  });
});
