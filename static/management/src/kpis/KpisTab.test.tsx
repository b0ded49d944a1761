import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { KpiValueEntry } from '../../../../src/domain/kpi/kpiValueEntry';
import type { KpiTrendsView, KpiView } from '../../../../src/resolvers/kpiViews';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { KpisTab } from './KpisTab';

const month = (
  m: string,
  value: number | null,
  meetsTarget: boolean | null,
  extra: Partial<KpiView['months'][number]> = {},
) => ({ month: m, value, meetsTarget, worsening: false, action: null, ...extra });

const churn: KpiView = {
  id: 'churn',
  name: 'Customer churn',
  unit: '%',
  direction: 'lower',
  target: 5,
  owner: 'acc-lead',
  source: 'manual:churn',
  manual: true,
  months: [
    month('2026-09', 3, true),
    month('2026-10', 7, false, {
      action: { status: 'created', issueKey: 'QM-12', error: null },
    }),
    month('2026-11', null, null),
  ],
};
const enps: KpiView = {
  ...churn,
  id: 'enps',
  name: 'Employee NPS',
  unit: 'points',
  direction: 'higher',
  target: 20,
  source: 'manual:enps',
  months: [
    month('2026-09', 27, true),
    month('2026-10', 24, true),
    month('2026-11', 21, true, { worsening: true }),
  ],
};
const sla: KpiView = {
  ...churn,
  id: 'sla-compliance',
  name: 'SLA compliance',
  direction: 'higher',
  target: 95,
  source: 'sla-compliance',
  manual: false,
  months: [month('2026-09', 96, true), month('2026-10', 97.5, true), month('2026-11', 98, true)],
};

const trends = (canEdit: boolean): KpiTrendsView => ({
  timeZone: 'Europe/Copenhagen',
  from: '2026-09',
  to: '2026-11',
  kpis: [sla, churn, enps],
  canEdit,
  names: { 'acc-lead': 'Lene Lead' },
});
const entries: KpiValueEntry[] = [
  {
    kpiId: 'churn',
    month: '2026-10',
    revision: 1,
    value: 6,
    enteredBy: 'acc-admin',
    enteredAt: Date.parse('2026-11-02T09:00:00Z'),
  },
  {
    kpiId: 'churn',
    month: '2026-10',
    revision: 2,
    value: 7,
    enteredBy: 'acc-lead',
    enteredAt: Date.parse('2026-11-03T09:00:00Z'),
  },
];

beforeEach(() => {
  resetBridge();
  // acc-admin has no name: Jira did not return it, so the id shows.
  answerInvoke('getKpiValueHistory', () => ({
    ok: true,
    data: { entries, names: { 'acc-lead': 'Lene Lead' } },
  }));
});

describe('the KPIs tab', () => {
  it('shows each KPI against its target: chart, status, values table and action issue', async () => {
    answerInvoke('getKpiTrends', () => ({ ok: true, data: trends(false) }));
    render(<KpisTab canEdit={false} />);
    const churnSection = (
      await screen.findByRole('heading', { level: 2, name: /^Customer churn/ })
    ).closest('section')!;
    expect(within(churnSection).getByText('Misses target (2026-10)')).toBeTruthy();
    // The owner by display name, not account id.
    expect(within(churnSection).getByText(/owner Lene Lead$/)).toBeTruthy();
    expect(
      within(churnSection).getByRole('img', {
        name: /Customer churn \(%\) by month against its target 5/,
      }),
    ).toBeTruthy();
    const table = within(churnSection).getByRole('table', {
      name: 'Customer churn: values by month',
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[2]).toBe('2026-1075Misses targetQM-12');
    expect(within(churnSection).getByRole('link', { name: 'QM-12' })).toBeTruthy();
    const enpsSection = screen
      .getByRole('heading', { level: 2, name: /^Employee NPS/ })
      .closest('section')!;
    expect(within(enpsSection).getByText('Worsening (2026-11)')).toBeTruthy();
    expect(within(enpsSection).getByText('Meets target, worsening')).toBeTruthy();
    const overview = screen.getByRole('table', { name: 'All KPIs: the latest value' });
    const churnRow = within(overview).getAllByRole('row')[2]!.textContent;
    expect(churnRow).toBe('Customer churn≤ 5 %lower2026-107Misses targetQM-12 (2026-10)');
    const slaSection = screen
      .getByRole('heading', { level: 2, name: /^SLA compliance/ })
      .closest('section')!;
    expect(within(slaSection).getByText('Meets target (2026-11)')).toBeTruthy();
  });

  it('shows who entered each value and when, and no form to readers', async () => {
    answerInvoke('getKpiTrends', () => ({ ok: true, data: trends(false) }));
    render(<KpisTab canEdit={false} />);
    const table = await screen.findByRole('table', { name: 'Entered values: who and when' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toContain('Correction 1');
    expect(rows[1]).toContain('Lene Lead');
    expect(rows[1]).not.toContain('acc-lead');
    expect(rows[2]).toContain('First');
    expect(rows[2]).toContain('acc-admin');
    expect(rows[2]).toContain('2 Nov 2026, 10:00');
    expect(screen.queryByRole('button', { name: 'Save value' })).toBeNull();
  });

  it('lets an admin enter a value, shows the action raised and reloads', async () => {
    answerInvoke('getKpiTrends', () => ({ ok: true, data: trends(true) }));
    answerInvoke('saveKpiValue', (p) => ({
      ok: true,
      data: {
        entry: { ...p, revision: 1, enteredBy: 'acc-admin', enteredAt: Date.now() },
        action: { kpiId: p.kpiId, kind: 'created', issueKey: 'QM-13' },
      },
    }));
    render(<KpisTab canEdit />);
    await screen.findByRole('button', { name: 'Save value' });
    fireEvent.change(screen.getByLabelText('KPI'), { target: { value: 'enps' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2026-10' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '12.5' } });
    const reads = invocations.filter((i) => i.functionKey === 'getKpiTrends').length;
    fireEvent.click(screen.getByRole('button', { name: 'Save value' }));
    await screen.findByText(/2026-10: 12.5 saved/);
    expect(screen.getByRole('link', { name: 'QM-13' })).toBeTruthy();
    expect(invocations.find((i) => i.functionKey === 'saveKpiValue')!.payload).toEqual({
      kpiId: 'enps',
      month: '2026-10',
      value: 12.5,
    });
    await waitFor(() =>
      expect(invocations.filter((i) => i.functionKey === 'getKpiTrends').length).toBe(reads + 1),
    );
  });

  it('shows each refused field’s message under it', async () => {
    answerInvoke('getKpiTrends', () => ({ ok: true, data: trends(true) }));
    answerInvoke('saveKpiValue', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.month', message: 'must not be after the current month 2026-11' }],
      },
    }));
    render(<KpisTab canEdit />);
    await screen.findByRole('button', { name: 'Save value' });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2027-01' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save value' }));
    const monthInput = screen.getByLabelText('Month');
    await waitFor(() => expect(monthInput.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(monthInput.getAttribute('aria-describedby')!)!.textContent).toBe(
      'must not be after the current month 2026-11',
    );
  });

  it('asks for the months chosen', async () => {
    answerInvoke('getKpiTrends', () => ({ ok: true, data: trends(false) }));
    render(<KpisTab canEdit={false} />);
    await screen.findByRole('heading', { level: 2, name: /^Customer churn/ });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01' } });
    await waitFor(() =>
      expect(invocations.filter((i) => i.functionKey === 'getKpiTrends').at(-1)!.payload).toEqual({
        from: '2026-01',
        to: '2026-11',
      }),
    );
  });
});
