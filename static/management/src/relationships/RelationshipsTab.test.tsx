import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RegisterEntry } from '../../../../src/domain/relationships/registerEntry';
import type {
  CustomerRelationshipView,
  RelationshipMeasuresView,
  RelationshipRegisterView,
  RelationshipSettingsView,
} from '../../../../src/resolvers/relationshipViews';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { RelationshipsTab } from './RelationshipsTab';

const entry = (id: string, name: string, change: Partial<RegisterEntry> = {}): RegisterEntry => ({
  customerId: id,
  name,
  relationship: {
    customerRole: { name: `${name} boss`, email: 'boss@x.example', accountId: null },
    orderers: [{ name: 'Jonas', email: 'jonas@x.example', accountId: null, ourContact: null }],
    accountManager: 'acc-manager',
  },
  revision: 2,
  savedBy: 'acc-admin',
  savedAt: Date.parse('2026-11-02T10:00:00Z'),
  contacts: [{ name: 'Mette Schultz', role: 'customer', email: 'mette@x.example' }],
  agreements: [
    {
      id: `${id}-sla`,
      name: `${name} SLA`,
      product: 'ihlp',
      environments: ['Production'],
      validFrom: '2026-01-01',
      validTo: null,
      inForce: true,
    },
  ],
  withoutAccountManager: false,
  withoutWrittenAgreement: false,
  ...change,
});

const register: RelationshipRegisterView = {
  entries: [
    entry('fjellheim', 'Fjellheim Drift AS', {
      withoutAccountManager: true,
      relationship: { customerRole: null, orderers: [], accountManager: null },
    }),
    entry('schultz', 'Schultz A/S'),
    entry('nordlys', 'Nordlys', { withoutWrittenAgreement: true, agreements: [] }),
  ],
  names: { 'acc-manager': 'Maja Manager' },
};

const measures: RelationshipMeasuresView = {
  from: '2026-10',
  to: '2026-11',
  timeZone: 'Europe/Copenhagen',
  months: [
    {
      month: '2026-10',
      customers: 0,
      customersWithNamedContact: null,
      orderersWithNamedContact: null,
      customersWithWrittenAgreement: null,
      surveyAnswers: 0,
      csat: null,
      complaints: 0,
    },
    {
      month: '2026-11',
      customers: 3,
      customersWithNamedContact: 2 / 3,
      orderersWithNamedContact: 0.5,
      customersWithWrittenAgreement: 2 / 3,
      surveyAnswers: 4,
      csat: 0.75,
      complaints: 2,
    },
  ],
};

const settings: RelationshipSettingsView = {
  settings: {
    complaintIssueTypes: ['Complaint'],
    meetingActions: { projectKey: 'QM', issueType: 'Task' },
  },
  version: 1,
  savedBy: 'acc-admin',
  savedAt: '2026-11-01T10:00:00.000Z',
  names: { 'acc-admin': 'Astrid Admin' },
};

const detail = (e: RegisterEntry): CustomerRelationshipView => ({
  entry: e,
  revisions: [
    {
      revision: 2,
      savedBy: 'acc-admin',
      savedAt: '2026-11-02T10:00:00.000Z',
      relationship: e.relationship,
    },
  ],
  meetings: [
    {
      meetingId: 'm-1',
      revision: 1,
      heldOn: '2026-11-04',
      attendees: ['Mette Schultz', 'Lead'],
      minutes: 'Quarterly review',
      recordedBy: 'acc-admin',
      recordedAt: '2026-11-04T12:00:00.000Z',
      actions: [
        {
          position: 0,
          summary: 'Fix the invoice address',
          owner: 'acc-lead',
          dueDate: '2026-11-18',
          issueKey: 'QM-3',
          createdByApp: true,
          status: { status: 'Resolved', done: true, assignee: 'acc-lead', dueDate: '2026-11-18' },
        },
        {
          position: 1,
          summary: null,
          owner: null,
          dueDate: null,
          issueKey: 'SUP-4',
          createdByApp: false,
          status: null,
        },
      ],
    },
  ],
  complaints: [
    {
      feedbackId: 'f-1',
      issueKey: 'SUP-9',
      summary: 'Invoices lost',
      receivedAt: '2026-11-03T08:00:00.000Z',
    },
  ],
  // acc-admin has no name (Jira did not return it): it shows as its id.
  names: { 'acc-manager': 'Maja Manager', 'acc-lead': 'Lars Lead' },
});

