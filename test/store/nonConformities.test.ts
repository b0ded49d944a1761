import { randomUUID } from 'node:crypto';
import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { appResolvers } from '../../src/handlers';
import { raiseNonConformity } from '../../src/services/quality/nonConformityRaise';
import { runRecurrenceJob } from '../../src/services/quality/recurrenceJob';
import { CLAIM_TAKEOVER_MS } from '../../src/services/quality/nonConformityRecovery';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { insertFeedback, type StoredFeedback } from '../../src/storage/quality/feedbackRecords';
import { claimNonConformity } from '../../src/storage/quality/nonConformities';
import { appendAudit, auditTrail } from '../../src/storage/quality/qualityAudit';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';
import { testDatabase } from '../support/testDatabase';

const DAY = 86_400_000;
const NOW = MONDAY_0800_CPH;

let n = 0;
const negative = (over: Partial<StoredFeedback> = {}): StoredFeedback => ({
  id: randomUUID(),
  source: 'app',
  sourceId: `form-${++n}`,
  scale: 'csat',
  score: 1,
  reason: null,
  comment: 'Nobody called back',
  issueKey: null,
  customer: 'schultz',
  product: null,
  component: null,
  team: null,
  answeredAt: NOW - DAY,
  receivedAt: NOW - DAY,
  flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
  rawPayload: '{}',
  ...over,
});

async function setUp(db: SqlDatabase) {
  const demo = await demoSimulator(NOW, { sql: db });
  await saveQualitySettings(
    demo.sim.forge.store,
    {
      ...DEFAULT_QUALITY_SETTINGS,
      nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
    },
    { savedBy: DEMO_USERS.admin, savedAt: new Date(NOW).toISOString(), baseVersion: null },
  );
  const ctx = () => demo.sim.forge.context();
  /** Three low ratings of Schultz A/S on three cases, answered 3, 2 and 1 days ago. */
  const threeLowRatings = async () => {
    const feedback: StoredFeedback[] = [];
    for (const daysAgo of [3, 2, 1]) {
      const key = await demo.reportIncident('High', `Case ${daysAgo}`);
      const f = negative({ issueKey: key, answeredAt: NOW - daysAgo * DAY });
      await insertFeedback(db, f);
      feedback.push(f);
    }
    return feedback;
  };
  const requests = (method: string, path: string) =>
    demo.sim.jira.requestLog.filter((r) => r.method === method && r.path === path).length;
  const ncRows = () => db.selectFrom('non_conformities').selectAll().execute();
  const issue = (key: string) =>
    demo.sim.call<{
      fields: {
        summary: string;
        issuetype: { name: string };
        issuelinks: { outwardIssue?: { key: string }; inwardIssue?: { key: string } }[];
        description: unknown;
      };
    }>({ method: 'GET', path: `/rest/api/3/issue/${key}`, accountId: null });
  return { ...demo, ctx, threeLowRatings, requests, ncRows, issue };
}

