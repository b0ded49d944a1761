import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { App } from './App';
import {
  deliverySettings,
  issuedReport,
  managementReport,
  operational,
  qualityMeasures,
  reportList,
} from './fixtures';
import { OPERATIONAL_REFRESH_MS } from './OperationalSection';

beforeEach(() => {
  resetBridge();
  answerInvoke('getOperationalView', () => ({ ok: true, data: operational }));
  answerInvoke('listReports', () => ({ ok: true, data: reportList }));
  answerInvoke('getDeliverySettings', (p) => ({
    ok: true,
    data: { agreement: p.agreement, settings: deliverySettings },
  }));
  answerInvoke('getManagementReport', (p) => ({
    ok: true,
    data: managementReport(String(p.from ?? '2025-12'), String(p.to ?? '2026-11')),
  }));
  answerInvoke('getQualityMeasures', (p) => ({
    ok: true,
    data: qualityMeasures(String(p.from ?? '2025-12'), String(p.to ?? '2026-11')),
  }));
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/** Captures the files the page offers for download. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/** The texts an SVG chart draws, by the Recharts class of the element drawing them. */
const chartTexts = (chart: HTMLElement, className: string): string[] =>
  [...chart.querySelectorAll(`.${className}`)].map((text) => text.textContent ?? '');

/** The no-break spaces a chart's labels keep on one line, as spaces. */
const withSpaces = (text: string): string => text.replace(/\u00a0/g, ' ');

/** The names a chart's legend gives its series, in order. */
const legend = (chart: HTMLElement): string[] =>
  within(chart.closest('figure')!)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

/** A table's body, one array of cell texts per row. */
const tableCells = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );

describe('the Reports page', () => {
  it('leaves the months to the app at first, draws the charts with their tables, and exports CSV', async () => {
    const files = captureDownloads();
    render(<App />);
    await screen.findByRole('img', { name: 'Compliance per month' });
    const management = invocations.find((i) => i.functionKey === 'getManagementReport')!;
    expect(management.payload).toEqual({ grouping: 'team', goals: 'all' });
    // The form shows the months the app chose.
    const managementForm = within(screen.getByRole('region', { name: 'Management report' }));
    expect((managementForm.getByLabelText('From') as HTMLInputElement).value).toBe('2025-12');
    expect((managementForm.getByLabelText('To') as HTMLInputElement).value).toBe('2026-11');
    expect(screen.getByRole('img', { name: 'Breaches by customer' })).toBeTruthy();

    const months = screen.getByRole('table', { name: /^Compliance per month/ });
    expect(
      within(months)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['MonthGoals metGoals missedCompliance %', '2025-12100100 %', '2026-118280 %']);
    const figures = screen.getByRole('table', { name: /^Figures by customer/ });
    expect(within(figures).getByText('(no customer)')).toBeTruthy();

    const exportButton = within(figures.closest('.data-table') as HTMLElement).getByRole('button', {
      name: 'Download CSV',
    });
    fireEvent.click(exportButton);
    expect(files[0]!.name).toBe('sla-management-customer-all-2025-12-2026-11.csv');
    expect(files[0]!.blob.type).toBe('text/csv');
    const csv = await blobText(files[0]!.blob);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'Customer,Received,Resolved,Case load at end,Goals met,Goals missed,Compliance %,Open breaches,Reaction median (ms),Reaction 90th pct (ms),Resolution median (ms),Resolution 90th pct (ms)',
      'acme,12,10,4,18,2,90,1,3600000,10800000,72000000,144000000',
      ',1,0,1,0,0,,0,,,,',
    ]);
  });

  it('draws each chart from the same numbers as the table beside it', async () => {
    render(<App />);
    const compliance = await screen.findByRole('img', { name: 'Compliance per month' });
    expect(compliance.querySelector('desc')!.textContent).toMatch(/^Share of goals met/);
    const months = tableCells(screen.getByRole('table', { name: /^Compliance per month/ }));
    // One bar per month, labelled with the month and its compliance, as in the table.
    expect(chartTexts(compliance, 'recharts-xAxis-tick-labels .recharts-text')).toEqual(
      months.map((row) => row[0]),
    );
    expect(chartTexts(compliance, 'recharts-label').map(withSpaces)).toEqual(
      months.map((row) => row[3]),
    );
    expect(compliance.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);

    const breaches = screen.getByRole('img', { name: 'Breaches by customer' });
    const breachRows = tableCells(screen.getByRole('table', { name: /^Breaches by customer/ }));
    expect(chartTexts(breaches, 'recharts-yAxis-tick-labels .recharts-text')).toEqual(
      breachRows.map((row) => row[0]),
    );
    expect(legend(breaches)).toEqual(['Goals missed', 'Open breaches at end']);
    // acme: 2 missed and 1 open breach, one stacked bar of two parts.
    expect(breachRows).toEqual([['acme', '2', '1']]);
    expect(breaches.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);

    const teams = screen.getByRole('img', { name: 'Breached and breaching today, per team' });
    expect(chartTexts(teams, 'recharts-yAxis-tick-labels .recharts-text')).toEqual(['blue']);
    expect(legend(teams)).toEqual(['Breached', 'Within the hour', 'Later today']);
    // blue: 1 breached, 1 within the hour, none later today (no bar drawn for a zero).
    expect(tableCells(screen.getByRole('table', { name: 'Per team' }))).toEqual([
      ['blue', '1', '1', '0'],
    ]);
    expect(teams.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);
  });

  it('asks for the period and grouping picked', async () => {
    render(<App />);
    await screen.findByRole('img', { name: 'Compliance per month' });
    // The Quality section has a month range of its own.
    const form = within(screen.getByRole('region', { name: 'Management report' }));
    fireEvent.change(form.getByLabelText('From'), { target: { value: '2026-01' } });
    fireEvent.change(form.getByLabelText('To'), { target: { value: '2026-03' } });
    fireEvent.change(form.getByLabelText('Group by'), { target: { value: 'assignee' } });
    fireEvent.change(form.getByLabelText('Goals'), { target: { value: 'ola' } });
    fireEvent.click(form.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(
        invocations.filter((i) => i.functionKey === 'getManagementReport').at(-1)!.payload,
      ).toEqual({
        from: '2026-01',
        to: '2026-03',
        grouping: 'assignee',
        goals: 'ola',
      }),
    );
  });

  it('shows what breached and what breaches soon per team, and refreshes itself', async () => {
    jest.useFakeTimers();
    render(<App />);
    const teams = await screen.findByRole('table', { name: 'Per team' });
    expect(
      within(teams)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['TeamBreachedBreaching within the hourBreaching later today', 'blue110']);
    expect(screen.getByText('2nd line pick-up (OLA)')).toBeTruthy();
    const calls = () => invocations.filter((i) => i.functionKey === 'getOperationalView').length;
    expect(calls()).toBe(1);
    await act(async () => {
      jest.advanceTimersByTime(OPERATIONAL_REFRESH_MS);
    });
    expect(calls()).toBe(2);
  });

  it('does not refresh the operational view while the tab is hidden', async () => {
    jest.useFakeTimers();
    let visibility: DocumentVisibilityState = 'visible';
    jest.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    render(<App />);
    await screen.findByRole('table', { name: 'Per team' });
    const calls = () => invocations.filter((i) => i.functionKey === 'getOperationalView').length;
    expect(calls()).toBe(1);

    visibility = 'hidden';
    await act(async () => {
      jest.advanceTimersByTime(3 * OPERATIONAL_REFRESH_MS);
    });
    expect(calls()).toBe(1);

    // Shown again: the refresh that fell due runs at once, then every minute again.
    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(calls()).toBe(2);
    await act(async () => {
      jest.advanceTimersByTime(OPERATIONAL_REFRESH_MS);
    });
    expect(calls()).toBe(3);
  });

  it('lists the issued customer reports, issues one for a month and downloads its print version', async () => {
    const files = captureDownloads();
    answerInvoke('issueReport', (p) => ({
      ok: true,
      data: { issued: true, summary: { ...issuedReport, period: p.period, revision: 1 } },
    }));
    answerInvoke('downloadReport', (p) => ({
      ok: true,
      data: {
        fileName: `r.${String(p.format)}`,
        mimeType: 'text/html',
        content: '<h1>Report</h1>',
      },
    }));
    render(<App />);
    const list = await screen.findByRole('table', { name: 'Issued customer reports' });
    expect(within(list).getByText('Schultz A/S')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2026-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue report' }));
    await screen.findByText('Issued Schultz production, Gold 2026-09, revision 1.');
    expect(invocations.find((i) => i.functionKey === 'issueReport')!.payload).toEqual({
      agreement: 'schultz-prod-gold',
      period: '2026-09',
      notify: true,
    });
    fireEvent.click(within(list).getByRole('button', { name: 'Print version' }));
    await waitFor(() => expect(files.map((f) => f.name)).toEqual(['r.html']));
    expect(files[0]!.blob.type).toBe('text/html');
    expect(invocations.find((i) => i.functionKey === 'downloadReport')!.payload).toEqual({
      reportId: 'r-1',
      format: 'html',
    });
  });
});
