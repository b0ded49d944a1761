/**
 * `computeKpiMetric` on the simulator, one small dataset per metric, the facts written by the
 * app's own evaluation: uptime from incidents reported and resolved in Jira, defect density from
 * the versions and fix versions of a release project (counting the Jira requests), SLA
 * compliance, the quality KPIs and complaints.
 */
import {
  DEFAULT_KPI_SOURCE_SETTINGS,
  type KpiSourceSettings,
} from '../../src/domain/kpi/kpiSourceSettings';
import type { ComputedKpiMetric } from '../../src/domain/kpi/kpiSource';
import { computeKpiMetric } from '../../src/services/kpi/kpiMetrics';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { DEMO_WORKFLOW } from '../../src/simulator/demo/site';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

const TZ = 'Europe/Copenhagen';
// The simulator starts on Monday 2 March 2026, 08:00 in Copenhagen.
const MARCH_START = Date.parse('2026-02-28T23:00Z');

async function setUp() {
  const demo = await demoSimulator();
  const ctx = demo.sim.forge.context();
  const compute = (
    metric: ComputedKpiMetric,
    months: string[],
    settings: KpiSourceSettings = DEFAULT_KPI_SOURCE_SETTINGS,
    environment?: string,
  ) =>
    computeKpiMetric(
      ctx,
      { kind: 'computed', metric, ...(environment !== undefined && { environment }) },
      months,
      settings,
      TZ,
    );
  return { ...demo, ctx, compute };
}

