import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { profileView } from './fixtures';
import { ProfilePanel } from './ProfilePanel';

beforeEach(() => resetBridge());
afterEach(() => {
  delete (URL as { createObjectURL?: unknown }).createObjectURL;
  jest.restoreAllMocks();
});

describe('the profile panel', () => {
  it('lists the organisation’s agreements with what they promise', async () => {
    answerInvoke('getPortalProfile', () => ({ ok: true, data: profileView() }));
    render(<ProfilePanel />);
    const acme = await screen.findByRole('region', { name: 'Acme A/S' });
    expect(invocations).toEqual([{ functionKey: 'getPortalProfile', payload: {} }]);
    const gold = within(acme).getByRole('article', { name: 'Gold support' });
    expect(gold.textContent).toContain('ProductPayroll Cloud');
    expect(gold.textContent).toContain('EnvironmentsProduction, Test');
    // Valid to 2027-01-01 (exclusive): the last day is 31 December.
    expect(gold.textContent).toContain('Valid1 January 2026 to 31 December 2026');

    const table = within(gold).getByRole('table', { name: 'What Gold support promises' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Promise', 'Critical', 'High', 'Hours']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      [
        'First responseFor Incident',
        '30 business minutes',
        '1 business hour',
        'Mon–Fri 08:00–16:00 Copenhagen time',
      ],
      ['Service restored', '4 hours', '—', 'around the clock'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toContain('First response');
  });

  it('lists the issued reports with a short fingerprint and downloads them', async () => {
    const created: Blob[] = [];
    (URL as { createObjectURL?: unknown }).createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    answerInvoke('getPortalProfile', () => ({ ok: true, data: profileView() }));
    answerInvoke('downloadPortalReport', (payload) => ({
      ok: true,
      data: {
        fileName: `report.${payload.format as string}`,
        mimeType: 'text/csv',
        content: 'a;b',
      },
    }));
    render(<ProfilePanel />);
    const table = await screen.findByRole('table', { name: 'Monthly reports of Acme A/S' });
    const row = within(table).getAllByRole('row')[1]!;
    expect([...row.children].slice(0, 5).map((c) => c.textContent)).toEqual([
      'February 2026',
      'Gold support',
      '2',
      '3 March 2026',
      'ab12cd34ef56',
    ]);
    expect(within(row).getByText('ab12cd34ef56').getAttribute('title')).toContain(
      profileView().customers[0]!.reports[0]!.contentHash,
    );

    fireEvent.click(
      within(row).getByRole('button', { name: 'Download CSV of February 2026, Gold support' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(invocations.at(-1)).toEqual({
      functionKey: 'downloadPortalReport',
      payload: { reportId: 'rep-2026-02', format: 'csv' },
    });
    expect(created).toHaveLength(1);
    expect(
      within(row).getByRole('button', { name: 'Download HTML of February 2026, Gold support' }),
    ).toBeTruthy();
  });

  it('shows a refused download through the shared error message', async () => {
    answerInvoke('getPortalProfile', () => ({ ok: true, data: profileView() }));
    answerInvoke('downloadPortalReport', () => ({
      ok: false,
      error: { code: 'notFound', message: 'No such report of yours.' },
    }));
    render(<ProfilePanel />);
    fireEvent.click(await screen.findByRole('button', { name: /^Download HTML/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No such report of yours.');
  });

  it('says so to someone who is no organisation’s contact', async () => {
    answerInvoke('getPortalProfile', () => ({
      ok: true,
      data: { customers: [], notice: 'Your account is not a contact of any of our customers.' },
    }));
    render(<ProfilePanel />);
    expect(
      await screen.findByText('Your account is not a contact of any of our customers.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error answer through the shared error message', async () => {
    answerInvoke('getPortalProfile', () => ({
      ok: false,
      error: { code: 'forbidden', message: 'Sign in to the portal to see your agreements.' },
    }));
    render(<ProfilePanel />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'You do not have access' })).toBeTruthy();
  });
});
