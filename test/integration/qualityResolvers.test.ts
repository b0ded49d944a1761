/**
 * The quality resolvers through the simulator: the admin page's Quality settings (admins only,
 * validated against the contract and Jira's projects), and the work list's review queue and
 * follow-up record (admins and team leads; a follow-up is recorded by its lead or an admin).
 */
import { randomUUID } from 'node:crypto';
import { appResolvers } from '../../src/handlers';
import {
  DEFAULT_QUALITY_SETTINGS,
  type QualitySettings,
} from '../../src/domain/quality/qualitySettings';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { createFollowUp } from '../../src/services/quality/followUpIssue';
import { insertFeedback, type StoredFeedback } from '../../src/storage/quality/feedbackRecords';
import { followUpOf } from '../../src/storage/quality/followUpRecords';
import { auditTrail } from '../../src/storage/quality/qualityAudit';
import { loadSavedQualitySettings, saveQualitySettings } from '../../src/storage/qualitySettings';
import { demoSimulator, DEMO_USERS, HOUR } from '../support/simulator';

type Answer =
  | { ok: true; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any
  | {
      ok: false;
      error: { code: string; message: string; errors?: { path: string; message: string }[] };
    };

const SETTINGS: QualitySettings = {
  ...DEFAULT_QUALITY_SETTINGS,
  followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: 'dk-office' },
  leads: {
    byTeam: [],
    byComponent: [],
    byProject: [{ match: 'SUP', accountId: DEMO_USERS.lead }],
    fallback: null,
  },
  nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
};

/** Another team lead, who leads no follow-up here. */
const OTHER_LEAD = 'acc-lead-2';