beforeEach(() => {
  resetBridge();
  answerInvoke('getRelationshipRegister', () => ({ ok: true, data: register }));
  answerInvoke('getRelationshipMeasures', () => ({ ok: true, data: measures }));
  answerInvoke('getRelationshipSettings', () => ({ ok: true, data: settings }));
  answerInvoke('getCustomerRelationship', (p) => ({
    ok: true,
    data: detail(register.entries.find((e) => e.customerId === p.customerId)!),
  }));
});

const rows = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

describe('the Relationships tab', () => {
  it('lists the register with its warnings, and filters to the customers needing attention', async () => {
    render(<RelationshipsTab canEdit={false} />);
    const table = await screen.findByRole('table', { name: 'Relationship register' });
    expect(
      rows(table)
        .slice(1)
        .map((r) => [r[0], r[5]]),
    ).toEqual([
      ['Fjellheim Drift AS', 'No account manager'],
      ['Schultz A/S', 'Complete'],
      ['Nordlys', 'No written agreement'],
    ]);
    // The account manager by display name.
    expect(rows(table)[2]![3]).toBe('Maja Manager');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'noAgreement' } });
    expect(
      rows(screen.getByRole('table', { name: 'Relationship register' }))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Nordlys']);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'attention' } });
    expect(rows(screen.getByRole('table', { name: 'Relationship register' })).length).toBe(3);
  });

  it('charts and tabulates the measures month by month', async () => {
    render(<RelationshipsTab canEdit={false} />);
    expect(await screen.findByRole('img', { name: 'Relationship measures by month' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Relationship measures by month' });
    expect(rows(table)[2]).toEqual(['2026-11', '3', '66.7 %', '50 %', '66.7 %', '4', '75 %', '2']);
    expect(rows(table)[1]).toEqual(['2026-10', '0', '–', '–', '–', '0', '–', '0']);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
  });

  it('opens a customer: roles, orderers without a contact, agreements and complaints; no form for readers', async () => {
    render(<RelationshipsTab canEdit={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schultz A/S' }));
    const section = await screen.findByRole('region', { name: 'Customer Schultz A/S' });
    expect(within(section).getByText('Schultz A/S boss <boss@x.example>')).toBeTruthy();
    expect(within(section).getByText('Maja Manager')).toBeTruthy();
    expect(within(section).getByText(/^Revision 2 by acc-admin at/)).toBeTruthy();
    expect(within(section).getByText('None named')).toBeTruthy();
    expect(rows(within(section).getByRole('table', { name: 'Agreements' }))[1]![0]).toBe(
      'Schultz A/S SLA',
    );
    expect(within(section).getByRole('link', { name: 'SUP-9' })).toBeTruthy();
    expect(within(section).queryByRole('form')).toBeNull();
    expect(screen.getByLabelText('Complaint issue types (one a line)')).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('lets an admin save a relationship from the revision loaded, and shows the refusal', async () => {
    answerInvoke('saveCustomerRelationship', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [
          { path: '$.relationship.orderers[0].email', message: 'must be an e-mail address' },
        ],
      },
    }));
    render(<RelationshipsTab canEdit />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schultz A/S' }));
    const form = await screen.findByRole('form', { name: 'Edit Schultz A/S' });
    fireEvent.change(within(form).getByLabelText('Account manager (account id)'), {
      target: { value: 'acc-new' },
    });
    fireEvent.change(within(form).getByLabelText('Orderer 1 contact on our side (account id)'), {
      target: { value: 'acc-agent-1' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save relationship' }));
    await screen.findByText('$.relationship.orderers[0].email');
    const save = invocations.find((i) => i.functionKey === 'saveCustomerRelationship')!;
    expect(save.payload).toEqual({
      customerId: 'schultz',
      baseRevision: 2,
      relationship: {
        customerRole: { name: 'Schultz A/S boss', email: 'boss@x.example', accountId: null },
        orderers: [
          { name: 'Jonas', email: 'jonas@x.example', accountId: null, ourContact: 'acc-agent-1' },
        ],
        accountManager: 'acc-new',
      },
    });
  });

  it('shows a customer’s meetings with each action’s live status', async () => {
    render(<RelationshipsTab canEdit={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schultz A/S' }));
    const table = await screen.findByRole('table', {
      name: 'Actions of the meeting on 2026-11-04',
    });
    expect(rows(table).slice(1)).toEqual([
      ['Fix the invoice address', 'QM-3', 'Lars Lead', '2026-11-18', 'Resolved'],
      ['Existing issue', 'SUP-4', '–', '–', 'Unknown'],
    ]);
    expect(screen.queryByRole('form', { name: 'Record a meeting' })).toBeNull();
  });

  it('lets an admin record a meeting with a new and an existing action', async () => {
    answerInvoke('recordCustomerMeeting', () => ({ ok: true, data: [] }));
    render(<RelationshipsTab canEdit />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schultz A/S' }));
    const form = await screen.findByRole('form', { name: 'Record a meeting' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Meeting date', '2026-11-20');
    type('Attendees (one a line)', 'Mette Schultz\n Lead \n');
    type('Minutes', 'Review of the quarter');
    fireEvent.click(within(form).getByRole('button', { name: 'Add action' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add action' }));
    type('Action 1 summary', 'Send the plan');
    type('Action 1 owner (account id)', 'acc-lead');
    type('Action 1 due date', '2026-11-30');
    type('Action 2', 'existing');
    type('Action 2 issue key', 'SUP-4');
    fireEvent.click(within(form).getByRole('button', { name: 'Record meeting' }));
    await waitFor(() =>
      expect(invocations.find((i) => i.functionKey === 'recordCustomerMeeting')?.payload).toEqual({
        customerId: 'schultz',
        meeting: {
          heldOn: '2026-11-20',
          attendees: ['Mette Schultz', 'Lead'],
          minutes: 'Review of the quarter',
          actions: [
            { kind: 'new', summary: 'Send the plan', owner: 'acc-lead', dueDate: '2026-11-30' },
            { kind: 'existing', issueKey: 'SUP-4' },
          ],
        },
      }),
    );
  });

  it('lets an admin correct a meeting as its next revision', async () => {
    answerInvoke('correctCustomerMeeting', () => ({ ok: true, data: [] }));
    render(<RelationshipsTab canEdit />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schultz A/S' }));
    const form = await screen.findByRole('form', { name: 'Correct the meeting on 2026-11-04' });
    fireEvent.change(within(form).getByLabelText('Corrected minutes'), {
      target: { value: 'Quarterly review, corrected' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() =>
      expect(invocations.find((i) => i.functionKey === 'correctCustomerMeeting')?.payload).toEqual({
        meetingId: 'm-1',
        baseRevision: 1,
        meeting: {
          heldOn: '2026-11-04',
          attendees: ['Mette Schultz', 'Lead'],
          minutes: 'Quarterly review, corrected',
        },
      }),
    );
  });

  it('lets an admin save the complaint issue types as the next version', async () => {
    answerInvoke('saveRelationshipSettings', () => ({
      ok: true,
      data: { ...settings, version: 2 },
    }));
    render(<RelationshipsTab canEdit />);
    const types = await screen.findByLabelText('Complaint issue types (one a line)');
    fireEvent.change(types, { target: { value: 'Complaint\n Escalation \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(
        invocations.find((i) => i.functionKey === 'saveRelationshipSettings')?.payload,
      ).toEqual({
        settings: {
          complaintIssueTypes: ['Complaint', 'Escalation'],
          meetingActions: { projectKey: 'QM', issueType: 'Task' },
        },
        baseVersion: 1,
      }),
    );
  });
});
