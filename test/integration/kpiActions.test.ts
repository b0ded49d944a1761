/**
 * The KPI loop through the simulator: manual values entered over a few months, then the daily
 * management schedule raises an action issue for each KPI whose last complete month missed its
 * target or worsened twice, for the KPI's owner, exactly once across runs, concurrent runs, a
 * crashed attempt and a refusal by Jira.
 */
import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from '../../src/domain/kpi/kpiCatalogue';
import { adfToText } from '../../src/jira/adf';
import {
  KPI_ACTION_LEASE_MS,
  kpiActionLabel,
  raiseKpiActions,
} from '../../src/services/kpi/kpiActions';
import { createIssue } from '../../src/jira/issueCreation';
import { enterKpiValue } from '../../src/services/kpi/kpiValueEntry';
import { claimKpiAction, kpiActionOf } from '../../src/storage/kpi/kpiActionRecords';
import { saveKpiCatalogue } from '../../src/storage/kpiCatalogue';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const { admin, lead, agents } = DEMO_USERS;
/** Saturday 10 January 2026, noon UTC: the catalogue's months are in UTC. */
const JANUARY = Date.parse('2026-01-10T12:00:00Z');

/** The manual KPIs only, owned by the lead (churn by an agent), actions in QM. */
const CATALOGUE: KpiCatalogue = {
  ...DEFAULT_KPI_CATALOGUE,
  kpis: DEFAULT_KPI_CATALOGUE.kpis
    .filter((k) => k.source.kind === 'manual')
    .map((k) => ({ ...k, owner: k.id === 'churn' ? agents[0] : lead })),
  actions: { projectKey: 'QM', issueType: 'Task', dueInDays: 14 },
};

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function setUp(catalogue: KpiCatalogue = CATALOGUE) {
  const demo = await demoSimulator(JANUARY);
  const { sim } = demo;
  await saveKpiCatalogue(sim.forge.store, catalogue, {
    savedBy: admin,
    savedAt: new Date(sim.now()).toISOString(),
    baseVersion: null,
  });
  const ctx = () => sim.forge.context();
  const enter = async (kpiId: string, month: string, value: number) => {
    const result = await enterKpiValue(ctx(), { kpiId, month, value }, admin);
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    return result;
  };
  /** Three months of values, each entered during its month (so no action is raised at entry). */
  const threeMonths = async () => {
    await enter('churn', '2026-01', 3);
    await enter('enps', '2026-01', 25);
    await enter('workload', '2026-01', 85);
    sim.clock.moveTo(Date.parse('2026-02-10T12:00:00Z'));
    await enter('churn', '2026-02', 4);
    await enter('enps', '2026-02', 22);
    await enter('workload', '2026-02', 84);
    sim.clock.moveTo(Date.parse('2026-03-10T12:00:00Z'));
    // Churn misses its ≤ 5 %; eNPS meets its 20 but fell twice (25 → 22 → 21); workload
    // meets 80 and recovered; mental health has no value.
    await enter('churn', '2026-03', 7);
    await enter('enps', '2026-03', 21);
    await enter('workload', '2026-03', 86);
  };
  const createdIssues = (before = 0) =>
    sim.jira.requestLog
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue' && r.status === 201);
  const issue = (key: string) =>
    sim.call<{ fields: Body }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      accountId: null,
    });
  return { demo, sim, ctx, enter, threeMonths, createdIssues, issue };
}

