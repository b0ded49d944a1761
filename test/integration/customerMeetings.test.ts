import { randomUUID } from 'node:crypto';
import { appResolvers } from '../../src/handlers';
import type { MeetingView } from '../../src/resolvers/relationshipViews';
import type { ResolverResult } from '../../src/resolvers/views';
import { meetingActionLabel } from '../../src/services/relationships/meetingActions';
import { insertMeeting } from '../../src/storage/relationships/customerMeetings';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

const { admin, lead, agents } = DEMO_USERS;
const MINUTE = 60_000;

const MEETING = {
  heldOn: '2026-03-02',
  attendees: ['Mette Schultz', 'Lead'],
  minutes: 'Quarterly review.\nInvoices went astray twice; the mobile app release slipped.',
  actions: [
    { kind: 'new', summary: 'Fix the invoice address', owner: lead, dueDate: '2026-03-16' },
    {
      kind: 'new',
      summary: 'Send the mobile release plan',
      owner: agents[0],
      dueDate: '2026-03-09',
    },
  ],
};

async function setUp() {
  const demo = await demoSimulator(MONDAY_0800_CPH);
  const { sim } = demo;
  const call = async <T>(fn: string, payload: unknown, as: string = admin) =>
    (await appResolvers.workListResolver[fn]!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    )) as ResolverResult<T>;
  const ok = async <T>(fn: string, payload: unknown, as: string = admin): Promise<T> => {
    const result = await call<T>(fn, payload, as);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  await ok('saveRelationshipSettings', {
    settings: {
      complaintIssueTypes: ['Complaint'],
      meetingActions: { projectKey: 'QM', issueType: 'Task' },
    },
    baseVersion: null,
  });
  const issue = (key: string) =>
    sim.call<{
      fields: {
        summary: string;
        assignee: { accountId: string } | null;
        duedate: string | null;
        labels: string[];
        description: unknown;
        issuelinks: { outwardIssue?: { key: string }; inwardIssue?: { key: string } }[];
      };
    }>({ method: 'GET', path: `/rest/api/3/issue/${key}`, accountId: null });
  const issueCount = async () =>
    (
      await sim.call<{ issues: unknown[] }>({
        method: 'POST',
        path: '/rest/api/3/search/jql',
        accountId: null,
        body: { jql: 'project = QM', maxResults: 100 },
      })
    ).issues.length;
  return { ...demo, call, ok, issue, issueCount };
}

