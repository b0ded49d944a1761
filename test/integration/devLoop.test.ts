/**
 * The development loop in the simulator, end to end: an agent hands a case over to development,
 * development resolves its issue with fix version 5.10, and the deployment pipeline reports the
 * customer's environment through the web trigger: an older version changes nothing; 5.10.2
 * closes the case once (one "ready to test" comment, the transition to Resolved with the
 * resolution) and sends the customer one release-notes message, however often it is reported.
 * When Jira refuses the transition, the five-minute sweep retries it after its backoff.
 */
import { DEFAULT_DEV_LOOP_SETTINGS } from '../../src/domain/devloop/devLoopSettings';
import { appResolvers } from '../../src/handlers';
import type { ResolverResult } from '../../src/resolvers/views';
import { webTriggerCall, webTriggerPath } from '../../src/simulator/webTriggers';
import { CLOSINGS_PER_RUN } from '../../src/services/devloop/closeFixedCases';
import { closuresOfCase } from '../../src/storage/devloop/caseClosures';
import { recordEnvironmentVersion } from '../../src/storage/devloop/environmentVersions';
import { saveDevLoopSettings } from '../../src/storage/devloop/devLoopSettings';
import { setEnvironmentSecret } from '../../src/storage/devloop/environmentVersionsSecrets';
import { demoSimulator, DEMO_USERS, MINUTE, MONDAY_0800_CPH } from '../support/simulator';

const SECRET = 'pipeline-secret-schultz-prod';
const METTE = 'cust-mette-schultz';
const { admin, agents, secondLine } = DEMO_USERS;
const READY = 'is now installed in Production';

async function setUp() {
  const demo = await demoSimulator(MONDAY_0800_CPH);
  const { sim } = demo;
  const at = () => new Date(sim.now()).toISOString();
  sim.jira.addProject({
    key: 'DEV',
    name: 'Development',
    issueTypes: ['Bug'],
    workflow: {
      statuses: [
        { name: 'To Do', category: 'new' },
        { name: 'In Progress', category: 'indeterminate' },
        { name: 'Done', category: 'done' },
      ],
      transitions: [
        { id: '11', name: 'Start', from: ['To Do'], to: 'In Progress' },
        { id: '31', name: 'Done', from: ['To Do', 'In Progress'], to: 'Done' },
      ],
    },
    leadAccountId: secondLine,
  });
  sim.jira.addVersion({ projectKey: 'DEV', name: '5.10' });
  await saveDevLoopSettings(
    sim.forge.store,
    { ...DEFAULT_DEV_LOOP_SETTINGS, devProjectKey: 'DEV' },
    { savedBy: admin, savedAt: at(), baseVersion: null },
  );
  // Mette is Schultz A/S's contact with her Atlassian account: release notes reach her.
  const latest = (await sim.forge.contracts.latest())!;
  const contract = structuredClone(latest.contract) as unknown as {
    customers: { id: string; contacts?: { name: string; accountId?: string }[] }[];
  };
  const schultz = contract.customers.find((c) => c.id === 'schultz')!;
  schultz.contacts = schultz.contacts!.map((c) =>
    c.name === 'Mette Schultz' ? { ...c, accountId: METTE } : c,
  );
  const saved = await sim.forge.contracts.save(contract, { savedBy: admin, savedAt: at() });
  expect(saved.saved).toBe(true);
  await setEnvironmentSecret(sim.forge.store, sim.forge.store, 'schultz-prod', SECRET, {
    accountId: admin,
    at: at(),
  });
  await sim.forge.settle();

  /** An agent hands the case over from the issue panel; the development issue's key. */
  const handOver = async (caseKey: string): Promise<string> => {
    const result = (await appResolvers.issuePanelResolver.handOverToDevelopment!(
      { issueKey: caseKey },
      { accountId: agents[0] },
      sim.forge.resolverContext(agents[0]),
    )) as ResolverResult<{ handover: { devKey: string | null } | null }>;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await sim.forge.settle();
    return result.data.handover!.devKey!;
  };

  /** Development resolves its issue with fix version 5.10, as Jira's UI does: edit, then move. */
  const resolveWithFix = async (devKey: string, version = '5.10') => {
    await sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${devKey}`,
      accountId: secondLine,
      body: { fields: { fixVersions: [{ name: version }] } },
    });
    await demo.act.transition(secondLine, devKey, 'Done');
    await sim.forge.settle();
  };

  let run = 0;
  /** The pipeline reports what schultz-prod runs now. */
  const report = async (version: string) => {
    const body = JSON.stringify({
      environment: 'schultz-prod',
      version,
      requestId: `run-${++run}`,
    });
    const answer = await sim.forge.webTrigger(
      'environment-version',
      webTriggerCall(
        'POST',
        new URL(`http://localhost${webTriggerPath('environment-version')}`),
        { Authorization: `Bearer ${SECRET}` },
        body,
      ),
    );
    expect(answer?.statusCode).toBe(202);
    await sim.forge.settle();
  };

  const issue = async (key: string) =>
    await sim.call<{
      id: string;
      fields: { status: { name: string }; resolution: { name: string } | null };
    }>({ method: 'GET', path: `/rest/api/3/issue/${key}`, accountId: null });
  const readyComments = async (key: string) =>
    (await demo.comments(key)).filter((c) => c.text.includes(READY));
  const releaseNotes = () =>
    sim.jira.notifications.filter((n) => n.subject?.startsWith('Version '));

  return { ...demo, handOver, resolveWithFix, report, issue, readyComments, releaseNotes };
}

