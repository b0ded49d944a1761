/**
 * Hand-over to development from the issue panel, and the development issue mirrored on the case:
 * its status changes and "fixed in V" as public comments, once each, through the product-event
 * trigger as Jira sends the events.
 */
import {
  DEFAULT_DEV_LOOP_SETTINGS,
  type DevLoopSettings,
} from '../../src/domain/devloop/devLoopSettings';
import example from '../../examples/contract.json';
import { appResolvers } from '../../src/handlers';
import * as closeFixedCases from '../../src/services/devloop/closeFixedCases';
import { handOverToDevelopment, handoverLabel } from '../../src/services/devloop/handOver';
import { claimHandover, handoverOf } from '../../src/storage/devloop/devHandovers';
import { saveDevLoopSettings } from '../../src/storage/devloop/devLoopSettings';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SETTINGS: DevLoopSettings = {
  ...DEFAULT_DEV_LOOP_SETTINGS,
  devProjectKey: 'DEV',
  devIssueType: 'Bug',
  wordings: {
    ...DEFAULT_DEV_LOOP_SETTINGS.wordings,
    handedOver: 'Handed over as {devKey}.',
    devStatusChanged: '{devKey} is now {status}.',
    fixedIn: 'Fixed in {version} ({devKey}).',
  },
};

