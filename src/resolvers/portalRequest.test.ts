/**
 * The request detail on the customer portal, per role: what each sees of a request, that no
 * internal goal ever reaches it, and the portal rating entering the quality loop.
 */
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import { loadIssueEvaluation } from '../services/issueEvaluation';
import { followUpOf } from '../storage/quality/followUpRecords';
import { saveQualitySettings } from '../storage/qualitySettings';
import {
  ANONYMOUS,
  dataOf,
  DEMO_USERS,
  INGRID,
  INGRID_OF_FJELLHEIM,
  METTE,
  METTE_OF_SCHULTZ,
  portalSite,
  staff,
} from '../../test/support/portalSite';
import { HOUR } from '../../test/support/simulator';
import type { PortalRequestView } from './portalViews';

const AGENT = DEMO_USERS.agents[0];

/** A request for Fjellheim (not Mette's organisation), as fields of the create call. */
const FJELLHEIM_INCIDENT = {
  issuetype: { name: 'Incident' },
  summary: 'Fjellheim only',
  priority: { name: 'High' },
  customfield_10050: { value: 'Fjellheim Drift AS' },
  customfield_10051: { value: 'Production' },
};

/** The internal goal of the gold agreement, by id and by name: neither may reach the portal. */
const OLA_WORDS = ['second-line-pickup', '2nd line'];

async function site() {
  const env = await portalSite();
  const key = await env.reportIncident();
  const view = (person = METTE, requestKey = key) =>
    env.invoke<PortalRequestView>(person, 'getPortalRequest', {}, requestKey);
  const rate = (payload: unknown, person = METTE, requestKey = key) =>
    env.invoke<PortalRequestView>(person, 'ratePortalRequest', payload, requestKey);
  const feedback = () => env.sim.forge.sql.db.selectFrom('feedback').selectAll().execute();
  const resolve = async () => {
    await env.act.transition(AGENT, key, 'Resolved');
    await env.sim.forge.settle();
  };
  return { ...env, key, view, rate, feedback, resolve };
}