describe('recurrence → non-conformity', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('raises one non-conformity for the group, linked to every case, in 1 + 3 requests', async () => {
    const { ctx, threeLowRatings, requests, ncRows, issue } = await setUp(db);
    const feedback = await threeLowRatings();
    const creates = requests('POST', '/rest/api/3/issue');

    const report = await runRecurrenceJob(ctx());
    expect(report.raised).toHaveLength(1);
    const key = report.raised[0]!;
    expect(key).toMatch(/^QM-\d+$/);
    expect(requests('POST', '/rest/api/3/issue') - creates).toBe(1);
    // REST v3 has no bulk link: one request per case.
    expect(requests('POST', '/rest/api/3/issueLink')).toBe(3);

    const nc = await issue(key);
    expect(nc.fields.summary).toBe('Recurring negative feedback: customer schultz (3 in 30 days)');
    expect(nc.fields.issuetype.name).toBe('Non-conformity');
    const linked = nc.fields.issuelinks.map((l) => l.outwardIssue?.key ?? l.inwardIssue?.key);
    expect(linked.sort()).toEqual(feedback.map((f) => f.issueKey).sort());
    const description = JSON.stringify(nc.fields.description);
    for (const f of feedback) expect(description).toContain(`case ${f.issueKey}`);
    expect(description).toContain('CSAT 1/5');

    const rows = await ncRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ issue_key: key, open_group_key: 'customer:schultz' });
    const links = await db.selectFrom('non_conformity_links').selectAll().execute();
    expect(links.map((l) => l.feedback_id).sort()).toEqual(feedback.map((f) => f.id).sort());
    const trail = await auditTrail(db, { type: 'nonConformity', id: rows[0]!.nc_id });
    expect(trail.map((e) => e.action)).toEqual([
      'raise',
      'issueCreated',
      'linkFeedback',
      'linkFeedback',
      'linkFeedback',
    ]);
  });

  it('raises none a second time, and one only when two jobs run at once', async () => {
    const { ctx, threeLowRatings, requests, ncRows } = await setUp(db);
    await threeLowRatings();
    const both = await Promise.all([runRecurrenceJob(ctx()), runRecurrenceJob(ctx())]);
    expect(both.flatMap((r) => r.raised)).toHaveLength(1);
    expect(await ncRows()).toHaveLength(1);
    const links = requests('POST', '/rest/api/3/issueLink');

    const again = await runRecurrenceJob(ctx());
    expect(again).toMatchObject({ raised: [], linked: 0 });
    expect(await ncRows()).toHaveLength(1);
    expect(requests('POST', '/rest/api/3/issueLink')).toBe(links);
  });

  it('lets the database decide between two raises of one group at once', async () => {
    const { ctx, threeLowRatings, requests, ncRows } = await setUp(db);
    const feedback = await threeLowRatings();
    const creates = requests('POST', '/rest/api/3/issue');
    const request = {
      groupKey: 'customer:schultz',
      summary: 'Recurring',
      reason: 'Recurring',
      feedback,
      raisedBy: 'app',
      assignee: null,
    };
    const target = { projectKey: 'QM', issueType: 'Non-conformity' };
    const outcomes = await Promise.all([
      raiseNonConformity(ctx(), target, request),
      raiseNonConformity(ctx(), target, request),
    ]);
    expect(outcomes.map((o) => o.raised).sort()).toEqual([false, true]);
    expect(requests('POST', '/rest/api/3/issue') - creates).toBe(1);
    expect(await ncRows()).toHaveLength(1);
  });

  it('links later negative feedback of the group to its open non-conformity', async () => {
    const { ctx, threeLowRatings, reportIncident, issue, requests } = await setUp(db);
    await threeLowRatings();
    const [key] = (await runRecurrenceJob(ctx())).raised;
    const later = await reportIncident('High', 'Again');
    const f = negative({ issueKey: later, answeredAt: NOW });
    await insertFeedback(db, f);
    const links = requests('POST', '/rest/api/3/issueLink');

    const report = await runRecurrenceJob(ctx());
    expect(report).toMatchObject({ raised: [], linked: 1 });
    expect(requests('POST', '/rest/api/3/issueLink') - links).toBe(1);
    const linked = (await issue(key!)).fields.issuelinks.map(
      (l) => l.outwardIssue?.key ?? l.inwardIssue?.key,
    );
    expect(linked).toContain(later);
  });

  it('raises nothing while no non-conformity project is configured', async () => {
    const demo = await demoSimulator(NOW, { sql: db });
    await insertFeedback(db, negative());
    await insertFeedback(db, negative());
    await insertFeedback(db, negative());
    expect((await runRecurrenceJob(demo.sim.forge.context())).raised).toEqual([]);
    expect(await db.selectFrom('non_conformities').selectAll().execute()).toEqual([]);
  });

  it('gives up a claim Jira refuses, on the record, and raises once the settings are right', async () => {
    const { sim, ctx, threeLowRatings, ncRows } = await setUp(db);
    await threeLowRatings();
    const settings = (issueType: string, baseVersion: number) =>
      saveQualitySettings(
        sim.forge.store,
        { ...DEFAULT_QUALITY_SETTINGS, nonConformity: { projectKey: 'QM', issueType } },
        { savedBy: DEMO_USERS.admin, savedAt: new Date(NOW).toISOString(), baseVersion },
      );
    await settings('Bogus', 1);
    const refused = await runRecurrenceJob(ctx());
    expect(refused).toMatchObject({ raised: [], failed: ['customer:schultz'] });
    const [row] = await ncRows();
    expect(row).toMatchObject({ open_group_key: null });
    expect(Number(row!.closed_at)).toBe(NOW);
    const trail = await auditTrail(db, { type: 'nonConformity', id: row!.nc_id });
    expect(trail.map((e) => e.action)).toEqual(['raise', 'raiseRefused']);
    expect(String(trail[1]!.after)).toContain('issue type');

    await settings('Non-conformity', 2);
    expect((await runRecurrenceJob(ctx())).raised).toHaveLength(1);
    expect(await ncRows()).toHaveLength(2);
  });

  it('takes over a claim a crashed raise left, and creates its issue once', async () => {
    const { sim, ctx, ncRows, issue } = await setUp(db);
    const f = negative({ customer: 'fjord' });
    await insertFeedback(db, f);
    // A raise that stopped after its claim: the row holds the group, no issue exists.
    await claimNonConformity(db, {
      id: 'nc-crashed',
      groupKey: 'customer:fjord',
      raisedAt: NOW,
      raisedBy: 'app',
      reason: 'Recurring',
    });
    await appendAudit(db, { type: 'nonConformity', id: 'nc-crashed' }, 'app', NOW, [
      {
        action: 'raise',
        field: null,
        before: undefined,
        after: { summary: 'Recurring negative feedback: customer fjord', feedbackIds: [f.id] },
      },
    ]);
    // Too soon: the raise may still be running.
    expect((await runRecurrenceJob(ctx())).recovered).toBe(0);

    sim.clock.moveTo(NOW + CLAIM_TAKEOVER_MS + 1);
    expect((await runRecurrenceJob(ctx())).recovered).toBe(1);
    const [row] = await ncRows();
    expect(row!.issue_key).toMatch(/^QM-\d+$/);
    expect((await issue(row!.issue_key)).fields.summary).toBe(
      'Recurring negative feedback: customer fjord',
    );
    expect((await runRecurrenceJob(ctx())).recovered).toBe(0);
  });
});

