import { randomUUID } from 'node:crypto';
import {
  DEFAULT_QUALITY_SETTINGS,
  type QualitySettings,
} from '../../src/domain/quality/qualitySettings';
import { createIssue } from '../../src/jira/issueCreation';
import { adfToText } from '../../src/jira/adf';
import { createFollowUp, followUpLabel } from '../../src/services/quality/followUpIssue';
import { insertFeedback, type StoredFeedback } from '../../src/storage/quality/feedbackRecords';
import {
  claimFollowUpAttempt,
  followUpAttempts,
  followUpOf,
} from '../../src/storage/quality/followUpRecords';
import { auditTrail } from '../../src/storage/quality/qualityAudit';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { onQualityEvent } from '../../src/triggers/qualityEvents';
import { sweepFollowUps } from '../../src/services/quality/overdueFollowUps';
import { DEMO_USERS, demoSimulator, HOUR, MINUTE } from '../support/simulator';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Friday 6 March 2026, 13:00 in Copenhagen: the dk-office calendar closes at 15:00 on Fridays. */
const FRIDAY_1300_CPH = Date.parse('2026-03-06T12:00:00Z');

const SETTINGS: QualitySettings = {
  ...DEFAULT_QUALITY_SETTINGS,
  followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT4H', calendar: 'dk-office' },
  leads: {
    byTeam: [{ match: 'First line', accountId: DEMO_USERS.lead }],
    byComponent: [],
    byProject: [],
    fallback: DEMO_USERS.admin,
  },
};

