/**
 * Jira Service Management CSAT through the simulator: JSM's feedback resource with its scope and
 * error shapes, the read when a request is resolved, and the bounded sweep of recently resolved
 * requests.
 */
import { SERVICE_DESK_ROUTES } from '../../src/jira/routes';
import { readJsmCsat } from '../../src/services/quality/jsmFeedback';
import { SERVICE_DESK_ROUTE_TABLE } from '../../src/simulator/jira/router';
import { manifestModules } from '../../src/simulator/manifestModules';
import { MANIFEST_FILE } from '../../src/simulator/simulator';
import { JSM_CSAT_SWEEP, sweepJsmFeedback } from '../../src/services/quality/jsmFeedbackSweep';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { feedbackFromSource } from '../../src/storage/quality/feedbackRecords';
import { demoSimulator, DEMO_USERS, HOUR, MONDAY_0800_CPH } from '../support/simulator';

const REPORTER = 'cust-mette-schultz';
const AGENT = DEMO_USERS.agents[0];

async function site() {
  const demo = await demoSimulator();
  const { sim, act } = demo;
  const feedbackPath = (key: string) => `/rest/servicedeskapi/request/${key}/feedback`;
  const rate = (key: string, rating: unknown, comment?: string, as: string = REPORTER) =>
    sim.request({
      method: 'POST',
      path: feedbackPath(key),
      body: { type: 'csat', rating, ...(comment && { comment: { body: comment } }) },
      accountId: as,
    });
  const resolve = (key: string) => act.transition(AGENT, key, 'Resolved');
  const stored = () => sim.forge.sql.db.selectFrom('feedback').selectAll().execute();
  return { ...demo, feedbackPath, rate, resolve, stored };
}

describe("JSM's feedback resource in the simulator", () => {
  it('answers the rating the reporter gave, 404 in JSM’s shape before that', async () => {
    const { sim, reportIncident, rate, feedbackPath } = await site();
    const key = await reportIncident();
    const before = await sim.request({ method: 'GET', path: feedbackPath(key), accountId: null });
    expect(before).toMatchObject({
      status: 404,
      body: {
        errorMessage: 'No feedback has been given on this request.',
        i18nErrorMessage: { i18nKey: 'sd.feedback.error.not.found', parameters: [] },
      },
    });
    expect((await rate(key, 2, 'Slow')).status).toBe(200);
    const after = await sim.request({ method: 'GET', path: feedbackPath(key), accountId: AGENT });
    expect(after).toMatchObject({
      status: 200,
      body: { type: 'csat', rating: 2, comment: { body: 'Slow' } },
    });
  });

  it('refuses feedback from anyone but the reporter, and a rating outside 1–5', async () => {
    const { reportIncident, rate } = await site();
    const key = await reportIncident();
    expect(await rate(key, 4, undefined, AGENT)).toMatchObject({
      status: 403,
      body: { errorMessage: 'Only the reporter of the request can give feedback on it.' },
    });
    for (const rating of [0, 6, 2.5, '3']) {
      expect(await rate(key, rating)).toMatchObject({
        status: 400,
        body: { errorMessage: 'rating must be an integer value between 1 and 5.' },
      });
    }
  });

  it('hides another customer’s request, in JSM’s error shape', async () => {
    const { sim, reportIncident, feedbackPath } = await site();
    const key = await reportIncident();
    const answer = await sim.request({
      method: 'GET',
      path: feedbackPath(key),
      accountId: 'cust-ingrid-bakke',
    });
    expect(answer).toMatchObject({ status: 404, body: { errorMessage: expect.any(String) } });
  });

  it('refuses the app without read:servicedesk-request, as Forge does', async () => {
    const { sim, reportIncident, feedbackPath } = await site();
    const key = await reportIncident();
    const answer = await sim.jira.handle({
      method: 'GET',
      path: feedbackPath(key),
      accountId: null,
      scopes: ['read:jira-work', 'write:jira-work', 'read:jira-user', 'storage:app'],
    });
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).toContain('read:servicedesk-request');
  });
});

