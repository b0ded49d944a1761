import { randomUUID } from 'node:crypto';
import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { appResolvers } from '../../src/handlers';
import type { CapaPanelData } from '../../src/resolvers/capaPanel';
import type { ResolverResult } from '../../src/resolvers/views';
import { raiseByHand } from '../../src/services/quality/nonConformityByHand';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { auditTrail } from '../../src/storage/quality/qualityAudit';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';
import { testDatabase } from '../support/testDatabase';

const NOW = MONDAY_0800_CPH;
const DAY = 86_400_000;
const { lead, admin, agents } = DEMO_USERS;

type Data = Extract<CapaPanelData, { nonConformity: true }>;

async function setUp(db: SqlDatabase) {
  const demo = await demoSimulator(NOW, { sql: db });
  const { sim } = demo;
  await saveQualitySettings(
    sim.forge.store,
    {
      ...DEFAULT_QUALITY_SETTINGS,
      nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
    },
    { savedBy: admin, savedAt: new Date(NOW).toISOString(), baseVersion: null },
  );
  const caseKey = await demo.reportIncident();
  const feedbackId = randomUUID();
  await insertFeedback(db, {
    id: feedbackId,
    source: 'app',
    sourceId: 'form-1',
    scale: 'csat',
    score: 1,
    reason: null,
    comment: 'Slow',
    issueKey: caseKey,
    customer: 'schultz',
    product: null,
    component: null,
    team: null,
    answeredAt: NOW,
    receivedAt: NOW,
    flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
    rawPayload: '{}',
  });
  const raised = await raiseByHand(sim.forge.context(), feedbackId, 'Angry customer', lead);
  const issueKey = (raised as { issueKey: string }).issueKey;
  const resolvers = appResolvers.capaPanelResolver;
  const call = async (as: string, fn: string, payload: unknown) =>
    (await resolvers[fn]!(
      payload,
      { accountId: as, issueKey },
      sim.forge.resolverContext(as),
    )) as ResolverResult<CapaPanelData>;
  const command = async (command: unknown, as: string = lead) => {
    const result = await call(as, 'applyCapaCommand', { issueKey, command });
    return result;
  };
  const data = async (as: string = lead) => {
    const result = await call(as, 'getCapa', { issueKey });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data as Data;
  };
  const ncId = async () =>
    (await db.selectFrom('non_conformities').select('nc_id').executeTakeFirstOrThrow()).nc_id;
  return { ...demo, issueKey, caseKey, call, command, data, ncId };
}

