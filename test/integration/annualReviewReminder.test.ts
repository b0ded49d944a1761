/**
 * The annual management review's reminder through the simulator: the schedule saved by an
 * administrator on the Quality page, then the daily management job asks the quality owner for
 * the review with one issue in the schedule's month (across runs and a crashed attempt), and
 * never issues a pack itself.
 */
import { appResolvers } from '../../src/handlers';
import { adfToText } from '../../src/jira/adf';
import { createIssue } from '../../src/jira/issueCreation';
import type { ResolverResult } from '../../src/resolvers/views';
import {
  REMINDER_CLAIM_LEASE_MS,
  remindAnnualReview,
  reviewReminderLabel,
} from '../../src/services/review/annualReviewReminder';
import { claimReviewReminder, reviewReminder } from '../../src/storage/review/reviewReminders';
import { listReviewPacks } from '../../src/storage/review/reviewPacks';
import { saveReviewSchedule } from '../../src/storage/review/reviewScheduleSettings';
import { onManagementSchedule } from '../../src/triggers/managementSchedule';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const { admin, lead, agents } = DEMO_USERS;
/** Tuesday 10 February 2026, noon in Copenhagen. */
const FEBRUARY = Date.parse('2026-02-10T11:00:00Z');
const SCHEDULE = {
  month: 2,
  timeZone: 'Europe/Copenhagen',
  projectKey: 'QM',
  issueType: 'Task',
  owner: lead,
};
const PERIOD = { from: '2025-02', to: '2026-01' };

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function setUp(start = FEBRUARY) {
  const { sim } = await demoSimulator(start);
  const call = async <T>(fn: string, payload: unknown, as: string = admin) =>
    (await appResolvers.workListResolver[fn]!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    )) as ResolverResult<T>;
  const reminders = async () => {
    const { issues } = await sim.call<{ issues: Body[] }>({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      accountId: null,
      body: {
        jql: `labels = "${reviewReminderLabel(PERIOD)}"`,
        fields: ['summary', 'assignee', 'duedate', 'description'],
      },
    });
    return issues;
  };
  return { sim, call, reminders };
}

describe('the annual management review reminder', () => {
  it('is saved by administrators only, with Jira checking the project and issue type', async () => {
    const { call } = await setUp();
    expect(
      await call(
        'saveManagementReviewSchedule',
        { settings: SCHEDULE, baseVersion: null },
        agents[0],
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await call('saveManagementReviewSchedule', {
        settings: { ...SCHEDULE, projectKey: 'NOPE' },
        baseVersion: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.settings.projectKey' }] },
    });
    expect(await call('getManagementReviewSchedule', {}, agents[0])).toMatchObject({
      ok: true,
      data: { version: null, settings: { month: null } },
    });
    expect(
      await call('saveManagementReviewSchedule', { settings: SCHEDULE, baseVersion: null }),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await call('getManagementReviewSchedule', {}, agents[0])).toMatchObject({
      ok: true,
      data: { version: 1, savedBy: admin, settings: SCHEDULE },
    });
    // A save from the version before is stale.
    expect(
      await call('saveManagementReviewSchedule', { settings: SCHEDULE, baseVersion: null }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('getManagementReviewSchedule', {}, 'cust-mette-schultz')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('asks the quality owner once in the month, and never issues the review', async () => {
    const { sim, call, reminders } = await setUp();
    await call('saveManagementReviewSchedule', { settings: SCHEDULE, baseVersion: null });
    await onManagementSchedule(sim.forge.context());
    await onManagementSchedule(sim.forge.context());
    sim.clock.moveTo(FEBRUARY + 86_400_000);
    await onManagementSchedule(sim.forge.context());
    const issues = await reminders();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.fields).toMatchObject({
      summary: 'Management review of 2025-02 to 2026-01',
      assignee: { accountId: lead },
      duedate: '2026-02-28',
    });
    expect(adfToText(issues[0]!.fields.description)).toContain('it does not issue the review');
    expect((await reviewReminder(sim.forge.sql.db, '2025-02..2026-01'))?.issueKey).toBe(
      issues[0]!.key,
    );
    expect(await listReviewPacks(sim.forge.sql.db)).toEqual([]);
  });

  it('asks nothing outside its month, nor once the period’s pack is issued', async () => {
    const { sim, call, reminders } = await setUp(Date.parse('2026-03-10T11:00:00Z'));
    await call('saveManagementReviewSchedule', { settings: SCHEDULE, baseVersion: null });
    expect(await remindAnnualReview(sim.forge.context())).toEqual({ kind: 'notDue' });
    sim.clock.moveTo(Date.parse('2027-02-02T11:00:00Z'));
    await call('issueManagementReview', { from: '2026-02', to: '2027-01' });
    expect(await remindAnnualReview(sim.forge.context())).toEqual({ kind: 'issued' });
    expect(await reminders()).toEqual([]);
  });

  it('adopts the issue of a crashed attempt instead of creating a second', async () => {
    const { sim, call, reminders } = await setUp();
    await call('saveManagementReviewSchedule', { settings: SCHEDULE, baseVersion: null });
    const ctx = sim.forge.context();
    // An attempt that claimed and created its issue, then stopped before recording it.
    await claimReviewReminder(ctx.sql, '2025-02..2026-01', sim.now());
    const { key } = await createIssue(ctx.jira, {
      projectKey: 'QM',
      issueType: 'Task',
      summary: 'Management review of 2025-02 to 2026-01',
      labels: [reviewReminderLabel(PERIOD)],
    });
    expect(await remindAnnualReview(ctx)).toEqual({ kind: 'inProgress' });
    sim.clock.moveTo(sim.now() + REMINDER_CLAIM_LEASE_MS + 1);
    expect(await remindAnnualReview(sim.forge.context())).toEqual({
      kind: 'adopted',
      issueKey: key,
    });
    expect(await remindAnnualReview(sim.forge.context())).toEqual({
      kind: 'exists',
      issueKey: key,
    });
    expect(await reminders()).toHaveLength(1);
  });

  it('notes Jira’s refusal and tries again the next run, once the settings are right', async () => {
    const { sim, reminders } = await setUp();
    const save = (projectKey: string, baseVersion: number | null) =>
      saveReviewSchedule(
        sim.forge.store,
        { ...SCHEDULE, projectKey },
        {
          savedBy: admin,
          savedAt: new Date(sim.now()).toISOString(),
          baseVersion,
        },
      );
    // A project removed after the schedule was saved.
    await save('GONE', null);
    expect(await remindAnnualReview(sim.forge.context())).toMatchObject({ kind: 'refused' });
    expect((await reviewReminder(sim.forge.sql.db, '2025-02..2026-01'))?.refused).toBeTruthy();
    await save('QM', 1);
    expect(await remindAnnualReview(sim.forge.context())).toMatchObject({ kind: 'created' });
    expect(await reminders()).toHaveLength(1);
  });
});