describe('KPI sources computed by the app', () => {
  it('uptime: business-impacting incidents of the environment, overlaps counted once', async () => {
    const { sim, act, reportIncident, compute } = await setUp();
    const agent = DEMO_USERS.agents[0];
    const first = await reportIncident('Highest', 'Everything is down');
    await sim.advanceBy(HOUR);
    const second = await reportIncident('Highest', 'Still down');
    const minor = await reportIncident('Low', 'A typo on the login page');
    await sim.advanceBy(HOUR);
    await act.transition(agent, first, 'Resolved');
    await sim.advanceBy(HOUR);
    await act.transition(agent, second, 'Resolved');
    await act.transition(agent, minor, 'Resolved');
    const started = sim.now() - 3 * HOUR;
    await sim.advanceBy(2 * HOUR);

    const now = sim.now();
    const expected = 100 * (1 - (3 * HOUR) / (now - MARCH_START));
    const values = await compute(
      'uptime',
      ['2026-02', '2026-03', '2026-04'],
      undefined,
      'schultz-prod',
    );
    expect(values.get('2026-02')).toBe(100);
    expect(values.get('2026-03')).toBeCloseTo(expected, 9);
    expect(values.get('2026-04')).toBeNull();
    expect(started).toBeGreaterThan(MARCH_START);
    // Another environment had no incident; all environments together see the same outage.
    expect((await compute('uptime', ['2026-03'], undefined, 'schultz-uat')).get('2026-03')).toBe(
      100,
    );
    expect((await compute('uptime', ['2026-03'])).get('2026-03')).toBeCloseTo(expected, 9);
  });

  it('defect density: one request for the versions, one search for the fixed issues', async () => {
    const { sim, compute } = await setUp();
    sim.jira.addProject({
      key: 'APP',
      name: 'The product',
      issueTypes: ['Bug', 'Story'],
      workflow: DEMO_WORKFLOW,
      leadAccountId: DEMO_USERS.secondLine,
    });
    const v1 = sim.jira.addVersion({
      projectKey: 'APP',
      name: '1.0',
      released: true,
      releaseDate: '2026-02-20',
    });
    const v2 = sim.jira.addVersion({
      projectKey: 'APP',
      name: '1.1',
      released: true,
      releaseDate: '2026-03-01',
    });
    const v3 = sim.jira.addVersion({
      projectKey: 'APP',
      name: '2.0',
      released: false,
      releaseDate: '2026-03-20',
    });
    const create = (type: string, versions: { id: string }[]) =>
      sim.call({
        method: 'POST',
        path: '/rest/api/3/issue',
        accountId: DEMO_USERS.admin,
        body: {
          fields: {
            project: { key: 'APP' },
            issuetype: { name: type },
            summary: `${type} in ${versions.map((v) => v.id).join(', ')}`,
            fixVersions: versions.map((v) => ({ id: v.id })),
          },
        },
      });
    await create('Bug', [v1]);
    await create('Bug', [v1, v2]);
    await create('Story', [v1]);
    await create('Story', [v1]);
    await create('Story', [v2]);
    await create('Bug', [v3]);
    await create('Bug', []);

    const settings: KpiSourceSettings = {
      ...DEFAULT_KPI_SOURCE_SETTINGS,
      defectDensity: { ...DEFAULT_KPI_SOURCE_SETTINGS.defectDensity, releaseProjects: ['APP'] },
    };
    const before = sim.jira.requestLog.length;
    const values = await compute('defect-density', ['2026-01', '2026-02', '2026-03'], settings);
    const requests = sim.jira.requestLog
      .slice(before)
      .map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(values).toEqual(
      new Map([
        ['2026-01', null],
        ['2026-02', 2 / 4],
        ['2026-03', 1 / 2],
      ]),
    );
    expect(requests).toEqual([
      'GET /rest/api/3/project/APP/versions 200',
      'POST /rest/api/3/search/jql 200',
    ]);

    // Per release: the defects over the number of releases.
    const perRelease = await compute('defect-density', ['2026-02', '2026-03'], {
      ...settings,
      defectDensity: { ...settings.defectDensity, releaseSize: 'release' },
    });
    expect(perRelease).toEqual(
      new Map([
        ['2026-02', 2],
        ['2026-03', 1],
      ]),
    );
    // A release project Jira does not have: a plain error naming it.
    await expect(
      compute('defect-density', ['2026-02'], {
        ...settings,
        defectDensity: { ...settings.defectDensity, releaseProjects: ['GONE'] },
      }),
    ).rejects.toThrow('release project GONE is not in Jira or not visible to the app');
    // Without release projects, Jira is not asked.
    const quiet = sim.jira.requestLog.length;
    expect(await compute('defect-density', ['2026-02'])).toEqual(new Map([['2026-02', null]]));
    expect(sim.jira.requestLog.length).toBe(quiet);
  });

  it('SLA compliance: customer-facing goals met of those completed, null before any', async () => {
    const { sim, act, reportIncident, compute } = await setUp();
    const key = await reportIncident();
    await sim.advanceBy(5 * MINUTE);
    await act.comment(DEMO_USERS.agents[0], key, 'We are looking into it.');
    await sim.advanceBy(30 * MINUTE);
    await act.transition(DEMO_USERS.agents[0], key, 'Resolved');
    const values = await compute('sla-compliance', ['2026-02', '2026-03']);
    expect(values.get('2026-02')).toBeNull();
    expect(values.get('2026-03')).toBe(100);
  });

  it('quality KPIs and complaints: over every team; counts are 0, measures null without data', async () => {
    const { sim, compute } = await setUp();
    const db = sim.forge.sql.db;
    let n = 0;
    const feedback = (
      source: 'app' | 'complaint',
      scale: 'csat' | 'nps' | 'none',
      score: number,
      team: string | null,
    ) =>
      insertFeedback(db, {
        id: `fb-${(n += 1)}`,
        source,
        sourceId: `s-${n}`,
        scale,
        score,
        reason: null,
        comment: null,
        issueKey: null,
        customer: null,
        product: null,
        component: null,
        team,
        answeredAt: sim.now(),
        receivedAt: sim.now(),
        flagCauses: [],
        rawPayload: '{}',
      });
    await feedback('app', 'csat', 5, 'Support');
    await feedback('app', 'csat', 4, 'Key accounts');
    await feedback('app', 'csat', 2, null);
    await feedback('app', 'nps', 10, 'Support');
    await feedback('complaint', 'none', 0, null);
    await feedback('complaint', 'none', 0, 'Support');
    const months = ['2026-02', '2026-03'];
    expect(await compute('csat', months)).toEqual(
      new Map([
        ['2026-02', null],
        ['2026-03', 200 / 3],
      ]),
    );
    expect(await compute('nps', months)).toEqual(
      new Map([
        ['2026-02', null],
        ['2026-03', 100],
      ]),
    );
    expect(await compute('complaints', months)).toEqual(
      new Map([
        ['2026-02', 0],
        ['2026-03', 2],
      ]),
    );
    expect(await compute('open-non-conformities', months)).toEqual(
      new Map([
        ['2026-02', 0],
        ['2026-03', 0],
      ]),
    );
    expect(await compute('follow-ups-in-time', months)).toEqual(
      new Map([
        ['2026-02', null],
        ['2026-03', null],
      ]),
    );
    expect(await compute('capa-cycle-time', months)).toEqual(
      new Map([
        ['2026-02', null],
        ['2026-03', null],
      ]),
    );
  });
});