describe('customer meetings', () => {
  it('records a meeting and creates each agreed action once, assigned, due, linked, pointing back', async () => {
    const { act, ok, issue, issueCount } = await setUp();
    const existing = await act.createIssue(agents[1], {
      issuetype: { name: 'Incident' },
      summary: 'Invoices to the wrong address',
      customfield_10050: { value: 'Schultz A/S' },
      customfield_10051: { value: 'Production' },
      customfield_10052: { value: 'ihlp' },
    });
    const meetings = await ok<MeetingView[]>('recordCustomerMeeting', {
      customerId: 'schultz',
      meeting: {
        ...MEETING,
        actions: [...MEETING.actions, { kind: 'existing', issueKey: existing }],
      },
    });
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(
      meeting!.actions.map((a) => [a.summary, a.createdByApp, a.status?.status, a.status?.done]),
    ).toEqual([
      ['Fix the invoice address', true, 'Open', false],
      ['Send the mobile release plan', true, 'Open', false],
      [null, false, 'Open', false],
    ]);
    const [first, second] = meeting!.actions.map((a) => a.issueKey!);
    expect(meeting!.actions[2]!.issueKey).toBe(existing);
    const created = await issue(first!);
    expect(created.fields).toMatchObject({
      summary: 'Fix the invoice address',
      assignee: { accountId: lead },
      duedate: '2026-03-16',
      labels: [meetingActionLabel(meeting!.meetingId, 0)],
    });
    expect(JSON.stringify(created.fields.description)).toContain(
      `Agreed at the customer meeting with Schultz A/S on 2026-03-02`,
    );
    const links = (await issue(second!)).fields.issuelinks.map(
      (l) => l.outwardIssue?.key ?? l.inwardIssue?.key,
    );
    expect(links).toEqual([first]);
    expect(await issueCount()).toBe(2);

    // A retry finds nothing to do: no issue is created twice.
    await ok('retryCustomerMeetingActions', { customerId: 'schultz' });
    expect(await issueCount()).toBe(2);
  });

  it('takes over an interrupted creation after the lease: adopts an issue found by its label, creates a missing one', async () => {
    const { sim, ok, issueCount } = await setUp();
    const meetingId = randomUUID();
    // A run recorded the claims and stopped: it created the first issue, without recording it.
    await insertMeeting(
      sim.forge.sql.db,
      {
        meetingId,
        customerId: 'schultz',
        heldOn: '2026-03-02',
        attendees: ['Mette Schultz'],
        minutes: 'Review',
        recordedAt: sim.now(),
        recordedBy: admin,
      },
      MEETING.actions.map((a) => ({ ...a, kind: 'new' as const })),
    );
    const orphan = await sim.call<{ key: string }>({
      method: 'POST',
      path: '/rest/api/3/issue',
      accountId: null,
      body: {
        fields: {
          project: { key: 'QM' },
          issuetype: { name: 'Task' },
          summary: 'Fix the invoice address',
          labels: [meetingActionLabel(meetingId, 0)],
        },
      },
    });
    // Within the lease: another run may still be creating; nothing happens.
    await ok('retryCustomerMeetingActions', { customerId: 'schultz' });
    expect(await issueCount()).toBe(1);
    sim.clock.moveTo(sim.now() + 6 * MINUTE);
    const [meeting] = await ok<MeetingView[]>('retryCustomerMeetingActions', {
      customerId: 'schultz',
    });
    expect(meeting!.actions[0]!.issueKey).toBe(orphan.key);
    expect(meeting!.actions[1]!.issueKey).toEqual(expect.any(String));
    expect(await issueCount()).toBe(2);
  });

  it('keeps a correction as the next revision, the record it corrects kept, and refuses a stale one', async () => {
    const { sim, ok, call } = await setUp();
    const [meeting] = await ok<MeetingView[]>('recordCustomerMeeting', {
      customerId: 'schultz',
      meeting: { ...MEETING, actions: [] },
    });
    const correction = {
      heldOn: '2026-03-03',
      attendees: ['Mette Schultz', 'Lead', 'Jonas Holm'],
      minutes: 'Quarterly review (Jonas joined late).',
    };
    const [corrected] = await ok<MeetingView[]>('correctCustomerMeeting', {
      meetingId: meeting!.meetingId,
      baseRevision: 1,
      meeting: correction,
    });
    expect(corrected).toMatchObject({ revision: 2, ...correction, meetingId: meeting!.meetingId });
    const stale = await call('correctCustomerMeeting', {
      meetingId: meeting!.meetingId,
      baseRevision: 1,
      meeting: correction,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const bad = await call('correctCustomerMeeting', {
      meetingId: meeting!.meetingId,
      baseRevision: 2,
      meeting: { ...correction, minutes: '', actions: [] },
    });
    expect(
      (bad as unknown as { error: { errors: { path: string }[] } }).error.errors.map((e) => e.path),
    ).toEqual(['$.meeting.actions', '$.meeting.minutes']);
    const rows = await sim.forge.sql.db
      .selectFrom('customer_meetings')
      .select(['revision', 'minutes'])
      .orderBy('revision')
      .execute();
    expect(rows.map((r) => [Number(r.revision), r.minutes])).toEqual([
      [1, MEETING.minutes],
      [2, correction.minutes],
    ]);
  });

  it('refuses bad meetings with every path, and unknown issues, recording nothing', async () => {
    const { sim, call } = await setUp();
    const bad = await call('recordCustomerMeeting', {
      customerId: 'schultz',
      meeting: {
        heldOn: '2026-02-30',
        attendees: [],
        minutes: '',
        actions: [{ kind: 'new', summary: '', owner: 'x y', dueDate: 'soon' }, { kind: 'maybe' }],
      },
    });
    expect(bad.ok).toBe(false);
    expect(
      (bad as unknown as { error: { errors: { path: string }[] } }).error.errors.map((e) => e.path),
    ).toEqual([
      '$.meeting.heldOn',
      '$.meeting.attendees',
      '$.meeting.minutes',
      '$.meeting.actions[0].summary',
      '$.meeting.actions[0].owner',
      '$.meeting.actions[0].dueDate',
      '$.meeting.actions[1].kind',
    ]);
    const unknown = await call('recordCustomerMeeting', {
      customerId: 'schultz',
      meeting: { ...MEETING, actions: [{ kind: 'existing', issueKey: 'SUP-999' }] },
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.meeting.actions[0].issueKey' }] },
    });
    const nobody = await call('recordCustomerMeeting', {
      customerId: 'schultz',
      meeting: {
        ...MEETING,
        actions: [
          { ...MEETING.actions[0], owner: 'acc-nobody' },
          { ...MEETING.actions[1], owner: 'cust-mette-schultz' },
        ],
      },
    });
    expect(
      (nobody as unknown as { error: { errors: { path: string }[] } }).error.errors.map(
        (e) => e.path,
      ),
    ).toEqual(['$.meeting.actions[0].owner', '$.meeting.actions[1].owner']);
    const staff = await call(
      'recordCustomerMeeting',
      { customerId: 'schultz', meeting: MEETING },
      agents[0],
    );
    expect(staff).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const portal = await call(
      'retryCustomerMeetingActions',
      { customerId: 'schultz' },
      'cust-mette-schultz',
    );
    expect(portal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sim.forge.sql.db.selectFrom('customer_meetings').selectAll().execute()).toEqual(
      [],
    );
    expect(await sim.forge.sql.db.selectFrom('meeting_actions').selectAll().execute()).toEqual([]);
  });
});