describe('the JSM operations the app uses', () => {
  it.each(Object.entries(SERVICE_DESK_ROUTES))(
    '%s: served by the simulator under the scope the app names, which manifest.yml grants',
    (_name, { method, path, scope }) => {
      const route = SERVICE_DESK_ROUTE_TABLE.find((r) => r.method === method && r.path === path);
      expect(route?.scopes.classic).toEqual([scope]);
      expect(manifestModules(MANIFEST_FILE).scopes).toContain(scope);
    },
  );
});

describe('reading JSM CSAT as feedback', () => {
  it('reads a rating with the app’s client, and null when there is none', async () => {
    const { sim, reportIncident, rate } = await site();
    const key = await reportIncident();
    const jira = sim.forge.jiraClient(null);
    expect(await readJsmCsat(jira, key)).toBeNull();
    await rate(key, 5, 'Great');
    expect(await readJsmCsat(jira, key)).toEqual({
      rating: 5,
      comment: 'Great',
      raw: { type: 'csat', rating: 5, comment: { body: 'Great' } },
    });
  });

  it('records a rating already given when the request is resolved', async () => {
    const { sim, reportIncident, rate, resolve } = await site();
    const key = await reportIncident();
    await rate(key, 1, 'Never again');
    await resolve(key);
    expect(await feedbackFromSource(sim.forge.sql.db, 'jsm', key)).toMatchObject({
      scale: 'csat',
      score: 1,
      comment: 'Never again',
      issueKey: key,
      customer: 'schultz',
      flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
    });
  });

  it('picks up ratings given after the resolution in the hourly sweep, once', async () => {
    const { sim, reportIncident, rate, resolve, stored } = await site();
    const first = await reportIncident();
    const second = await reportIncident('Medium', 'Printing fails');
    await resolve(first);
    await resolve(second);
    expect(await stored()).toEqual([]);
    await rate(first, 4);
    await rate(second, 3, 'OK in the end');
    await sim.advanceBy(HOUR); // the hourly sweep runs
    expect((await stored()).map((r) => [r.source_id, r.score]).sort()).toEqual([
      [first, 4],
      [second, 3],
    ]);
    // Recorded requests cost no JSM read again.
    const ctx = sim.forge.context();
    expect(await sweepJsmFeedback(ctx)).toEqual({ read: 0, recorded: 0, failed: 0 });
    expect(await stored()).toHaveLength(2);
  });

  it('reads at most its bound a run, and the next run goes on where it stopped', async () => {
    const { sim, reportIncident, resolve, rate, stored } = await site();
    const keys: string[] = [];
    for (let i = 0; i < JSM_CSAT_SWEEP.maxReads + 3; i++) {
      const key = await reportIncident('Low', `Question ${i}`);
      await resolve(key);
      keys.push(key);
    }
    // Only the last three have a rating: the first run reads the 50 oldest, none rated.
    for (const key of keys.slice(-3)) await rate(key, 5);
    const ctx = sim.forge.context();
    expect(await sweepJsmFeedback(ctx)).toEqual({
      read: JSM_CSAT_SWEEP.maxReads,
      recorded: 0,
      failed: 0,
    });
    expect(await sweepJsmFeedback(ctx)).toEqual({ read: 3, recorded: 3, failed: 0 });
    expect(await stored()).toHaveLength(3);
  });
});

describe('the demo desk', () => {
  it('has resolved requests rated in JSM, which the app records', async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    await setUpDemoSite(sim);
    await playDemoStory(sim, MONDAY_0800_CPH + 6 * 24 * HOUR, 12);
    const jsm = await sim.forge.sql.db
      .selectFrom('feedback')
      .select(['source_id', 'score'])
      .where('source', '=', 'jsm')
      .execute();
    expect(jsm.length).toBeGreaterThanOrEqual(2);
    expect(jsm.every((r) => [1, 2, 5].includes(Number(r.score)))).toBe(true);
  });
});