describe('the request detail on the portal', () => {
  it('shows the customer the promised goals, in words, with deadlines in their time zone', async () => {
    const { view, key } = await site();
    const data = dataOf(await view());
    expect(data).toMatchObject({
      requestKey: key,
      timeZone: 'Europe/Copenhagen',
      agreement: { id: 'schultz-prod-gold' },
      resolved: false,
      yourNextStep: null,
      feedback: { canRate: false, given: null },
    });
    expect(data.goals.length).toBeGreaterThan(0);
    for (const goal of data.goals) {
      expect(goal.state).toBe('running');
      expect(goal.stateText).toBe('On track');
      expect(goal.target).toMatch(/^\d+ business (hour|minute)s?( \d+ minutes?)?$/);
      expect(Date.parse(goal.deadline!)).toBeGreaterThan(Date.parse(data.now));
      expect(goal.pausedReason).toBeNull();
    }
    expect(data.ourNextStep).toMatchObject({ text: expect.stringMatching(/^We will /) });
  });

  it('never shows an internal goal, its name or its next action, to anyone', async () => {
    const { act, key, sim, view } = await site();
    // Answered, then escalated: the 2nd-line pick-up OLA runs, due before any promised goal.
    await act.comment(AGENT, key, 'We are looking into it.');
    await act.transition(AGENT, key, 'Escalated');
    await sim.forge.settle();
    // The precondition: the app's own evaluation has the OLA running.
    const raw = (await loadIssueEvaluation(sim.forge.context(), key))!.evaluation;
    expect(raw.goals.find((g) => g.goal === 'second-line-pickup')?.state).toBe('running');
    expect(raw.nextAction?.goal).toBe('second-line-pickup');
    for (const person of [METTE, staff()]) {
      const text = JSON.stringify(dataOf(await view(person)));
      for (const word of OLA_WORDS) expect(text).not.toContain(word);
    }
  });

  it('says the clock waits for the customer, and what they should do', async () => {
    const { act, key, sim, view } = await site();
    await act.transition(AGENT, key, 'Waiting for customer');
    await sim.advanceBy(HOUR);
    const data = dataOf(await view());
    const resolution = data.goals.find((g) => g.goal === 'resolution')!;
    expect(resolution).toMatchObject({
      state: 'paused',
      stateText: 'Paused: waiting for your reply',
      pausedReason: 'waiting for your reply',
    });
    // The clock is held while the status holds (a whileStatus pause): a customer's comment does
    // not lift it, so the words promise no restart.
    expect(data.yourNextStep).toBe('Reply to our last comment');

    await act.transition(AGENT, key, 'In Progress');
    await act.transition(AGENT, key, 'Waiting for vendor');
    const vendor = dataOf(await view()).goals.find((g) => g.goal === 'resolution')!;
    expect(vendor.pausedReason).toBe('waiting for a third party');
    expect(dataOf(await view()).yourNextStep).toBeNull();
  });

  it('refuses an anonymous visitor, and someone who may not see the request', async () => {
    const { view } = await site();
    expect(await view(ANONYMOUS)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Fjellheim's contact may not browse Schultz's request: Jira says so, the portal says not found.
    expect(await view(INGRID)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('shows staff the customer’s view of a request, without the customer’s agreement', async () => {
    const { view } = await site();
    const [asCustomer, asStaff] = [dataOf(await view()), dataOf(await view(staff()))];
    expect(asStaff.timeZone).toBe('Europe/Oslo');
    expect(asStaff.goals.map((g) => g.goal)).toEqual(asCustomer.goals.map((g) => g.goal));
    // Staff speak for no customer on the portal: the agreement is Schultz's contract.
    expect(asCustomer.agreement).toMatchObject({ id: 'schultz-prod-gold' });
    expect(asStaff.agreement).toBeNull();
  });

  it('names the agreement only to a contact of the request’s customer', async () => {
    const { act, view } = await site();
    // Mette reports a request for Fjellheim: JSM lets her see it (she reported it), but she
    // does not speak for Fjellheim, so she sees the goals' states and not Fjellheim's contract.
    const fjellheims = await act.createIssue(METTE_OF_SCHULTZ, FJELLHEIM_INCIDENT);
    const asReporter = dataOf(await view(METTE, fjellheims));
    expect(asReporter.goals.length).toBeGreaterThan(0);
    expect(asReporter.agreement).toBeNull();
    expect(JSON.stringify(asReporter)).not.toMatch(/fjellheim/i);
  });

  it('asks JSM, as the viewer, whether the page’s request is theirs to see', async () => {
    const { act, view } = await site();
    // The browser can alter the page's request key. A quality follow-up is no customer request:
    // staff may browse its project, but JSM knows no such request, so the portal shows nothing.
    const internal = await act.createIssue(AGENT, {
      project: { key: 'QM' },
      issuetype: { name: 'Task' },
      summary: 'Internal follow-up',
    });
    expect(await view(staff(), internal)).toMatchObject({
      ok: false,
      error: { code: 'notFound', message: expect.stringContaining('cannot see it') },
    });
  });

  it('shows a request no agreement covers without goals, and promises nothing', async () => {
    const { act, view } = await site();
    const loose = await act.createIssue(METTE_OF_SCHULTZ, {
      issuetype: { name: 'Incident' },
      summary: 'No customer field set',
      priority: { name: 'High' },
    });
    expect(dataOf(await view(METTE, loose))).toMatchObject({
      requestKey: loose,
      agreement: null,
      goals: [],
      ourNextStep: null,
      yourNextStep: null,
    });
  });

  it('takes the request from the portal page only, never from the payload', async () => {
    const { act, invoke, key } = await site();
    const answer = await invoke(METTE, 'getPortalRequest', { requestKey: key });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$' }] },
    });
    // On her own request's page, another request named in the payload changes nothing.
    const theirs = await act.createIssue(INGRID_OF_FJELLHEIM, {
      issuetype: { name: 'Incident' },
      summary: 'Fjellheim only',
      priority: { name: 'High' },
      customfield_10050: { value: 'Fjellheim Drift AS' },
      customfield_10051: { value: 'Production' },
    });
    const own = await invoke<PortalRequestView>(
      METTE,
      'getPortalRequest',
      { requestKey: theirs },
      key,
    );
    expect(dataOf(own).requestKey).toBe(key);
  });
});

describe('rating a request on the portal', () => {
  it('is offered once resolved, recorded once per resolution, and again after a reopening', async () => {
    const { act, feedback, key, rate, resolve, sim, view } = await site();
    expect(await rate({ score: 4 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await feedback()).toEqual([]);

    await resolve();
    const before = dataOf(await view());
    expect(before).toMatchObject({
      resolved: true,
      feedback: { canRate: true, given: null },
      yourNextStep: 'Rate how we handled your request',
    });
    const rated = dataOf(await rate({ score: 4, comment: '  Quick and kind ' }));
    expect(rated.feedback).toEqual({
      canRate: false,
      given: { score: 4, comment: 'Quick and kind', answeredAt: expect.any(String) },
    });
    expect(rated.yourNextStep).toBeNull();
    // A double submit: the first rating stands, nothing more is recorded.
    const again = dataOf(await rate({ score: 1 }));
    expect(again.feedback.given?.score).toBe(4);
    const stored = await feedback();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      source: 'portal',
      scale: 'csat',
      score: 4,
      issue_key: key,
      source_id: expect.stringMatching(new RegExp(`^${key}/.+/${METTE_OF_SCHULTZ}$`)),
    });

    // Reopened and resolved again: a new resolution, which may be rated again.
    await sim.advanceBy(HOUR);
    await act.transition(AGENT, key, 'Open');
    expect(dataOf(await view()).feedback).toEqual({ canRate: false, given: null });
    await sim.advanceBy(HOUR);
    await resolve();
    expect(dataOf(await view()).feedback).toEqual({ canRate: true, given: null });
    dataOf(await rate({ score: 5 }));
    expect(await feedback()).toHaveLength(2);
  });

  it('is the customer’s only: staff on the portal are offered no form and refused', async () => {
    const { feedback, rate, resolve, view } = await site();
    await resolve();
    expect(dataOf(await view(staff())).feedback).toEqual({ canRate: false, given: null });
    const answer = await rate({ score: 5 }, staff());
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await feedback()).toEqual([]);
  });

  it('names every wrong field and records nothing', async () => {
    const { feedback, rate, resolve } = await site();
    await resolve();
    expect(await rate({ score: 6, comment: 42, issueKey: 'SUP-9' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.score', message: 'must be a whole number from 1 to 5' },
          { path: '$.comment', message: 'must be a string or null' },
          { path: '$.issueKey', message: 'is not a field of the request' },
        ],
      },
    });
    expect(await rate({ score: 2.5, comment: 'x'.repeat(4001) })).toMatchObject({
      ok: false,
      error: {
        errors: [
          { path: '$.score' },
          { path: '$.comment', message: 'must be at most 4000 characters' },
        ],
      },
    });
    expect(await rate('five')).toMatchObject({ ok: false, error: { errors: [{ path: '$' }] } });
    expect(await feedback()).toEqual([]);
  });

  it('is the reporter’s, or a contact’s of the request’s customer', async () => {
    const { act, feedback, rate, sim } = await site();
    // Mette reported a request for Fjellheim: it is hers to rate, though not her organisation's.
    const fjellheims = await act.createIssue(METTE_OF_SCHULTZ, FJELLHEIM_INCIDENT);
    await act.transition(AGENT, fjellheims, 'Resolved');
    await sim.forge.settle();
    expect(dataOf(await rate({ score: 4 }, METTE, fjellheims)).feedback.given?.score).toBe(4);
    expect(await feedback()).toHaveLength(1);
    // Anyone else JSM lets see a request (a participant from elsewhere) is refused by
    // `mayRateRequest` (src/domain/portal/requestRelation.test.ts): the simulator has no
    // participants, and a customer sees only the requests they reported.
  });

  it('refuses the anonymous and those who may not see the request, recording nothing', async () => {
    const { feedback, rate, resolve } = await site();
    await resolve();
    expect(await rate({ score: 1 }, ANONYMOUS)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await rate({ score: 1 }, INGRID)).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await feedback()).toEqual([]);
  });

  it('flags a low rating and has the quality loop raise a follow-up for the team lead', async () => {
    const { feedback, rate, resolve, sim } = await site();
    const settings: QualitySettings = {
      ...DEFAULT_QUALITY_SETTINGS,
      followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT4H', calendar: 'dk-office' },
      leads: { byTeam: [], byComponent: [], byProject: [], fallback: DEMO_USERS.lead },
    };
    await saveQualitySettings(sim.forge.store, settings, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
      baseVersion: null,
    });
    await resolve();
    dataOf(await rate({ score: 1, comment: 'Nobody called back' }));
    // The quality-events consumer runs the follow-up, as Forge runs the queue.
    await sim.forge.settle();
    const [row] = await feedback();
    expect(JSON.parse(row!.flag_causes as unknown as string)).toEqual([
      expect.objectContaining({ kind: 'lowScore', score: 1 }),
    ]);
    const followUp = await followUpOf(sim.forge.sql.db, row!.feedback_id);
    expect(followUp).toMatchObject({ lead: DEMO_USERS.lead });
    const issue = await sim.call<{ fields: { summary: string; assignee: { accountId: string } } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${followUp!.issueKey}`,
      accountId: null,
    });
    expect(issue.fields.summary).toMatch(/^Follow up: CSAT 1\/5/);
    expect(issue.fields.assignee.accountId).toBe(DEMO_USERS.lead);
  });
});

describe('hostile input to the rating', () => {
  const HOSTILE: unknown[] = [
    null,
    true,
    -1,
    1.5,
    1e308,
    '',
    'x'.repeat(2 * 1024 * 1024),
    [],
    [null, 1, 'x'],
    { a: null },
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];

  /** Every hostile value as the payload, as the score, and as the comment of a valid score. */
  const payloads = HOSTILE.flatMap((value) => [
    value,
    { score: value },
    { score: 3, comment: value },
  ]);
  /** The only valid ones: no comment (null), and a blank one, which is no comment either. */
  const VALID = [
    { score: 3, comment: null },
    { score: 3, comment: '' },
  ];
  const isValid = (payload: unknown) =>
    VALID.some((v) => JSON.stringify(v) === JSON.stringify(payload));

  it('refuses every invalid payload naming the field, recording nothing, never "failed"', async () => {
    const { feedback, rate, resolve, sim } = await site();
    await resolve();
    expect(payloads.filter(isValid)).toHaveLength(VALID.length);
    for (const payload of payloads.filter((p) => !isValid(p))) {
      const answer = await rate(payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
      const errors = answer.ok ? [] : (answer.error.errors ?? []);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors)
        expect(error.path).toMatch(/^\$(\.(score|comment|a|__proto__))?$/);
    }
    expect(await feedback()).toEqual([]);
    expect(sim.forge.log.filter((entry) => entry.message === 'resolver failed')).toEqual([]);
  });

  it('records the valid ones once: the second is a replay of the first', async () => {
    const { feedback, rate, resolve } = await site();
    await resolve();
    for (const payload of VALID) {
      expect(dataOf(await rate(payload)).feedback.given).toMatchObject({ score: 3, comment: null });
    }
    expect(await feedback()).toHaveLength(1);
  });
});

describe('what the request detail costs in Jira requests', () => {
  it('reads the request once to show it, and once more to rate it', async () => {
    const { key, rate, resolve, sim, view } = await site();
    await resolve();
    const log = sim.jira.requestLog;
    const since = (before: number) => log.slice(before).map((r) => `${r.method} ${r.path}`);
    let before = log.length;
    dataOf(await view());
    // Who is asking and may JSM show them the request (as the user), the request with its
    // history (as the app).
    expect(since(before)).toEqual([
      'GET /rest/api/3/myself',
      `GET /rest/servicedeskapi/request/${key}`,
      'GET /rest/api/3/myself',
      `GET /rest/api/3/issue/${key}`,
      `GET /rest/api/3/issue/${key}/changelog`,
      `GET /rest/api/3/issue/${key}/comment`,
    ]);
    before = log.length;
    dataOf(await rate({ score: 5 }));
    // The same, and the case read that enriches the feedback (`recordFeedback`); no writes.
    expect(since(before)).toHaveLength(7);
    expect(since(before).every((line) => line.startsWith('GET '))).toBe(true);
  });
});
