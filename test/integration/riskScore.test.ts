/**
 * The monthly risk score through the simulator: from a month of scores to the area owner's
 * action-plan issue, exactly once across repeated and concurrent saves, corrections, daily runs,
 * a crashed attempt and a Jira refusal; the register's computed scores; the resolvers' access
 * and their refusals of bad input, which change nothing.
 */
import { appResolvers } from '../../src/handlers';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '../../src/domain/risk/riskSettings';
import { adfToText } from '../../src/jira/adf';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import {
  DROP_CLAIM_LEASE_MS,
  raiseRiskDropActions,
  riskDropLabel,
} from '../../src/services/risk/riskDropActions';
import { readRiskRegister, readRiskTrends } from '../../src/services/risk/riskTrends';
import { createIssue } from '../../src/jira/issueCreation';
import { claimRiskDrop, riskDropClaim } from '../../src/storage/risk/riskDropClaims';
import { riskScoreRevisions } from '../../src/storage/risk/riskScores';
import { riskRevisions } from '../../src/storage/risk/riskRegister';
import { loadSavedRiskSettings, saveRiskSettings } from '../../src/storage/risk/riskSettings';
import { demoSimulator, DEMO_USERS, HOUR } from '../support/simulator';

type Answer =
  | { ok: true; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any
  | {
      ok: false;
      error: { code: string; message: string; errors?: { path: string; message: string }[] };
    };

/** Tuesday 1 December 2026, 09:00 in Copenhagen. */
const DEC_1 = Date.parse('2026-12-01T08:00:00Z');
const PORTAL_CUSTOMER = 'cust-mette-schultz';

const SETTINGS: RiskSettings = {
  ...DEFAULT_RISK_SETTINGS,
  areas: DEFAULT_RISK_SETTINGS.areas.map((a) => ({
    ...a,
    owner: a.id === 'legal' ? DEMO_USERS.lead : DEMO_USERS.admin,
  })),
  actionPlan: { projectKey: 'QM', issueType: 'Task', dueInDays: 14 },
  timeZone: 'Europe/Copenhagen',
};

describe('the monthly risk score', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;

  beforeEach(async () => {
    demo = await demoSimulator(DEC_1);
    await saveRiskSettings(demo.sim.forge.store, SETTINGS, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(DEC_1).toISOString(),
      baseVersion: null,
    });
  });

  const ctx = () => demo.sim.forge.context();
  const call = (name: string, payload: unknown = {}, accountId: string = DEMO_USERS.admin) => {
    const context: ResolverContext = { ...ctx(), jiraAsUser: demo.sim.forge.jiraClient(accountId) };
    return appResolvers.workListResolver[name]!(payload, { accountId }, context) as Promise<Answer>;
  };
  const ok = async (name: string, payload?: unknown, accountId?: string) => {
    const answer = await call(name, payload, accountId);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };

  /** Every area scored `score` in `month`. */
  const scoreAll = async (month: string, score: number) => {
    for (const area of SETTINGS.areas) await ok('saveRiskScore', { areaId: area.id, month, score });
  };

  const actionPlans = async (areaId: string, month: string) => {
    const page = await ctx().jira.searchPage({
      jql: `labels = "${riskDropLabel(areaId, month)}"`,
      fields: ['summary', 'assignee', 'duedate', 'description', 'issuetype', 'project'],
    });
    return page.issues;
  };

  it('raises the owner’s action plan for a drop, once, whatever is saved or run afterwards', async () => {
    await scoreAll('2026-10', 80);
    // The first drop saved twice at once: one of them raises the issue.
    const both = await Promise.all([
      ok('saveRiskScore', { areaId: 'legal', month: '2026-11', score: 60 }),
      ok('saveRiskScore', { areaId: 'legal', month: '2026-11', score: 60 }),
    ]);
    const saved = both.find((s) => s.actionPlans[0]?.kind === 'created')!;
    const kinds = both.map((s) => s.actionPlans[0].kind as string);
    expect(kinds.filter((k) => k === 'created')).toHaveLength(1);
    // The other found the claim: still being raised, or raised already, by the time it looked.
    expect(['inProgress', 'exists']).toContain(kinds.find((k) => k !== 'created'));
    const [issue, ...more] = await actionPlans('legal', '2026-11');
    expect(more).toEqual([]);
    expect(issue!.key).toBe(saved.actionPlans[0].issueKey);
    const fields = issue!.fields as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(fields.summary).toBe('Risk score dropped: Legal 80 → 60 (2026-11)');
    expect(fields.assignee.accountId).toBe(DEMO_USERS.lead);
    expect(fields.duedate).toBe('2026-12-15');
    expect(fields.project.key).toBe('QM');
    const text = adfToText(fields.description);
    expect(text).toContain('dropped from 80 in 2026-10 to 60 in 2026-11');
    expect(text).toContain('Composite risk score: 80 → incomplete');

    // A correction, a lower one, two at once, and the daily job: no second issue.
    await ok('saveRiskScore', { areaId: 'legal', month: '2026-11', score: 50 });
    await Promise.all([
      call('saveRiskScore', { areaId: 'legal', month: '2026-11', score: 40 }),
      call('saveRiskScore', { areaId: 'legal', month: '2026-11', score: 45 }),
      raiseRiskDropActions(ctx()),
      raiseRiskDropActions(ctx()),
    ]);
    await demo.sim.advanceBy(48 * HOUR);
    expect(await actionPlans('legal', '2026-11')).toHaveLength(1);
    expect(await riskDropClaim(demo.sim.forge.sql.db, 'legal', '2026-11')).toMatchObject({
      from: 80,
      to: 60,
      issueKey: issue!.key,
    });
    // History: every revision kept.
    const revisions = await riskScoreRevisions(demo.sim.forge.sql.db, {
      from: '2026-11',
      to: '2026-11',
    });
    expect(revisions.map((r) => r.score)).toHaveLength(5);

    // The page shows the drop with its issue, and the composite once every area is scored.
    await scoreAll('2026-11', 80);
    const page = await ok(
      'getRiskScores',
      { from: '2026-10', to: '2026-11' },
      DEMO_USERS.agents[0],
    );
    expect(page.drops).toEqual([
      { areaId: 'legal', month: '2026-11', from: 80, to: 60, issueKey: issue!.key, refused: null },
    ]);
    expect(page.trend.composite).toEqual([
      { month: '2026-10', score: 80 },
      { month: '2026-11', score: 80 },
    ]);
    expect(page.canEdit).toBe(false);
  });

  it('takes over a crashed attempt: adopts its issue, or creates it once the lease is over', async () => {
    await scoreAll('2026-10', 90);
    const db = demo.sim.forge.sql.db;
    // Crashed after the claim, before Jira answered (legal), or after Jira created it (security).
    await claimRiskDrop(db, {
      areaId: 'legal',
      month: '2026-11',
      claimedAt: DEC_1,
      from: 90,
      to: 50,
    });
    await claimRiskDrop(db, {
      areaId: 'security',
      month: '2026-11',
      claimedAt: DEC_1,
      from: 90,
      to: 40,
    });
    const created = await createIssue(ctx().jira, {
      projectKey: 'QM',
      issueType: 'Task',
      summary: 'Risk score dropped: Security',
      labels: [riskDropLabel('security', '2026-11')],
    });
    for (const [areaId, score] of [
      ['legal', 50],
      ['security', 40],
    ] as const) {
      const saved = await ok('saveRiskScore', { areaId, month: '2026-11', score });
      expect(saved.actionPlans).toEqual([{ kind: 'inProgress' }]);
    }
    await demo.sim.advanceTo(DEC_1 + DROP_CLAIM_LEASE_MS + 1);
    await Promise.all([raiseRiskDropActions(ctx()), raiseRiskDropActions(ctx())]);
    expect(await actionPlans('legal', '2026-11')).toHaveLength(1);
    expect(await actionPlans('security', '2026-11')).toHaveLength(1);
    expect((await riskDropClaim(db, 'security', '2026-11'))!.issueKey).toBe(created.key);
    expect((await riskDropClaim(db, 'legal', '2026-11'))!.attempt).toBe(2);
  });

  it('retries an action plan Jira refused on the next run, after the settings are fixed', async () => {
    // Saved past the resolver's checks (the issue type was deleted in Jira since).
    const saved = await loadSavedRiskSettings(demo.sim.forge.store);
    await saveRiskSettings(
      demo.sim.forge.store,
      { ...SETTINGS, actionPlan: { ...SETTINGS.actionPlan, issueType: 'Gone' } },
      {
        savedBy: DEMO_USERS.admin,
        savedAt: new Date(DEC_1).toISOString(),
        baseVersion: saved!.version,
      },
    );
    await scoreAll('2026-10', 90);
    const answer = await ok('saveRiskScore', { areaId: 'vendors', month: '2026-11', score: 70 });
    expect(answer.actionPlans).toEqual([{ kind: 'refused', message: expect.any(String) }]);
    expect(
      (await riskDropClaim(demo.sim.forge.sql.db, 'vendors', '2026-11'))!.refused,
    ).toBeTruthy();
    await ok('saveRiskSettings', { settings: SETTINGS, baseVersion: saved!.version + 1 });
    await raiseRiskDropActions(ctx());
    await raiseRiskDropActions(ctx());
    expect(await actionPlans('vendors', '2026-11')).toHaveLength(1);
  });

  it('computes a register area’s score at each month end, and raises its drop from the daily job', async () => {
    // New Year's Eve, 21:00 in Copenhagen: the daily schedule runs within the next day.
    demo = await demoSimulator(Date.parse('2026-12-31T20:00:00Z'));
    await saveRiskSettings(demo.sim.forge.store, SETTINGS, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(DEC_1).toISOString(),
      baseVersion: null,
    });
    const saved = await loadSavedRiskSettings(demo.sim.forge.store);
    const settings = {
      ...SETTINGS,
      areas: SETTINGS.areas.map((a) =>
        a.id === 'security' ? { ...a, source: 'register' as const } : a,
      ),
    };
    await ok('saveRiskSettings', { settings, baseVersion: saved!.version });
    // A high risk registered on 1 December: November ended without it, December ends with it.
    await ok('saveRisk', {
      riskId: null,
      baseRevision: null,
      risk: { title: 'Unpatched VPN', area: 'security', level: 'high', mitigation: 'Patch weekly' },
    });
    expect(
      await call('saveRiskScore', { areaId: 'security', month: '2026-11', score: 10 }),
    ).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.areaId' }] },
    });
    // A run on 31 December stores November's score; December has not ended yet.
    await raiseRiskDropActions(ctx());
    expect(
      (await readRiskTrends(ctx(), { from: '2026-11', to: '2026-12' })).areas[1]!.months,
    ).toEqual([
      { month: '2026-11', score: 100 },
      { month: '2026-12', score: null },
    ]);
    // The clock moves past the turn of the year (Copenhagen), and the daily schedule runs on the way.
    await demo.sim.advanceBy(25 * HOUR);
    const trend = await readRiskTrends(ctx(), { from: '2026-11', to: '2026-12' });
    expect(trend.areas.find((a) => a.id === 'security')!.months).toEqual([
      { month: '2026-11', score: 100 },
      { month: '2026-12', score: 80 },
    ]);
    const [issue] = await actionPlans('security', '2026-12');
    expect((issue!.fields as { summary: string }).summary).toBe(
      'Risk score dropped: Security 100 → 80 (2026-12)',
    );
    await raiseRiskDropActions(ctx());
    expect(await actionPlans('security', '2026-12')).toHaveLength(1);
  });

  it('keeps the register’s history and approvals; a raised level needs a new approval', async () => {
    const risk = {
      title: 'Key supplier fails',
      area: 'vendors',
      level: 'medium',
      mitigation: 'Second supplier',
    };
    const first = await ok('saveRisk', { riskId: null, baseRevision: null, risk });
    expect(
      await call(
        'approveRisk',
        { riskId: first.riskId, revision: 1, body: 'board' },
        DEMO_USERS.lead,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await ok('approveRisk', {
      riskId: first.riskId,
      revision: 1,
      body: 'board',
      note: 'Board, 12 Nov',
    });
    let [entry] = await readRiskRegister(ctx());
    expect(entry).toMatchObject({ approvalRequired: 'board', approvedBy: DEMO_USERS.admin });

    await ok('saveRisk', {
      riskId: first.riskId,
      baseRevision: 1,
      risk: { ...risk, level: 'very-high' },
    });
    [entry] = await readRiskRegister(ctx());
    expect(entry).toMatchObject({
      level: 'very-high',
      approvalRequired: 'group-management',
      approvedBy: null,
    });
    expect(
      await call('approveRisk', { riskId: first.riskId, revision: 2, body: 'board' }),
    ).toMatchObject({
      ok: false,
      error: {
        errors: [
          { path: '$.body', message: 'a very-high risk must be approved by group-management' },
        ],
      },
    });
    // A stale save is refused.
    expect(await call('saveRisk', { riskId: first.riskId, baseRevision: 1, risk })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await ok('approveRisk', { riskId: first.riskId, revision: 2, body: 'group-management' });
    const register = await ok('getRiskRegister', {}, DEMO_USERS.agents[0]);
    expect(register.risks[0]).toMatchObject({ approvalDue: false, revision: 2 });
    expect(register.risks[0].history.map((h: { level: string }) => h.level)).toEqual([
      'medium',
      'very-high',
    ]);
    expect(register.risks[0].approvals).toHaveLength(2);
  });

  it('names owners, editors, approvers and scorers in one lookup each; an unknown id stays an id', async () => {
    const risk = { title: 'Gone owner', area: 'vendors', level: 'medium', mitigation: 'm' };
    const saved = await ok('saveRisk', {
      riskId: null,
      baseRevision: null,
      risk: { ...risk, owner: 'acc-gone' },
    });
    await ok('approveRisk', { riskId: saved.riskId, revision: 1, body: 'board' });
    await ok('saveRiskScore', { areaId: SETTINGS.areas[0]!.id, month: '2026-11', score: 70 });
    const bulk = () =>
      demo.sim.jira.requestLog.filter((r) => r.path.startsWith('/rest/api/3/user/bulk')).length;
    let before = bulk();
    const register = await ok('getRiskRegister', {}, DEMO_USERS.agents[0]);
    expect(register.names).toEqual({ [DEMO_USERS.admin]: 'Astrid Admin' });
    expect(register.risks[0].owner).toBe('acc-gone');
    expect(bulk() - before).toBe(1);
    before = bulk();
    const scores = await ok('getRiskScores', { from: '2026-11', to: '2026-11' }, DEMO_USERS.lead);
    expect(scores.names[DEMO_USERS.admin]).toBe('Astrid Admin');
    expect(bulk() - before).toBe(1);
    const settings = await ok('getRiskSettings', {}, DEMO_USERS.lead);
    expect(settings.names[DEMO_USERS.admin]).toBe('Astrid Admin');
  });

  it('refuses bad input with every problem’s path, and stores nothing', async () => {
    const before = await loadSavedRiskSettings(demo.sim.forge.store);
    const weights = SETTINGS.areas.map((a, i) => (i === 0 ? { ...a, weight: 20 } : a));
    expect(
      await call('saveRiskSettings', {
        settings: { ...SETTINGS, areas: weights },
        baseVersion: before!.version,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.settings.areas', message: 'the weights sum to 95 %; they must sum to 100 %' },
        ],
      },
    });
    expect(
      await call('saveRiskSettings', {
        settings: { ...SETTINGS, actionPlan: { ...SETTINGS.actionPlan, projectKey: 'NOPE' } },
        baseVersion: before!.version,
      }),
    ).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.settings.actionPlan.projectKey' }] },
    });
    expect(await loadSavedRiskSettings(demo.sim.forge.store)).toEqual(before);

    const bad = await call('saveRiskScore', {
      areaId: 'legal',
      month: '2026-13',
      score: 101,
      colour: 1,
    });
    expect(!bad.ok && bad.error.errors!.map((e) => e.path)).toEqual([
      '$.colour',
      '$.month',
      '$.score',
    ]);
    const noPlan = await call('saveRisk', {
      riskId: null,
      baseRevision: null,
      risk: { title: 'X', area: 'legal', level: 'low', mitigation: '' },
    });
    expect(!noPlan.ok && noPlan.error.errors).toEqual([
      { path: '$.risk.mitigation', message: 'a mitigation plan is required (1–10000 characters)' },
    ]);
    expect(await call('getRiskScores', { from: '2024-01', to: '2026-12' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(
      await riskScoreRevisions(demo.sim.forge.sql.db, { from: '2000-01', to: '2099-12' }),
    ).toEqual([]);
    expect(await riskRevisions(demo.sim.forge.sql.db)).toEqual([]);
  });

  it('lets staff read and only Jira administrators change; portal customers see nothing', async () => {
    for (const name of ['getRiskScores', 'getRiskSettings', 'getRiskRegister']) {
      expect((await call(name, {}, DEMO_USERS.lead)).ok).toBe(true);
      expect(await call(name, {}, PORTAL_CUSTOMER)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    const changes: [string, unknown][] = [
      ['saveRiskScore', { areaId: 'legal', month: '2026-11', score: 50 }],
      ['saveRiskSettings', { settings: SETTINGS, baseVersion: 1 }],
      [
        'saveRisk',
        {
          riskId: null,
          baseRevision: null,
          risk: { title: 'X', area: 'legal', level: 'low', mitigation: 'Y' },
        },
      ],
      ['approveRisk', { riskId: 'r', revision: 1, body: 'board' }],
    ];
    for (const [name, payload] of changes) {
      for (const who of [DEMO_USERS.lead, PORTAL_CUSTOMER]) {
        expect(await call(name, payload, who)).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(
      await riskScoreRevisions(demo.sim.forge.sql.db, { from: '2000-01', to: '2099-12' }),
    ).toEqual([]);
  });
});
