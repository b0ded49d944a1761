import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_RISK_SETTINGS } from '../../../../src/domain/risk/riskSettings';
import type {
  RiskRegisterView,
  RiskScoresView,
  RiskSettingsView,
} from '../../../../src/resolvers/riskViews';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { RiskTab } from './RiskTab';

const AREAS = DEFAULT_RISK_SETTINGS.areas;

const scores = (): RiskScoresView => ({
  from: '2026-10',
  to: '2026-11',
  currentMonth: '2026-12',
  canEdit: true,
  trend: {
    areas: AREAS.map((a) => ({
      id: a.id,
      name: a.name,
      weight: a.weight,
      owner: a.id === 'legal' ? 'acc-lead' : null,
      months: [
        { month: '2026-10', score: 80 },
        { month: '2026-11', score: a.id === 'legal' ? 60 : a.id === 'vendors' ? null : 80 },
      ],
    })),
    composite: [
      { month: '2026-10', score: 80 },
      { month: '2026-11', score: null },
    ],
  },
  sources: Object.fromEntries(
    AREAS.map((a) => [a.id, a.id === 'security' ? 'register' : 'entered']),
  ),
  missing: [
    { month: '2026-10', areas: [] },
    { month: '2026-11', areas: ['Vendor management'] },
  ],
  drops: [{ areaId: 'legal', month: '2026-11', from: 80, to: 60, issueKey: 'QM-7', refused: null }],
  revisions: [
    {
      areaId: 'legal',
      month: '2026-11',
      revision: 1,
      score: 60,
      source: 'entered',
      note: null,
      scoredBy: 'acc-agent',
      scoredAt: Date.parse('2026-11-30T10:00:00Z'),
    },
  ],
  names: { 'acc-lead': 'Lene Lead' },
});

const settings: RiskSettingsView = {
  settings: DEFAULT_RISK_SETTINGS,
  version: 3,
  savedBy: 'acc-admin',
  savedAt: '2026-11-30T10:00:00.000Z',
  names: { 'acc-admin': 'Ada Admin' },
};

const register: RiskRegisterView = {
  risks: [
    {
      id: 'r-1',
      title: 'Key supplier fails',
      description: '',
      area: 'vendors',
      owner: 'acc-lead',
      level: 'medium',
      mitigation: 'Second supplier',
      status: 'open',
      revision: 1,
      approvalRequired: 'board',
      approvedBy: 'acc-admin',
      approvedAt: Date.parse('2026-11-12T10:00:00Z'),
      approvalDue: false,
      history: [],
      approvals: [],
    },
    {
      id: 'r-2',
      title: 'Unpatched VPN',
      description: '',
      area: 'security',
      owner: null,
      level: 'very-high',
      mitigation: 'Patch weekly',
      status: 'open',
      revision: 2,
      approvalRequired: 'group-management',
      approvedBy: null,
      approvedAt: null,
      approvalDue: true,
      history: [],
      approvals: [],
    },
  ],
  // acc-admin has a name, acc-lead none (Jira did not return it): it shows as its id.
  names: { 'acc-admin': 'Ada Admin' },
};

beforeEach(() => {
  resetBridge();
  answerInvoke('getRiskScores', () => ({ ok: true, data: scores() }));
  answerInvoke('getRiskSettings', () => ({ ok: true, data: settings }));
  answerInvoke('getRiskRegister', () => ({ ok: true, data: register }));
});

const rows = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