describe('quality resolvers', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;

  beforeEach(async () => {
    demo = await demoSimulator();
    demo.sim.jira.addUser({
      accountId: OTHER_LEAD,
      displayName: 'Lise Lead',
      emailAddress: 'lise@nordicsupport.example',
      groups: ['support-team', 'team-leads'],
      timeZone: 'Europe/Copenhagen',
    });
  });

  const call = (
    module: 'adminResolver' | 'workListResolver',
    accountId: string,
    name: string,
    payload: unknown = {},
  ): Promise<Answer> => {
    const ctx: ResolverContext = {
      ...demo.sim.forge.context(),
      jiraAsUser: demo.sim.forge.jiraClient(accountId),
    };
    return appResolvers[module][name]!(payload, { accountId }, ctx) as Promise<Answer>;
  };
  const admin = (name: string, payload?: unknown, as: string = DEMO_USERS.admin) =>
    call('adminResolver', as, name, payload);
  const review = (name: string, payload?: unknown, as: string = DEMO_USERS.lead) =>
    call('workListResolver', as, name, payload);

  describe('settings', () => {
    it.each(['getQualitySettings', 'saveQualitySettings'])(
      'refuses %s to team leads and agents',
      async (name) => {
        for (const who of [DEMO_USERS.lead, DEMO_USERS.agents[0]]) {
          expect(await admin(name, { settings: SETTINGS, baseVersion: null }, who)).toMatchObject({
            ok: false,
            error: { code: 'forbidden' },
          });
        }
      },
    );

    it('loads the defaults with the contract calendars, and saves valid settings as version 1', async () => {
      const loaded = await admin('getQualitySettings');
      expect(loaded).toMatchObject({
        ok: true,
        data: { settings: DEFAULT_QUALITY_SETTINGS, version: null },
      });
      expect(loaded.ok && loaded.data.calendars.map((c: { id: string }) => c.id)).toContain(
        'dk-office',
      );
      expect(await admin('saveQualitySettings', { settings: SETTINGS, baseVersion: null })).toEqual(
        {
          ok: true,
          data: { settings: SETTINGS, version: 1 },
        },
      );
      expect((await loadSavedQualitySettings(demo.sim.forge.store))?.savedBy).toBe(
        DEMO_USERS.admin,
      );
      // From the old version again: another admin's save is not overwritten.
      expect(
        await admin('saveQualitySettings', { settings: SETTINGS, baseVersion: null }),
      ).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
    });

    it('names projects and issue types Jira does not have, and bad fields, saving nothing', async () => {
      const answer = await admin('saveQualitySettings', {
        settings: {
          ...SETTINGS,
          followUp: { ...SETTINGS.followUp, projectKey: 'NOPE' },
          nonConformity: { projectKey: 'QM', issueType: 'Epic' },
        },
        baseVersion: null,
      });
      expect(!answer.ok && answer.error.errors).toEqual([
        {
          path: '$.settings.followUp.projectKey',
          message: 'project NOPE does not exist, or the app cannot see it',
        },
        {
          path: '$.settings.nonConformity.issueType',
          message: 'QM has no issue type "Epic"; it has Non-conformity, Task',
        },
      ]);
      const invalid = await admin('saveQualitySettings', {
        settings: { ...SETTINGS, rules: { ...SETTINGS.rules, flagAtOrBelow: { csat: 9, nps: 6 } } },
        baseVersion: 'x',
      });
      expect(!invalid.ok && invalid.error.errors!.map((e) => e.path)).toEqual([
        '$.baseVersion',
        '$.settings.rules.flagAtOrBelow.csat',
      ]);
      expect(await loadSavedQualitySettings(demo.sim.forge.store)).toBeNull();
    });
  });

  describe('review queue', () => {
    let caseKey: string;

    beforeEach(async () => {
      caseKey = await demo.reportIncident();
      await saveQualitySettings(demo.sim.forge.store, SETTINGS, {
        savedBy: DEMO_USERS.admin,
        savedAt: new Date(demo.sim.now()).toISOString(),
        baseVersion: null,
      });
    });

    async function followUp(over: Partial<StoredFeedback> = {}): Promise<string> {
      const feedback: StoredFeedback = {
        id: randomUUID(),
        source: 'app',
        sourceId: randomUUID(),
        scale: 'nps',
        score: 3,
        reason: 'unresolved',
        comment: 'Still broken',
        issueKey: caseKey,
        customer: 'Schultz A/S',
        product: null,
        component: null,
        team: null,
        answeredAt: demo.sim.now(),
        receivedAt: demo.sim.now(),
        flagCauses: [{ kind: 'lowScore', score: 3, threshold: 6 }],
        rawPayload: '{}',
        ...over,
      };
      await insertFeedback(demo.sim.forge.sql.db, feedback);
      await createFollowUp(demo.sim.forge.context(), feedback.id);
      return feedback.id;
    }

    it('refuses agents, and a bad page request by its fields', async () => {
      expect(await review('listReviewQueue', {}, DEMO_USERS.agents[0])).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      const bad = await review('listReviewQueue', { limit: 500, after: 'x', sort: 'up' });
      expect(!bad.ok && bad.error.errors!.map((e) => e.path)).toEqual([
        '$.sort',
        '$.after',
        '$.limit',
      ]);
    });

    it('lists open follow-ups overdue first, in pages, with the score on its scale', async () => {
      const early = await followUp({ scale: 'csat', score: 1 });
      demo.sim.clock.moveTo(demo.sim.now() + 9 * HOUR);
      const late = await followUp();
      const first = await review('listReviewQueue', { limit: 1 });
      expect(first).toMatchObject({
        ok: true,
        data: {
          rows: [
            {
              feedbackId: early,
              caseKey,
              customer: 'Schultz A/S',
              score: '1/5 CSAT',
              reason: 'My problem was not solved',
              comment: 'Still broken',
              lead: DEMO_USERS.lead,
              leadName: 'Lars Lead',
              overdue: true,
              canRecord: true,
            },
          ],
        },
      });
      expect(first.ok && first.data.rows[0].due).toMatch(/^overdue by .* of business time$/);
      const second = await review('listReviewQueue', {
        limit: 1,
        after: first.ok && first.data.next,
      });
      expect(second).toMatchObject({
        ok: true,
        data: { rows: [{ feedbackId: late, score: '3/10 NPS', overdue: false }], next: null },
      });
      // Another lead sees the queue, but may not record this one.
      const other = await review('listReviewQueue', {}, OTHER_LEAD);
      expect(other.ok && other.data.rows.map((r: { canRecord: boolean }) => r.canRecord)).toEqual([
        false,
        false,
      ]);
    });

    it('records a follow-up once, by its lead: comment, done transition, audit', async () => {
      const id = await followUp();
      const record = {
        feedbackId: id,
        customerContacted: true,
        outcome: 'resolved',
        note: 'Called Mette.',
      };
      expect(await review('recordFollowUp', record, OTHER_LEAD)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await review('recordFollowUp', record, DEMO_USERS.agents[0])).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      const answer = await review('recordFollowUp', record);
      expect(answer).toMatchObject({ ok: true, data: { feedbackId: id, commented: true } });
      const { issueKey } = (await followUpOf(demo.sim.forge.sql.db, id))!;
      const issue = await demo.sim.call<{
        fields: { status: { statusCategory: { key: string } } };
      }>({
        method: 'GET',
        path: `/rest/api/3/issue/${issueKey}`,
        accountId: null,
      });
      expect(answer.ok && answer.data.transition).toBe('done');
      expect(issue.fields.status.statusCategory.key).toBe('done');
      expect((await demo.comments(issueKey)).map((c) => c.text).join()).toContain('Called Mette.');
      expect(await followUpOf(demo.sim.forge.sql.db, id)).toMatchObject({
        recordedBy: DEMO_USERS.lead,
        customerContacted: true,
        outcome: 'resolved',
        note: 'Called Mette.',
      });
      const trail = await auditTrail(demo.sim.forge.sql.db, { type: 'followUp', id });
      expect(trail.filter((a) => a.action === 'record').map((a) => [a.field, a.after])).toEqual([
        ['customerContacted', true],
        ['outcome', 'resolved'],
        ['note', 'Called Mette.'],
      ]);
      // An admin recording it again is refused: it is recorded.
      expect(await review('recordFollowUp', record, DEMO_USERS.admin)).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
      const queue = await review('listReviewQueue');
      expect(queue.ok && queue.data.rows).toEqual([]);
    });

    it('leaves the issue where it is when its workflow has no way to done, and says so', async () => {
      demo.sim.jira.addProject({
        key: 'QX',
        name: 'Quality, no workflow to done',
        issueTypes: ['Task'],
        workflow: {
          statuses: [
            { name: 'Open', category: 'new' },
            { name: 'Done', category: 'done' },
          ],
          transitions: [],
        },
        leadAccountId: DEMO_USERS.lead,
      });
      await saveQualitySettings(
        demo.sim.forge.store,
        { ...SETTINGS, followUp: { ...SETTINGS.followUp, projectKey: 'QX' } },
        {
          savedBy: DEMO_USERS.admin,
          savedAt: new Date(demo.sim.now()).toISOString(),
          baseVersion: 1,
        },
      );
      const id = await followUp();
      const answer = await review('recordFollowUp', {
        feedbackId: id,
        customerContacted: false,
        outcome: 'noResponse',
        note: '',
      });
      expect(answer).toMatchObject({
        ok: true,
        data: {
          issueKey: expect.stringMatching(/^QX-/),
          commented: true,
          transition: 'noDoneTransition',
        },
      });
    });

    it('refuses a bad record by its fields and changes nothing', async () => {
      const id = await followUp();
      const answer = await review('recordFollowUp', {
        feedbackId: id,
        customerContacted: 'yes',
        outcome: 'happy',
      });
      expect(!answer.ok && answer.error.errors!.map((e) => e.path)).toEqual([
        '$.customerContacted',
        '$.outcome',
      ]);
      expect((await followUpOf(demo.sim.forge.sql.db, id))!.recordedAt).toBeNull();
      expect(
        await review('recordFollowUp', {
          feedbackId: 'missing',
          customerContacted: false,
          outcome: 'noResponse',
        }),
      ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    });
  });
});