describe('the follow-up of flagged feedback', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;
  let caseKey: string;

  beforeEach(async () => {
    demo = await demoSimulator(FRIDAY_1300_CPH);
    caseKey = await demo.reportIncident();
    await saveQualitySettings(demo.sim.forge.store, SETTINGS, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(FRIDAY_1300_CPH).toISOString(),
      baseVersion: null,
    });
  });

  const ctx = () => demo.sim.forge.context();
  const db = () => demo.sim.forge.sql.db;

  async function flagged(over: Partial<StoredFeedback> = {}): Promise<StoredFeedback> {
    const feedback: StoredFeedback = {
      id: randomUUID(),
      source: 'survicate',
      sourceId: randomUUID(),
      scale: 'csat',
      score: 1,
      reason: 'slow',
      comment: 'Nobody called back',
      issueKey: caseKey,
      customer: 'Schultz A/S',
      product: 'ihlp',
      component: null,
      team: 'First line',
      answeredAt: demo.sim.now(),
      receivedAt: demo.sim.now(),
      flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
      rawPayload: '{}',
      ...over,
    };
    await insertFeedback(db(), feedback);
    return feedback;
  }

  const issue = (key: string) =>
    demo.sim.call<{
      fields: Body;
    }>({ method: 'GET', path: `/rest/api/3/issue/${key}`, accountId: null });

  const jiraWrites = (before: number) =>
    demo.sim.jira.requestLog
      .slice(before)
      .filter((r) => r.method !== 'GET' && !r.path.endsWith('/search/jql'))
      .map((r) => `${r.method} ${r.path.replace(/\/[A-Z]+-\d+/, '/{key}')}`);

  it('creates the issue through the queue: assigned to the lead, due in business time, linked', async () => {
    const feedback = await flagged();
    const before = demo.sim.jira.requestLog.length;
    await ctx().qualityEvents.push([{ feedbackId: feedback.id }]);
    await demo.sim.forge.settle();

    // The Jira requests one follow-up costs: create the issue, link it. No reads of the case.
    expect(jiraWrites(before)).toEqual(['POST /rest/api/3/issue', 'POST /rest/api/3/issueLink']);
    expect(demo.sim.jira.requestLog.length - before).toBe(2);
    const followUp = await followUpOf(db(), feedback.id);
    // 2 h of Friday (13:00–15:00), then 2 h of Monday from 08:00: Monday 10:00 in Copenhagen.
    const dueAt = Date.parse('2026-03-09T09:00:00Z');
    expect(followUp).toMatchObject({ lead: DEMO_USERS.lead, dueAt, recordedAt: null });
    const created = await issue(followUp!.issueKey);
    expect(created.fields.summary).toBe(`Follow up: CSAT 1/5 from Schultz A/S on ${caseKey}`);
    expect(created.fields.assignee.accountId).toBe(DEMO_USERS.lead);
    expect(created.fields.duedate).toBe('2026-03-09');
    expect(created.fields.labels).toEqual([followUpLabel(feedback.id)]);
    const description = adfToText(created.fields.description);
    expect(description).toContain('Score: 1/5 CSAT');
    expect(description).toContain('Reason: It took too long');
    expect(description).toContain('Comment: Nobody called back');
    expect(description).toContain(`Case: ${caseKey}`);
    const links = created.fields.issuelinks as {
      type: { name: string };
      outwardIssue?: { key: string };
    }[];
    expect(links.map((l) => [l.type.name, l.outwardIssue?.key])).toEqual([['Relates', caseKey]]);
    expect(await auditTrail(db(), { type: 'followUp', id: feedback.id })).toEqual([
      expect.objectContaining({
        action: 'create',
        actor: 'app',
        after: { issueKey: followUp!.issueKey, lead: DEMO_USERS.lead, dueAt, caseKey },
      }),
    ]);
  });

  it('never creates a second issue for a replayed or concurrent event', async () => {
    const feedback = await flagged();
    const event = { body: { feedbackId: feedback.id } };
    const before = demo.sim.jira.requestLog.length;
    await Promise.all([onQualityEvent(event, ctx()), onQualityEvent(event, ctx())]);
    await onQualityEvent(event, ctx());
    await ctx().qualityEvents.push([{ feedbackId: feedback.id }, { feedbackId: feedback.id }]);
    await demo.sim.forge.settle();
    const creates = demo.sim.jira.requestLog
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue' && r.status === 201);
    expect(creates).toHaveLength(1);
    expect(await followUpAttempts(db(), feedback.id)).toHaveLength(1);
    expect(await auditTrail(db(), { type: 'followUp', id: feedback.id })).toHaveLength(1);
  });

  it('finishes the link and the record on the replay after a run stopped after creating', async () => {
    const feedback = await flagged();
    // Jira refuses the link: the run ends after the issue was created and noted on its attempt.
    demo.sim.jira.failNext(1, 400, { pathPrefix: '/rest/api/3/issueLink' });
    await onQualityEvent({ body: { feedbackId: feedback.id } }, ctx());
    expect(await followUpOf(db(), feedback.id)).toBeUndefined();
    const [attempt] = await followUpAttempts(db(), feedback.id);
    expect(attempt!.issueKey).toMatch(/^QM-\d+$/);

    expect(await createFollowUp(ctx(), feedback.id)).toEqual({
      kind: 'created',
      issueKey: attempt!.issueKey,
    });
    expect((await issue(attempt!.issueKey!)).fields.issuelinks).toHaveLength(1);
  });

  it('leaves a claim alone within its lease, then finds its issue by label or creates it', async () => {
    const crashedAfterCreate = await flagged();
    const crashedBeforeCreate = await flagged({ sourceId: 'other' });
    const now = demo.sim.now();
    await claimFollowUpAttempt(db(), crashedAfterCreate.id, 1, now);
    await claimFollowUpAttempt(db(), crashedBeforeCreate.id, 1, now);
    // The first one's issue was created before its run stopped; Jira never answered it.
    const orphan = await createIssue(ctx().jira, {
      projectKey: 'QM',
      issueType: 'Task',
      summary: 'Follow up',
      labels: [followUpLabel(crashedAfterCreate.id)],
    });

    expect(await createFollowUp(ctx(), crashedAfterCreate.id)).toEqual({ kind: 'inProgress' });
    // The clock only: the sweep would take both up by itself (the last test below).
    demo.sim.clock.moveTo(now + 20 * MINUTE);

    expect(await createFollowUp(ctx(), crashedAfterCreate.id)).toEqual({
      kind: 'created',
      issueKey: orphan.key,
    });
    const second = await createFollowUp(ctx(), crashedBeforeCreate.id);
    expect(second).toEqual({ kind: 'created', issueKey: expect.stringMatching(/^QM-/) });
    expect((await followUpAttempts(db(), crashedBeforeCreate.id)).map((a) => a.attempt)).toEqual([
      1, 2,
    ]);
  });

  it('creates nothing until a follow-up project is set, nor for feedback that is not flagged', async () => {
    const calm = await flagged({ score: 5, flagCauses: [] });
    expect(await createFollowUp(ctx(), calm.id)).toEqual({ kind: 'skipped', why: 'notFlagged' });
    await saveQualitySettings(demo.sim.forge.store, DEFAULT_QUALITY_SETTINGS, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(demo.sim.now()).toISOString(),
      baseVersion: 1,
    });
    const feedback = await flagged();
    expect(await createFollowUp(ctx(), feedback.id)).toEqual({
      kind: 'skipped',
      why: 'notConfigured',
    });
    expect(await createFollowUp(ctx(), 'no-such-feedback')).toEqual({
      kind: 'skipped',
      why: 'unknownFeedback',
    });
  });

  describe('overdue', () => {
    /** Monday 9 March, 10:00 in Copenhagen: when a follow-up flagged Friday 13:00 falls due. */
    const DUE = Date.parse('2026-03-09T09:00:00Z');

    const commentsOn = async (key: string) =>
      (await demo.comments(key)).filter((c) => c.text.includes('has not been recorded'));

    it('is escalated once by the sweep: a comment and an e-mail to the lead and the owner', async () => {
      const feedback = await flagged();
      expect(await createFollowUp(ctx(), feedback.id)).toMatchObject({ kind: 'created' });
      const { issueKey } = (await followUpOf(db(), feedback.id))!;

      await demo.sim.advanceTo(DUE - MINUTE);
      expect(await commentsOn(issueKey)).toEqual([]);
      await demo.sim.advanceTo(DUE + 2 * HOUR);
      const comments = await commentsOn(issueKey);
      expect(comments).toHaveLength(1);
      // The sweep at 10:00 sharp finds it due, not past due; the next one, 5 minutes later, does.
      expect(comments[0]!.text).toMatch(/This follow-up is overdue by 5m of business time/);
      const sent = demo.sim.jira.notifications.filter((n) => n.issueKey === issueKey);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        to: { users: [{ accountId: DEMO_USERS.lead }, { accountId: DEMO_USERS.admin }] },
      });
      expect((await followUpOf(db(), feedback.id))!.escalatedAt).toBeGreaterThanOrEqual(DUE);
      const trail = await auditTrail(db(), { type: 'followUp', id: feedback.id });
      expect(trail.map((a) => a.action)).toEqual(['create', 'escalateOverdue']);
    });

    it('is escalated once when two sweeps run at once, and again by none', async () => {
      const feedback = await flagged();
      await createFollowUp(ctx(), feedback.id);
      demo.sim.clock.moveTo(DUE + HOUR);
      const [a, b] = await Promise.all([sweepFollowUps(ctx()), sweepFollowUps(ctx())]);
      expect(a.escalated + b.escalated).toBe(1);
      expect((await sweepFollowUps(ctx())).escalated).toBe(0);
      const { issueKey } = (await followUpOf(db(), feedback.id))!;
      expect(await commentsOn(issueKey)).toHaveLength(1);
    });

    it('gives the claim back when the comment fails, so the next sweep escalates', async () => {
      const feedback = await flagged();
      await createFollowUp(ctx(), feedback.id);
      demo.sim.clock.moveTo(DUE + HOUR);
      demo.sim.jira.failNext(1, 400, { pathPrefix: '/rest/api/3/issue/QM-' });
      expect((await sweepFollowUps(ctx())).escalated).toBe(0);
      expect((await followUpOf(db(), feedback.id))!.escalatedAt).toBeNull();
      expect((await sweepFollowUps(ctx())).escalated).toBe(1);
    });

    it('queues flagged feedback without a follow-up again once the lease has passed', async () => {
      const feedback = await flagged();
      await claimFollowUpAttempt(db(), feedback.id, 1, demo.sim.now());
      expect((await sweepFollowUps(ctx())).requeued).toBe(0);
      await demo.sim.advanceBy(30 * MINUTE);
      expect(await followUpOf(db(), feedback.id)).toMatchObject({ issueKey: expect.any(String) });
    });
  });
});