describe('raising a non-conformity by hand', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  const raise = (sim: Awaited<ReturnType<typeof setUp>>['sim'], as: string, payload: unknown) =>
    appResolvers.workListResolver.raiseNonConformity!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    );

  it('raises one for a single feedback with the lead’s reason, outside any group', async () => {
    const { sim, reportIncident, ncRows, issue } = await setUp(db);
    const key = await reportIncident();
    const f = negative({ issueKey: key });
    await insertFeedback(db, f);
    const result = await raise(sim, DEMO_USERS.lead, {
      feedbackId: f.id,
      reason: 'The customer threatened to cancel',
    });
    expect(result).toEqual({ ok: true, data: { issueKey: expect.stringMatching(/^QM-\d+$/) } });
    const issueKey = (result as { data: { issueKey: string } }).data.issueKey;
    const [row] = await ncRows();
    expect(row).toMatchObject({
      issue_key: issueKey,
      group_key: null,
      open_group_key: null,
      raised_by: DEMO_USERS.lead,
      reason: 'The customer threatened to cancel',
    });
    const links = (await issue(issueKey)).fields.issuelinks;
    expect(links.map((l) => l.outwardIssue?.key ?? l.inwardIssue?.key)).toEqual([key]);
  });

  it('refuses agents, and bad payloads with every wrong field, changing nothing', async () => {
    const { sim, ncRows } = await setUp(db);
    const f = negative();
    await insertFeedback(db, f);
    expect(await raise(sim, DEMO_USERS.agents[0], { feedbackId: f.id, reason: 'x' })).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );
    expect(await raise(sim, DEMO_USERS.lead, { feedbackId: 7, reason: ' ', extra: 1 })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '3 problems in the request',
        errors: [
          { path: '$.extra', message: 'is not a field of the request' },
          { path: '$.feedbackId', message: 'must be the id of a feedback' },
          { path: '$.reason', message: 'is required: why this needs a non-conformity' },
        ],
      },
    });
    expect(await raise(sim, DEMO_USERS.lead, { feedbackId: 'nope', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await ncRows()).toEqual([]);
  });

  it('says so when Jira refuses the issue, holding nothing', async () => {
    const { sim, ncRows } = await setUp(db);
    await saveQualitySettings(
      sim.forge.store,
      { ...DEFAULT_QUALITY_SETTINGS, nonConformity: { projectKey: 'QM', issueType: 'Bogus' } },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(NOW).toISOString(), baseVersion: 1 },
    );
    const f = negative();
    await insertFeedback(db, f);
    const result = await raise(sim, DEMO_USERS.lead, { feedbackId: f.id, reason: 'Angry' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(JSON.stringify(result)).toContain('Jira refused the non-conformity issue');
    const [row] = await ncRows();
    expect(row!.closed_at).not.toBeNull();
  });
});