describe('the development loop in the simulator', () => {
  it('hand-over → fixed in 5.10 → an older version changes nothing → 5.10.2 closes the case once', async () => {
    const {
      sim,
      reportIncident,
      handOver,
      resolveWithFix,
      report,
      issue,
      readyComments,
      releaseNotes,
    } = await setUp();
    const caseKey = await reportIncident('High', 'Export to Excel fails');
    const devKey = await handOver(caseKey);
    expect(devKey).toMatch(/^DEV-\d+$/);
    await resolveWithFix(devKey);
    const { id: caseId } = await issue(caseKey);

    // The environment still runs its contract's 5.2.1, then the pipeline reports 5.9.3.
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([]);
    await report('5.9.3');
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([]);
    expect(await readyComments(caseKey)).toEqual([]);
    expect((await issue(caseKey)).fields.status.name).toBe('Open');
    expect(releaseNotes()).toEqual([]);

    // 5.10.2 has the fix: one public comment, the case resolved with Done, the notes sent.
    await report('5.10.2');
    const ready = await readyComments(caseKey);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.text).toContain('Version 5.10.2 with the fix for your request');
    const closed = await issue(caseKey);
    expect(closed.fields.status.name).toBe('Resolved');
    expect(closed.fields.resolution?.name).toBe('Done');
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([
      expect.objectContaining({ status: 'closed', fixedIn: '5.10', attempts: 1 }),
    ]);
    expect(releaseNotes()).toEqual([
      expect.objectContaining({
        issueKey: caseKey,
        subject: 'Version 5.10.2 is installed in Production',
        textBody: expect.stringContaining(`${caseKey}: Export to Excel fails`),
      }),
    ]);
    expect(JSON.stringify(releaseNotes()[0])).toContain(METTE);

    // Reported again (another pipeline run), and the sweeps of the next half hour: nothing more.
    await report('5.10.2');
    await sim.advanceBy(30 * MINUTE);
    await sim.forge.settle();
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect(releaseNotes()).toHaveLength(1);
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([
      expect.objectContaining({ status: 'closed', attempts: 1 }),
    ]);
  });

  it('a refused transition is retried by the sweep once Jira takes it, commenting once', async () => {
    const { sim, reportIncident, handOver, resolveWithFix, report, issue, readyComments } =
      await setUp();
    const caseKey = await reportIncident('High', 'Invoice totals are rounded wrong');
    await resolveWithFix(await handOver(caseKey));
    const { id: caseId } = await issue(caseKey);

    // Jira refuses the case's transitions (a workflow condition, say) while 5.11 goes in.
    sim.jira.failNext(1_000_000, 400, { pathPrefix: `/rest/api/3/issue/${caseKey}/transitions` });
    await report('5.11');
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect((await issue(caseKey)).fields.status.name).toBe('Open');
    const [failed] = await closuresOfCase(sim.forge.sql.db, caseId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, commentId: expect.any(String) });
    expect(failed!.lastError).toMatch(/400/);

    // The sweep keeps trying on its backoff (15, then 30 minutes) while Jira refuses.
    await sim.advanceBy(16 * MINUTE);
    await sim.forge.settle();
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 2 }),
    ]);

    // Jira takes it again: the next due sweep closes the case, without a second comment.
    sim.jira.recover();
    await sim.advanceBy(31 * MINUTE);
    await sim.forge.settle();
    const closed = await issue(caseKey);
    expect(closed.fields.status.name).toBe('Resolved');
    expect(closed.fields.resolution?.name).toBe('Done');
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([
      expect.objectContaining({ status: 'closed', attempts: 3, lastError: null }),
    ]);
  });

  it('after an attempt cut off between comment and record, the retry finds the comment and posts none', async () => {
    const { sim, reportIncident, handOver, resolveWithFix, report, issue, readyComments } =
      await setUp();
    const caseKey = await reportIncident('High', 'Search is slow');
    await resolveWithFix(await handOver(caseKey));
    const { id: caseId } = await issue(caseKey);
    sim.jira.failNext(1_000_000, 400, { pathPrefix: `/rest/api/3/issue/${caseKey}/transitions` });
    await report('5.10');
    // As if the invocation ended after Jira took the comment and before its id was recorded.
    await sim.forge.sql.db
      .updateTable('case_closures')
      .set({ comment_id: null, status: 'pending' })
      .where('case_id', '=', caseId)
      .execute();
    sim.jira.recover();
    await sim.advanceBy(16 * MINUTE);
    await sim.forge.settle();
    expect((await issue(caseKey)).fields.status.name).toBe('Resolved');
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect(await closuresOfCase(sim.forge.sql.db, caseId)).toEqual([
      expect.objectContaining({ status: 'closed', attempts: 2, commentId: expect.any(String) }),
    ]);
  });

  it('a report whose queue event was lost is taken up by the sweep: closed and notified once', async () => {
    const { sim, reportIncident, handOver, resolveWithFix, issue, readyComments, releaseNotes } =
      await setUp();
    const caseKey = await reportIncident('High', 'PDF export is blank');
    await resolveWithFix(await handOver(caseKey));
    // Recorded as the web trigger records it, but the push to `dev-loop-events` never happened.
    await recordEnvironmentVersion(sim.forge.sql.db, {
      environment: 'schultz-prod',
      product: 'ihlp',
      version: '5.10.1',
      source: 'pipeline',
      reportedBy: 'deploy-prod',
      reportedAt: sim.now(),
      requestId: 'lost-push',
    });
    await sim.forge.settle();
    expect(await readyComments(caseKey)).toEqual([]);
    await sim.advanceBy(10 * MINUTE);
    await sim.forge.settle();
    expect((await issue(caseKey)).fields.status.name).toBe('Resolved');
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect(releaseNotes()).toEqual([
      expect.objectContaining({ subject: 'Version 5.10.1 is installed in Production' }),
    ]);
    await sim.advanceBy(30 * MINUTE);
    await sim.forge.settle();
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect(releaseNotes()).toHaveLength(1);
  });

  it('a fix recorded when the environment already runs it closes the case at once, without release notes', async () => {
    const { reportIncident, handOver, resolveWithFix, report, issue, readyComments, releaseNotes } =
      await setUp();
    const caseKey = await reportIncident('High', 'Reminder e-mails go out twice');
    const devKey = await handOver(caseKey);
    await report('5.12');
    expect(releaseNotes()).toEqual([]); // nothing of theirs was fixed yet
    await resolveWithFix(devKey);
    expect((await issue(caseKey)).fields.status.name).toBe('Resolved');
    expect(await readyComments(caseKey)).toHaveLength(1);
    expect((await readyComments(caseKey))[0]!.text).toContain('Version 5.12 with the fix');
    expect(releaseNotes()).toEqual([]);
  });

  it('closes more cases than one event may, through the queue, and lists them all in one message', async () => {
    const { sim, reportIncident, handOver, resolveWithFix, report, issue, releaseNotes } =
      await setUp();
    const count = CLOSINGS_PER_RUN + 2;
    const first = await reportIncident('High', 'Case 1');
    const devKey = await handOver(first);
    const keys = [first];
    for (let n = 2; n <= count; n++) {
      const key = await reportIncident('High', `Case ${n}`);
      const result = (await appResolvers.issuePanelResolver.handOverToDevelopment!(
        { issueKey: key, devKey },
        { accountId: agents[0] },
        sim.forge.resolverContext(agents[0]),
      )) as ResolverResult<unknown>;
      expect(result.ok).toBe(true);
      keys.push(key);
    }
    await sim.forge.settle();
    await resolveWithFix(devKey);
    await report('5.10');
    for (const key of keys) expect((await issue(key)).fields.status.name).toBe('Resolved');
    const notes = releaseNotes();
    expect(notes).toHaveLength(1);
    for (const key of keys) expect(notes[0]!.textBody).toContain(`${key}: Case `);
  });

  it('says nothing on a case an agent resolved before the fix arrived, and never asks again', async () => {
    const { sim, act, reportIncident, handOver, resolveWithFix, report, issue, readyComments } =
      await setUp();
    const caseKey = await reportIncident('High', 'Workaround found');
    await resolveWithFix(await handOver(caseKey));
    await act.transition(agents[0], caseKey, 'Resolved');
    await act.transition(agents[0], caseKey, 'Closed');
    await sim.forge.settle();
    await report('5.10');
    await sim.advanceBy(30 * MINUTE);
    await sim.forge.settle();
    expect(await readyComments(caseKey)).toEqual([]);
    expect((await issue(caseKey)).fields.status.name).toBe('Closed');
    expect(await closuresOfCase(sim.forge.sql.db, (await issue(caseKey)).id)).toEqual([
      expect.objectContaining({ status: 'closed', attempts: 1, commentId: null }),
    ]);
  });

  it('a recorded fix whose event was lost is found by the sweep once the environment has it', async () => {
    const { sim, reportIncident, handOver, report, issue, readyComments } = await setUp();
    const caseKey = await reportIncident('High', 'Calendar shows UTC');
    const devKey = await handOver(caseKey);
    await report('5.10.3');
    const { id: caseId } = await issue(caseKey);
    // "Fixed in 5.10" recorded, its `{ caseId }` never queued.
    await sim.forge.sql.db
      .updateTable('dev_handovers')
      .set({ fixed_in: '5.10', fixed_at: sim.now() })
      .where('case_id', '=', caseId)
      .execute();
    expect(devKey).toMatch(/^DEV-/);
    await sim.advanceBy(5 * MINUTE);
    await sim.forge.settle();
    expect((await issue(caseKey)).fields.status.name).toBe('Resolved');
    expect(await readyComments(caseKey)).toHaveLength(1);
  });
});
