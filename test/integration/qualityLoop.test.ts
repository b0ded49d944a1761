import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { appResolvers } from '../../src/handlers';
import type { CapaPanelData } from '../../src/resolvers/capaPanel';
import type { ResolverResult } from '../../src/resolvers/views';
import { recordFeedback } from '../../src/services/quality/recordFeedback';
import { survicateSignature } from '../../src/services/quality/survicateSignature';
import { webTriggerCall, webTriggerPath } from '../../src/simulator/webTriggers';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { setSurvicateSecret } from '../../src/storage/survicateSecret';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

const DAY = 86_400_000;
const { lead, admin, agents } = DEMO_USERS;
/** The daily schedule runs on day boundaries (UTC): the first after Monday 08:00 in Copenhagen. */
const TUESDAY_0000_UTC = Date.parse('2026-03-03T00:00:00Z');

type Data = Extract<CapaPanelData, { nonConformity: true }>;

async function setUp() {
  const demo = await demoSimulator(MONDAY_0800_CPH);
  const { sim } = demo;
  await saveQualitySettings(
    sim.forge.store,
    {
      ...DEFAULT_QUALITY_SETTINGS,
      nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
    },
    { savedBy: admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
  let n = 0;
  /** A customer rates a new case of Schultz A/S 1 of 5 in the app's own feedback form. */
  const lowRating = async (summary: string) => {
    const key = await demo.reportIncident('High', summary);
    await recordFeedback(
      sim.forge.context(),
      {
        source: 'app',
        sourceId: `form-${++n}`,
        scale: 'csat',
        score: 1,
        reason: 'slow',
        comment: `${summary}: far too slow`,
        issueKey: key,
        customer: null,
        answeredAt: sim.now(),
        rawPayload: '{}',
      },
      'cust-mette-schultz',
    );
    await sim.forge.settle();
    return key;
  };
  /**
   * A customer rates a new case of Schultz A/S 1 of 5 in a Survicate survey: the signed
   * `questionAnswered` event reaches the app's web trigger, the case's key in a respondent
   * attribute.
   */
  const surveyRating = async (summary: string) => {
    const key = await demo.reportIncident('High', summary);
    const secret = 'whsec-quality-loop';
    await setSurvicateSecret(sim.forge.store, sim.forge.store, secret, {
      accountId: admin,
      at: new Date(sim.now()).toISOString(),
    });
    const body = JSON.stringify({
      messageId: `survicate-${key}`,
      deliveryTries: 0,
      event: {
        questionAnswered: {
          type: 'rating',
          responseUuid: `response-${key}`,
          survey: { id: 'b92b6ecae6dd7207', name: 'Support satisfaction' },
          timestamp: new Date(sim.now()).toISOString(),
          respondent: { id: '534759', attributes: { issue_key: key } },
          question: { id: 12123, body: 'How would you rate our support?' },
          choice: { id: 21573, body: '1', comment: `${summary}: far too slow` },
        },
      },
    });
    const url = new URL(`http://localhost${webTriggerPath('survicate-feedback')}`);
    const answer = await sim.forge.webTrigger(
      'survicate-feedback',
      webTriggerCall('POST', url, { Hmac: survicateSignature(secret, body) }, body),
    );
    expect(answer?.statusCode).toBe(202);
    await sim.forge.settle();
    return key;
  };
  const capa = async (fn: string, payload: unknown, as: string = lead) => {
    const result = (await appResolvers.capaPanelResolver[fn]!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    )) as ResolverResult<CapaPanelData>;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data as Data;
  };
  const linksOf = async (key: string) =>
    (
      await sim.call<{
        fields: { issuelinks: { outwardIssue?: { key: string }; inwardIssue?: { key: string } }[] };
      }>({ method: 'GET', path: `/rest/api/3/issue/${key}`, accountId: null })
    ).fields.issuelinks.map((l) => l.outwardIssue?.key ?? l.inwardIssue?.key);
  return { ...demo, lowRating, surveyRating, capa, linksOf };
}

describe('the quality loop in the simulator', () => {
  it('three low ratings → flagged to the lead → one non-conformity → CAPA → reopened by a new one → closed', async () => {
    const { sim, act, lowRating, surveyRating, capa, linksOf } = await setUp();
    // Follow-ups go to QM, to the team lead (the fallback of the lead mapping).
    await saveQualitySettings(
      sim.forge.store,
      {
        ...DEFAULT_QUALITY_SETTINGS,
        followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: null },
        leads: { byTeam: [], byComponent: [], byProject: [], fallback: lead },
        nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
      },
      { savedBy: admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: 1 },
    );
    const cases = [
      await lowRating('Export fails'),
      await lowRating('Login slow'),
      await surveyRating('Report missing'),
    ];
    const sources = await sim.forge.sql.db
      .selectFrom('feedback')
      .select(['source', 'issue_key'])
      .orderBy('answered_at')
      .execute();
    expect(sources.map((f) => f.source).sort()).toEqual(['app', 'app', 'survicate']);

    // Each low rating is flagged to the team lead: a follow-up issue assigned to them.
    const followUps = await sim.forge.sql.db
      .selectFrom('follow_ups')
      .select(['issue_key', 'lead'])
      .execute();
    expect(followUps).toHaveLength(3);
    expect(followUps.every((f) => f.lead === lead)).toBe(true);
    const followUpKeys = followUps.map((f) => f.issue_key);

    // The daily job at midnight: one non-conformity (customer, product and reason all cross the
    // rule with the same three answers), linked to the three cases.
    await sim.advanceTo(TUESDAY_0000_UTC + 60_000);
    const ncRows = await sim.forge.sql.db.selectFrom('non_conformities').selectAll().execute();
    expect(ncRows).toHaveLength(1);
    const issueKey = ncRows[0]!.issue_key;
    expect(ncRows[0]!.group_key).toBe('customer:schultz');
    expect((await linksOf(issueKey)).sort()).toEqual([...cases, ...followUpKeys].sort());

    // CAPA round 1, up to the effectiveness check.
    await capa('applyCapaCommand', {
      issueKey,
      command: { type: 'contain', containment: 'Priority queue', correction: 'Called back' },
    });
    await capa('applyCapaCommand', {
      issueKey,
      command: { type: 'decideCause', actionNeeded: true, reason: 'Three in a week' },
    });
    await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'analyseRootCause',
        whys: ['Queue overflow'],
        fishbone: {},
        rootCause: 'Too few agents',
      },
    });
    let view = await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'createAction',
        action: {
          kind: 'corrective',
          summary: 'Hire an agent',
          owner: agents[0],
          dueDate: '2026-03-31',
        },
      },
    });
    await act.transition(agents[0], view.capa.actions[0]!.issueKey, 'Resolved');
    await capa('getCapa', { issueKey });
    await capa('applyCapaCommand', { issueKey, command: { type: 'completeCorrective' } });
    view = await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'completePreventive',
        observationDays: 30,
        noPreventiveReason: 'Staffing plan covers it',
      },
    });
    expect(view.capa.step).toBe('effectivenessCheck');

    // A new occurrence in the window: the next daily run reopens the CAPA and says so on the issue.
    sim.clock.moveTo(TUESDAY_0000_UTC + 2 * DAY + 3_600_000);
    const again = await lowRating('Export fails again');
    await sim.advanceTo(TUESDAY_0000_UTC + 3 * DAY + 60_000);
    view = await capa('getCapa', { issueKey });
    expect(view.capa).toMatchObject({ step: 'rootCause', round: 2 });
    expect(view.capa.checkEvidence).toContain('New negative feedback');
    expect(view.trail.some((e) => e.action === 'recurred' && e.actor === 'app')).toBe(true);
    expect(await linksOf(issueKey)).toContain(again);
    const comments = await sim.call<{ comments: { body: unknown }[] }>({
      method: 'GET',
      path: `/rest/api/3/issue/${issueKey}/comment`,
      accountId: null,
    });
    expect(JSON.stringify(comments.comments.at(-1)!.body)).toContain('The problem recurred');

    // Round 2 to closure.
    await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'analyseRootCause',
        whys: ['Night shift empty'],
        fishbone: {},
        rootCause: 'No night cover',
      },
    });
    view = await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'createAction',
        action: {
          kind: 'corrective',
          summary: 'Night rota',
          owner: agents[1],
          dueDate: '2026-04-15',
        },
      },
    });
    await act.transition(agents[1], view.capa.actions[1]!.issueKey, 'Resolved');
    await capa('getCapa', { issueKey });
    await capa('applyCapaCommand', { issueKey, command: { type: 'completeCorrective' } });
    await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'completePreventive',
        observationDays: 30,
        noPreventiveReason: 'The rota is the prevention',
      },
    });
    sim.clock.moveTo(sim.now() + 31 * DAY);
    view = await capa('applyCapaCommand', {
      issueKey,
      command: {
        type: 'checkEffectiveness',
        effective: true,
        evidence: 'No complaints in 30 days',
      },
    });
    expect(view.capa).toMatchObject({ step: 'closed', round: 2 });
    const closed = await sim.forge.sql.db.selectFrom('non_conformities').selectAll().execute();
    expect(closed[0]).toMatchObject({ open_group_key: null, capa_step: 'closed' });
    expect(sim.forge.log.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('tells the assignee and reporter once that the effectiveness check is due', async () => {
    const { sim, act, lowRating, capa } = await setUp();
    const cases = [await lowRating('A'), await lowRating('B'), await lowRating('C')];
    await sim.advanceTo(TUESDAY_0000_UTC + 60_000);
    const { issue_key: issueKey } = await sim.forge.sql.db
      .selectFrom('non_conformities')
      .select('issue_key')
      .executeTakeFirstOrThrow();
    const run = async (command: unknown) => capa('applyCapaCommand', { issueKey, command });
    await run({ type: 'contain', containment: 'x', correction: 'y' });
    await run({ type: 'decideCause', actionNeeded: true, reason: 'z' });
    await run({ type: 'analyseRootCause', whys: ['w'], fishbone: {}, rootCause: 'r' });
    // An existing issue as the corrective action: the first case, resolved.
    await run({
      type: 'addAction',
      action: { kind: 'corrective', issueKey: cases[0], owner: agents[0], dueDate: '2026-03-10' },
    });
    await act.transition(agents[0], cases[0]!, 'Resolved');
    // The daily job reads the action's status from Jira (the panel is not opened here).
    await sim.forge.invoke('qualityRecurrence', {});
    await run({ type: 'completeCorrective' });
    await run({ type: 'completePreventive', observationDays: 30, noPreventiveReason: 'n/a' });

    const notices = () =>
      sim.jira.notifications.filter(
        (n) => n.issueKey === issueKey && n.subject?.includes('effectiveness check is due'),
      );
    await sim.forge.invoke('qualityRecurrence', {});
    expect(notices()).toEqual([]);

    // The window ends without a recurrence: the next runs tell them once.
    sim.clock.moveTo(sim.now() + 30 * DAY + 1);
    await sim.forge.invoke('qualityRecurrence', {});
    await sim.forge.invoke('qualityRecurrence', {});
    expect(notices()).toHaveLength(1);
    // Nobody is assigned (the settings name no lead): Jira would refuse the assignee.
    expect(notices()[0]!.to).toEqual({ reporter: true });
    expect((await capa('getCapa', { issueKey })).blockers.checkEffectiveness).toEqual([]);
  });
});