async function site() {
  const env = await demoSimulator();
  env.sim.jira.addProject({
    key: 'DEV',
    name: 'Development',
    projectTypeKey: 'software',
    issueTypes: ['Bug', 'Task'],
    leadAccountId: DEMO_USERS.lead,
  });
  const versions = {
    v59: env.sim.jira.addVersion({ projectKey: 'DEV', name: '5.9' }),
    v510: env.sim.jira.addVersion({ projectKey: 'DEV', name: '5.10' }),
    odd: env.sim.jira.addVersion({ projectKey: 'DEV', name: 'Next sprint' }),
  };
  await saveDevLoopSettings(env.sim.forge.store, SETTINGS, {
    savedBy: DEMO_USERS.admin,
    savedAt: new Date(env.sim.now()).toISOString(),
    baseVersion: null,
  });
  const caseKey = await env.reportIncident();
  await env.sim.forge.settle();
  const as = (accountId: string, issueKey = caseKey) => {
    const ctx = env.sim.forge.resolverContext(accountId);
    const call = { accountId, issueKey };
    const panel = appResolvers.issuePanelResolver;
    return {
      handOver: (payload: unknown) => panel.handOverToDevelopment!(payload, call, ctx),
      view: () => panel.getDevelopment!({}, call, ctx),
    };
  };
  const issue = (key: string) =>
    env.sim.call<{ id: string; fields: Body }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      accountId: null,
    });
  const setFixVersions = async (key: string, names: string[]) => {
    await env.sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}`,
      accountId: DEMO_USERS.agents[1],
      body: { fields: { fixVersions: names.map((name) => ({ name })) } },
    });
    await env.sim.forge.settle();
  };
  const move = async (key: string, status: string) => {
    await env.act.transition(DEMO_USERS.agents[1], key, status);
    await env.sim.forge.settle();
  };
  const appComments = async (key: string) =>
    (await env.comments(key))
      .filter((c) => c.author !== DEMO_USERS.agents[0] && !c.author.startsWith('cust-'))
      .map((c) => c.text);
  return { ...env, caseKey, as, issue, setFixVersions, move, appComments, versions };
}

describe('hand-over to development', () => {
  it('creates the development issue, links it, records it and tells the customer once', async () => {
    const { as, caseKey, issue, sim, comments } = await site();
    const agent = as(DEMO_USERS.agents[0]);
    const result = await agent.handOver({ summary: 'Login times out under load' });
    expect(result).toMatchObject({ ok: true, data: { handover: { devStatus: null } } });
    const devKey = (result as { data: { handover: { devKey: string } } }).data.handover.devKey;
    expect(devKey).toMatch(/^DEV-\d+$/);

    const dev = await issue(devKey);
    expect(dev.fields.summary).toBe('Login times out under load');
    expect(dev.fields.issuetype.name).toBe('Bug');
    const theCase = await issue(caseKey);
    expect(dev.fields.labels).toEqual([handoverLabel(theCase.id)]);
    const links = dev.fields.issuelinks as {
      type: { name: string };
      inwardIssue?: { key: string };
    }[];
    expect(links.map((l) => [l.type.name, l.inwardIssue?.key])).toEqual([['Relates', caseKey]]);
    const recorded = await handoverOf(sim.forge.sql.db, theCase.id);
    expect(recorded).toMatchObject({
      caseKey,
      devKey,
      product: 'ihlp',
      environment: expect.any(String),
      handedOverBy: DEMO_USERS.agents[0],
    });
    const public1 = (await comments(caseKey)).filter((c) => c.text.includes('Handed over'));
    expect(public1).toHaveLength(1);
    expect(public1[0]!.text).toContain(`Handed over as ${devKey}.`);
    // Public: no internal-note property.
    expect(public1[0]!.text).not.toContain('sd.public.comment');

    // A replay creates nothing, links nothing and says nothing more.
    const before = sim.jira.requestLog.length;
    const again = await agent.handOver({});
    expect(again).toMatchObject({ ok: true, data: { handover: { devKey } } });
    const writes = sim.jira.requestLog
      .slice(before)
      .filter((r) => r.method !== 'GET' && !r.path.endsWith('/search/jql'));
    expect(writes).toEqual([]);
  });

  it('links an existing development issue instead of creating one', async () => {
    const { as, act, caseKey, issue, sim } = await site();
    const existing = await act.createIssue(DEMO_USERS.agents[1], {
      project: { key: 'DEV' },
      issuetype: { name: 'Bug' },
      summary: 'Known bug',
    });
    const issuesBefore = sim.jira.requestLog.filter(
      (r) => r.method === 'POST' && r.path === '/rest/api/3/issue',
    ).length;
    const result = await as(DEMO_USERS.agents[0]).handOver({ devKey: existing });
    expect(result).toMatchObject({ ok: true, data: { handover: { devKey: existing } } });
    const created = sim.jira.requestLog.filter(
      (r) => r.method === 'POST' && r.path === '/rest/api/3/issue',
    ).length;
    expect(created).toBe(issuesBefore);
    const links = (await issue(caseKey)).fields.issuelinks as { outwardIssue?: { key: string } }[];
    expect(links.map((l) => l.outwardIssue?.key)).toEqual([existing]);
  });

  it('refuses a development issue that does not exist, naming the field, and changes nothing', async () => {
    const { as, caseKey, issue, sim } = await site();
    const result = await as(DEMO_USERS.agents[0]).handOver({ devKey: 'DEV-999' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.devKey' }] },
    });
    expect(await handoverOf(sim.forge.sql.db, (await issue(caseKey)).id)).toBeNull();
  });

  it('refuses customers, and anyone without the issue', async () => {
    const { as, caseKey, issue, sim } = await site();
    const customer = await as('cust-mette-schultz').handOver({});
    expect(customer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const view = await as('cust-mette-schultz').view();
    expect(view).toMatchObject({ ok: true, data: { canHandOver: false, handover: null } });
    expect(await handoverOf(sim.forge.sql.db, (await issue(caseKey)).id)).toBeNull();
  });

  it('after a crash between the claim and Jira, adopts the issue by its label once the lease runs out', async () => {
    const { caseKey, issue, sim } = await site();
    const theCase = await issue(caseKey);
    const ctx = sim.forge.context();
    await claimHandover(sim.forge.sql.db, {
      caseId: theCase.id,
      caseKey,
      product: null,
      environment: null,
      handedOverAt: sim.now(),
      handedOverBy: DEMO_USERS.agents[0],
    });
    // The crashed run created the issue with the label, then stopped.
    const { key: orphan } = await (
      await import('../../src/jira/issueCreation')
    ).createIssue(ctx.jira, {
      projectKey: 'DEV',
      issueType: 'Bug',
      summary: 'Orphan',
      labels: [handoverLabel(theCase.id)],
    });
    const request = { caseKey, accountId: DEMO_USERS.agents[0] };
    expect(await handOverToDevelopment(ctx, request)).toEqual({ kind: 'inProgress' });
    await sim.advanceBy(HOUR);
    const outcome = await handOverToDevelopment(sim.forge.context(), request);
    expect(outcome).toMatchObject({
      kind: 'handedOver',
      created: false,
      handover: { devKey: orphan },
    });
  });
});

describe('the development issue mirrored on the case', () => {
  it('comments each status change once and fixed in the highest fix version once', async () => {
    const env = await site();
    const { as, caseKey, issue, sim, move, setFixVersions, appComments } = env;
    const result = await as(DEMO_USERS.agents[0]).handOver({});
    const devKey = (result as { data: { handover: { devKey: string } } }).data.handover.devKey;
    const caseId = (await issue(caseKey)).id;
    // What the `dev-loop-events` consumer gets (closing is helper C's part, tested there).
    const fixRecorded = jest
      .spyOn(closeFixedCases, 'onFixRecorded')
      .mockResolvedValue({ closed: 0, failed: 0 });

    await move(devKey, 'In Progress');
    await sim.advanceBy(10 * MINUTE);
    // An unrelated edit of the development issue: no new comment.
    await setFixVersions(devKey, ['5.9', '5.10', 'Next sprint']);
    expect(await appComments(caseKey)).toEqual([
      expect.stringContaining(`Handed over as ${devKey}.`),
      expect.stringContaining(`${devKey} is now In Progress.`),
    ]);
    // The same update delivered twice: still one comment.
    await (
      await import('../../src/triggers/issueEvents')
    ).onProductEvent(
      { eventType: 'avi:jira:updated:issue', issue: { id: 'x', key: devKey } },
      sim.forge.context(),
    );
    await sim.forge.settle();
    expect(await appComments(caseKey)).toHaveLength(2);

    await move(devKey, 'Resolved');
    const comments = await appComments(caseKey);
    expect(comments.slice(2)).toEqual([
      expect.stringContaining(`${devKey} is now Resolved.`),
      expect.stringContaining(`Fixed in 5.10 (${devKey}).`),
    ]);
    expect(await handoverOf(sim.forge.sql.db, caseId)).toMatchObject({
      devStatus: 'Resolved',
      fixedIn: '5.10',
    });
    // Helper C's consumer closes the case at once if an environment already runs 5.10.
    expect(fixRecorded.mock.calls.map(([, body]) => body)).toEqual([{ caseId }]);

    // Later updates and a replay change nothing.
    await setFixVersions(devKey, ['5.9']);
    await (
      await import('../../src/triggers/issueEvents')
    ).onProductEvent(
      { eventType: 'avi:jira:updated:issue', issue: { id: 'x', key: devKey } },
      sim.forge.context(),
    );
    await sim.forge.settle();
    expect(await appComments(caseKey)).toHaveLength(4);
    expect((await handoverOf(sim.forge.sql.db, caseId))?.fixedIn).toBe('5.10');
  });

  it('records fixed in V when V is released for a resolved development issue without one', async () => {
    const env = await site();
    const { act, as, caseKey, issue, sim, move, versions, setFixVersions, appComments } = env;
    // Development fixed it before the case was handed over to it: no update reaches the case.
    const devKey = await act.createIssue(DEMO_USERS.agents[1], {
      project: { key: 'DEV' },
      issuetype: { name: 'Bug' },
      summary: 'Known bug',
    });
    await setFixVersions(devKey, ['5.10']);
    await move(devKey, 'Resolved');
    await as(DEMO_USERS.agents[0]).handOver({ devKey });
    const caseId = (await issue(caseKey)).id;
    expect((await handoverOf(sim.forge.sql.db, caseId))?.fixedIn).toBeNull();

    await sim.call({
      method: 'PUT',
      path: `/rest/api/3/version/${versions.v510.id}`,
      accountId: DEMO_USERS.admin,
      body: { released: true },
    });
    await sim.forge.settle();
    expect((await handoverOf(sim.forge.sql.db, caseId))?.fixedIn).toBe('5.10');
    expect((await appComments(caseKey)).at(-1)).toContain(`Fixed in 5.10 (${devKey}).`);
  });
});

describe("the development issue's own goal (OLA)", () => {
  it('runs from the hand-over to the development resolution, on the case’s agreement', async () => {
    const env = await site();
    const { as, sim, move, property } = env;
    const withOla = JSON.parse(JSON.stringify(example)) as {
      actionModels: object[];
      goals: object[];
      agreements: { id: string; obligations: object[] }[];
    };
    withOla.actionModels.push({
      id: 'dev-handover',
      name: 'Development: from the hand-over to the resolution',
      start: [{ on: 'created' }],
      stop: [{ on: 'resolutionSet' }],
    });
    withOla.goals.push({
      id: 'dev-handover-answered',
      name: 'Development hand-over answered (OLA)',
      actionModel: 'dev-handover',
      calendar: 'dk-office',
      internal: true,
    });
    withOla.agreements
      .find((a) => a.id === 'schultz-prod-gold')!
      .obligations.push({
        goal: 'dev-handover-answered',
        issueTypes: ['Bug'],
        targets: { '1': 'P1D', '2': 'P1D', '3': 'P2D', '4': 'P5D', '5': 'P5D' },
      });
    const saved = await sim.forge.contracts.save(withOla, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    expect(saved).toMatchObject({ saved: true });

    const result = await as(DEMO_USERS.agents[0]).handOver({});
    const devKey = (result as { data: { handover: { devKey: string } } }).data.handover.devKey;
    await sim.forge.settle();
    expect((await property(devKey)).agreement).toBe('schultz-prod-gold');
    expect((await property(devKey)).goals).toEqual([
      expect.objectContaining({ goal: 'dev-handover-answered', state: 'running' }),
    ]);
    await sim.advanceBy(2 * HOUR);
    await move(devKey, 'Resolved');
    expect((await property(devKey)).goals).toEqual([
      expect.objectContaining({ goal: 'dev-handover-answered', state: 'met' }),
    ]);
  });
});