describe('KPI action issues', () => {
  it('the daily job raises one action per KPI that missed or worsened, for its owner, once', async () => {
    const { sim, ctx, threeMonths, createdIssues, issue } = await setUp();
    await threeMonths();
    // Nothing yet for March: the month has not ended.
    expect(createdIssues()).toHaveLength(0);
    // 1 and 2 April: two daily runs of the management schedule (and the app's other schedules).
    sim.clock.moveTo(Date.parse('2026-03-31T23:00:00Z'));
    await sim.advanceTo(Date.parse('2026-04-02T12:00:00Z'));
    const created = createdIssues();
    expect(created).toHaveLength(2);

    const churn = await kpiActionOf(ctx().sql, 'churn', '2026-03');
    expect(churn).toMatchObject({ status: 'created', attempt: 1, error: null });
    const churnIssue = await issue(churn!.issueKey!);
    expect(churnIssue.fields.summary).toBe(
      'KPI action: Customer churn missed its target in 2026-03',
    );
    expect(churnIssue.fields.assignee.accountId).toBe(agents[0]);
    expect(churnIssue.fields.project.key).toBe('QM');
    expect(churnIssue.fields.issuetype.name).toBe('Task');
    expect(churnIssue.fields.duedate).toBe('2026-04-15');
    expect(churnIssue.fields.labels).toEqual([kpiActionLabel('churn', '2026-03')]);
    const churnText = adfToText(churnIssue.fields.description);
    expect(churnText).toContain('Missed the target: 7 % against at most 5 %.');
    expect(churnText).toContain('2026-02');

    const enps = await kpiActionOf(ctx().sql, 'enps', '2026-03');
    const enpsIssue = await issue(enps!.issueKey!);
    expect(enpsIssue.fields.assignee.accountId).toBe(lead);
    expect(adfToText(enpsIssue.fields.description)).toContain(
      'Worsened two months in a row: 25 points → 22 points → 21 points.',
    );
    // A KPI that meets its target and did not worsen, and one without a value, get none.
    expect(await kpiActionOf(ctx().sql, 'workload', '2026-03')).toBeUndefined();
    expect(await kpiActionOf(ctx().sql, 'mental-health', '2026-03')).toBeUndefined();

    // A third run, and two more at once: still one issue each.
    await Promise.all([raiseKpiActions(ctx()), raiseKpiActions(ctx())]);
    await raiseKpiActions(ctx());
    expect(createdIssues()).toHaveLength(2);
  });

  it('two concurrent first runs create each issue once', async () => {
    const { sim, ctx, threeMonths, createdIssues } = await setUp();
    await threeMonths();
    // Straight to 1 April by hand, without the schedule's run.
    sim.clock.moveTo(Date.parse('2026-04-01T06:00:00Z'));
    await Promise.all([raiseKpiActions(ctx()), raiseKpiActions(ctx()), raiseKpiActions(ctx())]);
    expect(createdIssues()).toHaveLength(2);
  });

  it('a value entered for a month that has ended raises its action at once, the same once-only way', async () => {
    const { sim, ctx, enter, createdIssues } = await setUp();
    sim.clock.moveTo(Date.parse('2026-02-03T12:00:00Z'));
    const first = await enter('churn', '2026-01', 9);
    expect(first.action).toMatchObject({
      kind: 'created',
      issueKey: expect.stringMatching(/^QM-/),
    });
    // A correction that still misses: no second issue.
    const corrected = await enter('churn', '2026-01', 8);
    expect(corrected.entry.revision).toBe(2);
    expect(corrected.action).toMatchObject({ kind: 'exists' });
    await raiseKpiActions(ctx());
    expect(createdIssues()).toHaveLength(1);
    // A value for the current month raises nothing yet.
    expect((await enter('churn', '2026-02', 9)).action).toBeNull();
  });

  it('takes over an attempt that crashed before Jira answered, once its lease is over', async () => {
    const { sim, ctx, enter, createdIssues } = await setUp();
    sim.clock.moveTo(Date.parse('2026-02-01T12:00:00Z'));
    // A run claimed workload's January action and died before Jira answered.
    const claimedAt = sim.now();
    await claimKpiAction(ctx().sql, {
      kpiId: 'workload',
      month: '2026-01',
      at: claimedAt,
      findings: '{}',
    });
    expect((await enter('workload', '2026-01', 50)).action).toMatchObject({ kind: 'inProgress' });
    await raiseKpiActions(ctx());
    // Within the lease another run may still be creating it: nothing.
    expect(createdIssues()).toHaveLength(0);
    sim.clock.moveTo(claimedAt + KPI_ACTION_LEASE_MS);
    await raiseKpiActions(ctx());
    expect(createdIssues()).toHaveLength(1);
    expect(await kpiActionOf(ctx().sql, 'workload', '2026-01')).toMatchObject({
      status: 'created',
      attempt: 2,
    });
  });

  it('adopts the issue a crashed attempt created, found by its label', async () => {
    const { sim, ctx, enter, createdIssues } = await setUp();
    sim.clock.moveTo(Date.parse('2026-02-01T12:00:00Z'));
    const claimedAt = sim.now();
    await claimKpiAction(ctx().sql, {
      kpiId: 'workload',
      month: '2026-01',
      at: claimedAt,
      findings: '{}',
    });
    // The crashed run's issue reached Jira; its key never reached SQL.
    const { key } = await createIssue(ctx().jira, {
      projectKey: 'QM',
      issueType: 'Task',
      summary: 'KPI action: Workload missed its target in 2026-01',
      labels: [kpiActionLabel('workload', '2026-01')],
    });
    await enter('workload', '2026-01', 50);
    sim.clock.moveTo(claimedAt + KPI_ACTION_LEASE_MS);
    await raiseKpiActions(ctx());
    expect(createdIssues()).toHaveLength(1);
    expect(await kpiActionOf(ctx().sql, 'workload', '2026-01')).toMatchObject({
      status: 'created',
      issueKey: key,
      attempt: 1,
    });
  });

  it('records Jira’s refusal and tries again on the next run', async () => {
    const { sim, ctx, enter, createdIssues } = await setUp();
    sim.clock.moveTo(Date.parse('2026-02-02T12:00:00Z'));
    sim.jira.failNext(1, 400, { pathPrefix: '/rest/api/3/issue' });
    const first = await enter('churn', '2026-01', 9);
    expect(first.action).toMatchObject({ kind: 'refused' });
    expect(await kpiActionOf(ctx().sql, 'churn', '2026-01')).toMatchObject({
      status: 'refused',
      error: expect.stringContaining('400'),
    });
    await raiseKpiActions(ctx());
    expect(createdIssues()).toHaveLength(1);
    expect(await kpiActionOf(ctx().sql, 'churn', '2026-01')).toMatchObject({
      status: 'created',
      attempt: 2,
      error: null,
    });
  });

  it('raises nothing while no action project is configured', async () => {
    const { sim, enter, createdIssues } = await setUp({
      ...CATALOGUE,
      actions: { ...CATALOGUE.actions, projectKey: null },
    });
    sim.clock.moveTo(Date.parse('2026-02-02T12:00:00Z'));
    expect((await enter('churn', '2026-01', 9)).action).toMatchObject({ kind: 'notConfigured' });
    expect(createdIssues()).toHaveLength(0);
  });
});
