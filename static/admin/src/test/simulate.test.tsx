import { fireEvent, screen, within } from '@testing-library/react';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, contract, lastCall, renderAdmin } from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function openSimulate() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Simulate' }));
}

describe('simulate', () => {
  it('runs the unsaved draft with the chosen inputs and shows the deadlines', async () => {
    answerInvoke('simulate', () => ({
      ok: true,
      data: {
        goals: [
          {
            goal: 'reaction',
            name: 'Reaction time',
            targetMs: 900_000,
            calendar: 'dk-extended',
            deadline: '2026-03-02T08:15:00Z',
            state: 'running',
          },
          {
            goal: 'resolution',
            name: 'Resolution time',
            targetMs: 240 * 3_600_000, // P10D
            calendar: 'dk-office',
            deadline: '2026-03-03T08:00:00Z',
            state: 'running',
          },
        ],
      },
    }));
    await renderAdmin();
    // An unsaved edit: the simulation must see it.
    fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
    fireEvent.change(screen.getByLabelText('Monday range 1 end'), { target: { value: '17:00' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Simulate' }));

    fireEvent.change(screen.getByLabelText('Agreement'), {
      target: { value: 'schultz-prod-gold' },
    });
    const issueTypes = within(screen.getByLabelText('Issue type'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(issueTypes).toEqual(['Incident', 'Problem', 'Service request']);
    fireEvent.change(screen.getByLabelText('Issue type'), { target: { value: 'Incident' } });
    const priorities = within(screen.getByLabelText('Priority'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(priorities).toEqual([
      'Priority 1',
      'Priority 2',
      'Priority 3',
      'Priority 4',
      'Priority 5',
    ]);
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Created'), { target: { value: '2026-03-02T09:00' } });

    fireEvent.click(screen.getByRole('button', { name: 'Add pause' }));
    const statuses = within(screen.getByLabelText('Pause 1 status'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(statuses).toEqual(['Waiting for customer', 'Waiting for vendor', 'Resolved', 'Closed']);
    fireEvent.change(screen.getByLabelText('Pause 1 status'), {
      target: { value: 'Waiting for vendor' },
    });
    fireEvent.change(screen.getByLabelText('Pause 1 from'), {
      target: { value: '2026-03-02T10:00' },
    });
    fireEvent.change(screen.getByLabelText('Pause 1 to'), {
      target: { value: '2026-03-02T11:30' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    const table = await screen.findByRole('table');
    const payload = lastCall('simulate') as Record<string, unknown> & {
      contract: typeof contract;
    };
    expect(payload.agreement).toBe('schultz-prod-gold');
    expect(payload.issueType).toBe('Incident');
    expect(payload.priority).toBe('2');
    expect(payload.created).toBe(new Date('2026-03-02T09:00').toISOString());
    expect(payload.pauses).toEqual([
      {
        status: 'Waiting for vendor',
        from: new Date('2026-03-02T10:00').toISOString(),
        to: new Date('2026-03-02T11:30').toISOString(),
      },
    ]);
    expect(payload.contract.calendars[0]!.week).toMatchObject({ mon: [['08:00', '17:00']] });

    expect(within(table).getByText(`Deadlines in ${zone}`)).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Reaction time');
    expect(first[0]).toBe('15m');
    expect(first[1]).toBe('Extended support hours (Copenhagen)');
    const expected = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date('2026-03-02T08:15:00Z'));
    expect(first[3]).toBe(expected);
    // Business time in hours: "10d" would read as ten working days.
    expect(within(rows[1]!).getAllByRole('cell')[0]!.textContent).toBe('240h');
    expect(
      within(table).getByRole('columnheader', { name: 'Target (business time)' }),
    ).toBeTruthy();
  });

  it('shows the resolver’s errors at the simulation fields', async () => {
    answerInvoke('simulate', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'invalid',
        errors: [{ path: '$.created', message: 'must be a date and time' }],
      },
    }));
    await openSimulate();
    fireEvent.change(screen.getByLabelText('Created'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    await screen.findByText('must be a date and time');
    expect(screen.getByLabelText('Created').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends draft errors to the draft’s own error summary', async () => {
    answerInvoke('simulate', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'invalid',
        errors: [{ path: '$.contract.goals[0].calendar', message: 'unknown calendar "x"' }],
      },
    }));
    await openSimulate();
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    await screen.findByRole('heading', { name: 'The draft has errors' });
    expect(screen.getByRole('heading', { name: '1 error in the draft' })).toBeTruthy();
  });
});