describe('the CAPA panel resolvers', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('answer "not a non-conformity" for any other issue the caller can see', async () => {
    const { sim, caseKey } = await setUp(db);
    const result = await appResolvers.capaPanelResolver.getCapa!(
      { issueKey: caseKey },
      { accountId: agents[0] },
      sim.forge.resolverContext(agents[0]),
    );
    expect(result).toEqual({ ok: true, data: { nonConformity: false } });
  });

  it('let everyone who sees the issue read, and only quality owners change', async () => {
    const { data, command, ncId } = await setUp(db);
    const read = await data(agents[0]);
    expect(read).toMatchObject({
      nonConformity: true,
      canChange: false,
      capa: { step: 'containment' },
    });
    expect((await data(lead)).canChange).toBe(true);
    expect((await data(admin)).canChange).toBe(true);

    const before = await auditTrail(db, { type: 'nonConformity', id: await ncId() });
    const refused = await command(
      { type: 'contain', containment: 'Paused', correction: 'Called back' },
      agents[0],
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await auditTrail(db, { type: 'nonConformity', id: await ncId() })).toEqual(before);
  });

  it('hide the CAPA from a customer who cannot see the issue', async () => {
    const { call } = await setUp(db);
    expect(await call('cust-mette-schultz', 'getCapa', { issueKey: 'QM-1' })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('refuse malformed payloads with every wrong field, changing nothing', async () => {
    const { command, call, ncId } = await setUp(db);
    const before = await auditTrail(db, { type: 'nonConformity', id: await ncId() });
    expect(await call(lead, 'getCapa', { issueKey: 'qm 1', more: true })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '2 problems in the request',
        errors: [
          { path: '$.more', message: 'is not a field of the request' },
          { path: '$.issueKey', message: 'must be an issue key such as QM-12' },
        ],
      },
    });
    expect(await command({ type: 'delete' })).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.command.type' }] },
    });
    expect(await command({ type: 'recurred', evidence: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await command({ type: 'contain', containment: 3, extra: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '3 problems in the request',
        errors: [
          { path: '$.command.extra', message: 'is not a field of this command' },
          { path: '$.command.containment', message: 'must be a string, not a number' },
          { path: '$.command.correction', message: 'is required' },
        ],
      },
    });
    // Well formed, but the step's guard refuses it: the domain's error, at the command's path.
    expect(await command({ type: 'contain', containment: ' ', correction: 'Called' })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.command.containment', message: 'is required' }],
      },
    });
    expect(await auditTrail(db, { type: 'nonConformity', id: await ncId() })).toEqual(before);
  });

  it('walk the CAPA to closure: actions created in Jira, synced with one search', async () => {
    const { sim, act, command, data, issueKey, ncId } = await setUp(db);
    const ok = async (c: unknown) => {
      const result = await command(c);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.data as Data;
    };
    await ok({ type: 'contain', containment: 'Paused exports', correction: 'Re-ran the job' });
    await ok({ type: 'decideCause', actionNeeded: true, reason: 'It happened three times' });
    await ok({
      type: 'analyseRootCause',
      whys: ['Export failed', 'Disk full'],
      fishbone: { tools: ['No disk alert'], process: ['No capacity review'] },
      rootCause: 'No capacity monitoring',
    });
    let view = await ok({
      type: 'createAction',
      action: {
        kind: 'corrective',
        summary: 'Add disk alert',
        owner: agents[1],
        dueDate: '2026-03-20',
      },
    });
    const action = view.capa.actions[0]!;
    expect(action).toMatchObject({ kind: 'corrective', owner: agents[1], done: false });
    const created = await sim.call<{
      fields: { assignee: { accountId: string }; duedate: string; issuetype: { name: string } };
    }>({ method: 'GET', path: `/rest/api/3/issue/${action.issueKey}`, accountId: null });
    expect(created.fields).toMatchObject({
      assignee: { accountId: agents[1] },
      duedate: '2026-03-20',
      issuetype: { name: 'Task' },
    });
    expect(view.blockers.completeCorrective).toEqual([`${action.issueKey} is still open`]);
    expect(await command({ type: 'completeCorrective' })).toMatchObject({
      ok: false,
      error: {
        errors: [{ path: '$.command.actions', message: `${action.issueKey} is still open` }],
      },
    });

    // Done in Jira: the panel reads it with one search for all actions.
    await act.transition(agents[1], action.issueKey, 'Resolved');
    const searches = () =>
      sim.jira.requestLog.filter((r) => r.path === '/rest/api/3/search/jql').length;
    const before = searches();
    view = await data();
    expect(searches() - before).toBe(1);
    expect(view.capa.actions[0]!.done).toBe(true);
    expect(view.blockers.completeCorrective).toEqual([]);

    await ok({ type: 'completeCorrective' });
    view = await ok({
      type: 'completePreventive',
      observationDays: 30,
      noPreventiveReason: 'Covered by the alert',
    });
    expect(view.capa.step).toBe('effectivenessCheck');
    expect(view.blockers.checkEffectiveness).toEqual(['the observation window ends 2026-04-01']);

    // Past the window (the clock only: no scheduled job needs to run here).
    sim.clock.moveTo(NOW + 31 * DAY);
    view = await ok({
      type: 'checkEffectiveness',
      effective: true,
      evidence: 'No recurrence in 30 days',
    });
    expect(view.capa).toMatchObject({ step: 'closed', round: 1 });

    const trail = await auditTrail(db, { type: 'nonConformity', id: await ncId() });
    expect(trail.find((e) => e.field === 'containment')).toMatchObject({
      actor: lead,
      action: 'contain',
      before: null,
      after: 'Paused exports',
    });
    expect(trail.find((e) => e.action === 'actionStatus')).toMatchObject({ actor: 'app' });
    expect(view.trail).toEqual(trail);
    expect(issueKey).toMatch(/^QM-/);
  });
});