describe('the Risk score tab', () => {
  it('charts and tabulates the scores, marks the drop and links its action plan', async () => {
    render(<RiskTab canEdit={false} />);
    expect(await screen.findByRole('img', { name: 'Risk score by month' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Risk scores by month' });
    expect(rows(table)[2]).toEqual([
      '2026-11',
      '60 ▼',
      '80',
      '80',
      '80',
      '–',
      '80',
      'incomplete',
      'Vendor management',
    ]);
    expect(screen.getByText('2026-11: Vendor management not scored')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'QM-7' });
    expect(link.closest('[role="alert"]')!.textContent).toContain(
      'Legal in 2026-11: 80 → 60 (owner Lene Lead).',
    );
    // Who scored: a name Jira did not return keeps its account id.
    const history = screen.getByRole('table', { name: 'Score history' });
    expect(rows(history)[1]).toContain('acc-agent');
    expect(screen.queryByRole('form', { name: 'Enter a score' })).toBeNull();
  });

  it('shows the register with levels and approvals; an admin records the approval due', async () => {
    answerInvoke('approveRisk', () => ({ ok: true, data: {} }));
    render(<RiskTab canEdit />);
    const table = await screen.findByRole('table', { name: 'Risk register' });
    const [, approved, awaiting] = rows(table);
    expect(approved!.slice(3, 4)).toEqual(['Medium']);
    expect(approved![6]).toContain('Approved by Ada Admin (the board)');
    expect(approved![2]).toBe('acc-lead');
    expect(awaiting![6]).toBe('Awaiting group management');
    fireEvent.click(
      within(table).getByRole('button', { name: 'Record approval by group management' }),
    );
    await waitFor(() =>
      expect(invocations.find((i) => i.functionKey === 'approveRisk')?.payload).toEqual({
        riskId: 'r-2',
        revision: 2,
        body: 'group-management',
      }),
    );
  });

  it('sums the weights as they are typed, with the save’s own message', async () => {
    render(<RiskTab canEdit />);
    const weight = await screen.findByLabelText('Weight of Legal');
    fireEvent.change(weight, { target: { value: '20' } });
    expect(screen.getByText('95 %')).toBeTruthy();
    expect(screen.getByText('the weights sum to 95 %; they must sum to 100 %')).toBeTruthy();
  });

  it('lets an admin enter a score for an entered area only, and shows a refusal with its field', async () => {
    answerInvoke('saveRiskScore', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.score', message: 'must be a whole number from 0 to 100' }],
      },
    }));
    render(<RiskTab canEdit />);
    const form = await screen.findByRole('form', { name: 'Enter a score' });
    const areas = within(form)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(areas).not.toContain('Security');
    fireEvent.change(within(form).getByLabelText('Score (0–100)'), { target: { value: '101' } });
    // Submitted past the browser's own check of the field's range: the app's refusal is shown.
    fireEvent.submit(form);
    expect(await within(form).findByText(/must be a whole number from 0 to 100/)).toBeTruthy();
    expect(invocations.find((i) => i.functionKey === 'saveRiskScore')!.payload).toEqual({
      areaId: 'legal',
      month: '2026-12',
      score: 101,
      note: '',
    });
  });

  it('asks for the months chosen, and lets an admin add and remove areas', async () => {
    render(<RiskTab canEdit />);
    await screen.findByRole('img', { name: 'Risk score by month' });
    expect(invocations.find((i) => i.functionKey === 'getRiskScores')!.payload).toEqual({});
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-10');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(invocations.filter((i) => i.functionKey === 'getRiskScores').at(-1)!.payload).toEqual({
        from: '2025-12',
        to: '2026-11',
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Remove Training & awareness' }));
    expect(screen.getByText('the weights sum to 95 %; they must sum to 100 %')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an area' }));
    fireEvent.change(screen.getByLabelText('Id of new area 6'), { target: { value: 'privacy' } });
    fireEvent.change(screen.getByLabelText('Name of new area 6'), { target: { value: 'Privacy' } });
    fireEvent.change(screen.getByLabelText('Weight of Privacy'), { target: { value: '5' } });
    expect(screen.getByText('100 %')).toBeTruthy();
    answerInvoke('saveRiskSettings', () => ({ ok: true, data: {} }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => {
      const saved = invocations.find((i) => i.functionKey === 'saveRiskSettings')!.payload as {
        settings: { areas: { id: string; weight: number }[] };
        baseVersion: number;
      };
      expect(saved.baseVersion).toBe(3);
      expect(saved.settings.areas.map((a) => `${a.id} ${a.weight}`)).toEqual([
        'legal 25',
        'security 25',
        'sustainability 15',
        'vendors 5',
        'financial 25',
        'privacy 5',
      ]);
    });
  });
});
