import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  answerInvoke,
  invocations,
  navigations,
  resetBridge,
  SITE_URL,
} from '../../shared/test/bridgeMock';
import { App } from './App';
import { atRiskRow, breachedRow, onTrackRow, page } from './fixtures';

beforeEach(() => resetBridge());

/** The table's body rows. */
function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('work list', () => {
  it('shows the page title and the first page of issues', async () => {
    answerInvoke('getWorkList', () => ({ ok: true, data: page([breachedRow, atRiskRow]) }));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'SLA work list' })).toBeTruthy();
    await screen.findByRole('table');
    expect(invocations).toEqual([{ functionKey: 'getWorkList', payload: { filters: {} } }]);
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'SLA',
      'Key',
      'Summary',
      'Customer',
      'Priority',
      'Next action',
      'Time left',
      'Status',
      'Assignee',
    ]);
    const cells = within(bodyRows()[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Breached');
    expect(cells[1]).toBe('Invoices stuck in the export queue');
    expect(cells[2]).toBe('Schultz A/S');
    expect(cells[3]).toBe('P2 Highrank 2');
    expect(cells[4]).toMatch(/^Hand over to second linewas due Tue 3 Mar,? 09:40$/);
    expect(cells[5]).toBe('1h 20m over targetSecond-line handover');
    expect(cells[6]).toBe('In Progress');
    expect(cells[7]).toBe('Astrid Holm');
  });

  it('links each key to the issue on the site, and goes there through the bridge', async () => {
    answerInvoke('getWorkList', () => ({ ok: true, data: page([breachedRow]) }));
    render(<App />);
    const link = await screen.findByRole('link', { name: 'SUP-5' });
    expect(within(bodyRows()[0]!).getByRole('rowheader').textContent).toBe('SUP-5');
    // The frame is on another origin than Jira: the address is the site's, never frame-relative.
    await waitFor(() => expect(link.getAttribute('href')).toBe(`${SITE_URL}/browse/SUP-5`));
    expect(fireEvent.click(link)).toBe(false); // the frame itself does not follow the link
    fireEvent.click(link, { ctrlKey: true });
    expect(navigations).toEqual([
      { how: 'navigate', location: { target: 'issue', issueKey: 'SUP-5' } },
      { how: 'open', location: { target: 'issue', issueKey: 'SUP-5' } },
    ]);
  });

  it('marks every row with its tier, in colour and words', async () => {
    answerInvoke('getWorkList', () => ({
      ok: true,
      data: page([breachedRow, atRiskRow, onTrackRow]),
    }));
    render(<App />);
    await screen.findByRole('table');
    const tiers = bodyRows().map((r) => r.querySelector('.lozenge')!);
    expect(tiers.map((t) => t.textContent)).toEqual(['Breached', 'At risk', 'On track']);
    expect(tiers.map((t) => t.className)).toEqual([
      'lozenge lozenge--removed',
      'lozenge lozenge--moved',
      'lozenge lozenge--success',
    ]);
    const [, atRisk, onTrack] = bodyRows();
    expect(atRisk!.textContent).toContain('2h 15m left');
    expect(atRisk!.textContent).toContain('Unassigned');
    expect(onTrack!.textContent).toContain('Paused, 4h left');
    expect(onTrack!.textContent).toContain('Nothing running');
  });

  it('offers the filter options of the page, and sends the filters chosen', async () => {
    answerInvoke('getWorkList', () => ({ ok: true, data: page([breachedRow]) }));
    render(<App />);
    await screen.findByRole('table');
    const customer = screen.getByLabelText('Customer') as HTMLSelectElement;
    expect([...customer.options].map((o) => o.textContent)).toEqual([
      'All customers',
      'Fjord Logistikk AS',
      'Schultz A/S',
    ]);
    fireEvent.change(customer, { target: { value: 'schultz' } });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Product'), { target: { value: 'Payroll' } });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'second-line' } });
    await screen.findByRole('table');
    fireEvent.click(screen.getByLabelText('Only my issues'));
    await screen.findByRole('table');
    expect(invocations.map((i) => i.payload)).toEqual([
      { filters: {} },
      { filters: { customer: 'schultz' } },
      { filters: { customer: 'schultz', product: 'Payroll' } },
      { filters: { customer: 'schultz', product: 'Payroll', team: 'second-line' } },
      { filters: { customer: 'schultz', product: 'Payroll', team: 'second-line', mine: true } },
    ]);
    fireEvent.click(screen.getByLabelText('Only my issues'));
    fireEvent.change(customer, { target: { value: '' } });
    await screen.findByRole('table');
    expect(invocations.at(-1)!.payload).toEqual({
      filters: { product: 'Payroll', team: 'second-line' },
    });
  });

  it('loads more: appends the next page, with its token, and counts the rows', async () => {
    answerInvoke('getWorkList', (payload) =>
      payload.pageToken === 'page-2'
        ? { ok: true, data: page([onTrackRow]) }
        : { ok: true, data: page([breachedRow, atRiskRow], 'page-2') },
    );
    render(<App />);
    await screen.findByRole('table');
    expect(screen.getByText('2 issues shown, more to load')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('3 issues shown');
    expect(invocations.at(-1)).toEqual({
      functionKey: 'getWorkList',
      payload: { filters: {}, pageToken: 'page-2' },
    });
    expect(bodyRows().map((r) => within(r).getByRole('link').textContent)).toEqual([
      'SUP-5',
      'SUP-8',
      'SUP-12',
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The keyboard continues at the first new row.
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'SUP-12' }));
  });

  it('starts again from page 1 when a filter changes after loading more', async () => {
    answerInvoke('getWorkList', (payload) =>
      payload.pageToken
        ? { ok: true, data: page([onTrackRow]) }
        : { ok: true, data: page([breachedRow], 'page-2') },
    );
    render(<App />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('2 issues shown');
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'team-leads' } });
    await screen.findByText('1 issue shown, more to load');
    expect(invocations.at(-1)!.payload).toEqual({ filters: { team: 'team-leads' } });
  });

  it('shows an empty state, and clears the filters from it', async () => {
    answerInvoke('getWorkList', (payload) => ({
      ok: true,
      data: page(Object.keys(payload.filters as object).length ? [] : [atRiskRow]),
    }));
    render(<App />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByLabelText('Only my issues'));
    await screen.findByRole('heading', { name: 'No issues need attention' });
    expect(screen.getByText(/matches these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByRole('table');
    expect((screen.getByLabelText('Only my issues') as HTMLInputElement).checked).toBe(false);
  });

  it('shows an invalid filter as an error with the field', async () => {
    answerInvoke('getWorkList', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The request has errors.',
        errors: [{ path: '$.filters.team', message: 'must be one of support-team, second-line' }],
      },
    }));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The request was not accepted');
    expect(alert.textContent).toContain('$.filters.team: must be one of support-team, second-line');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the rows when loading more fails, and lets the user try again', async () => {
    let fail = true;
    answerInvoke('getWorkList', (payload) => {
      if (!payload.pageToken) return { ok: true, data: page([breachedRow], 'page-2') };
      if (fail) return { ok: false, error: { code: 'failed', message: 'Jira did not answer.' } };
      return { ok: true, data: page([atRiskRow]) };
    });
    render(<App />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Jira did not answer.');
    expect(bodyRows()).toHaveLength(1);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('2 issues shown');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reloads page 1 with the same filters on Refresh', async () => {
    answerInvoke('getWorkList', () => ({ ok: true, data: page([breachedRow], 'page-2') }));
    render(<App />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByLabelText('Only my issues'));
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('table');
    expect(invocations.map((i) => i.payload)).toEqual([
      { filters: {} },
      { filters: { mine: true } },
      { filters: { mine: true } },
    ]);
  });

  it('drops the answer of a request a newer filter change replaced', async () => {
    const pending: ((value: unknown) => void)[] = [];
    answerInvoke('getWorkList', () => new Promise((resolve) => pending.push(resolve)));
    render(<App />);
    fireEvent.change(screen.getByLabelText('Customer'), { target: { value: 'fjord' } });
    await act(async () => {
      pending[1]!({ ok: true, data: page([atRiskRow]) });
    });
    await act(async () => {
      pending[0]!({ ok: true, data: page([breachedRow, onTrackRow]) });
    });
    expect(bodyRows().map((r) => within(r).getByRole('link').textContent)).toEqual(['SUP-8']);
  });
});
