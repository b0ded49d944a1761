import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { qualityMeasures } from './fixtures';
import { QualitySection } from './QualitySection';

beforeEach(() => {
  resetBridge();
  answerInvoke('getQualityMeasures', (p) => ({
    ok: true,
    data: qualityMeasures(String(p.from ?? '2025-12'), String(p.to ?? '2026-11')),
  }));
});

afterEach(() => jest.restoreAllMocks());

/** A table's rows as their cells' texts, the header row first. */
const rows = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

/** Captures the files the section offers for download, as text. */
function captureDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
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
    const blob = blobs.get(this.href)!;
    files.push({
      name: this.download,
      text: new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob);
      }),
    });
  });
  return files;
}

describe('the Quality section', () => {
  it('leaves the months to the app at first, then shows them in the form', async () => {
    render(<QualitySection />);
    await screen.findByRole('img', { name: 'CSAT and NPS per month' });
    expect(invocations.find((i) => i.functionKey === 'getQualityMeasures')!.payload).toEqual({});
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2025-12');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-11');
  });

  it('shows each team and month with its measures, and downloads them as CSV', async () => {
    const files = captureDownloads();
    render(<QualitySection />);
    const table = await screen.findByRole('table', {
      name: 'Quality by team and month, 2025-12–2026-11',
    });
    expect(rows(table)).toEqual([
      [
        'Month',
        'Team',
        'CSAT answers',
        'CSAT %',
        'NPS answers',
        'NPS',
        'Flagged',
        'Follow-ups due',
        'Followed up in time %',
        'Open NCs at end',
        'NCs closed',
        'CAPA cycle (median)',
        'Overdue actions at end',
      ],
      ['2025-12', 'blue', '3', '66.7 %', '4', '25', '2', '2', '50 %', '1', '2', '12.3 d', '1'],
      ['2025-12', '(no team)', '1', '0 %', '0', '–', '1', '0', '–', '0', '0', '–', '0'],
    ]);
    fireEvent.click(
      within(table.closest('.data-table') as HTMLElement).getByRole('button', {
        name: 'Download CSV',
      }),
    );
    expect(files[0]!.name).toBe('quality-2025-12-2026-11.csv');
    expect((await files[0]!.text).split('\r\n').slice(0, 3)).toEqual([
      'Month,Team,CSAT answers,CSAT %,NPS answers,NPS,Flagged,Follow-ups due,Followed up in time %,Open NCs at end,NCs closed,CAPA cycle median (days),Overdue actions at end',
      '2025-12,blue,3,66.7,4,25,2,2,50,1,2,12.3,1',
      '2025-12,,1,0,0,,1,0,,0,0,,0',
    ]);
  });

  it('draws CSAT % and NPS per month beside the table of the same numbers', async () => {
    render(<QualitySection />);
    const chart = await screen.findByRole('img', { name: 'CSAT and NPS per month' });
    expect(chart.querySelector('desc')!.textContent).toMatch(/^CSAT % and NPS of all teams/);
    expect(
      within(chart.closest('figure')!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['CSAT %', 'NPS']);
    expect(
      [...chart.querySelectorAll('.recharts-xAxis-tick-labels .recharts-text')].map(
        (t) => t.textContent,
      ),
    ).toEqual(['2025-12', '2026-11']);
    // Bars: CSAT 50 and NPS 25 in December, NPS −50 in November (no CSAT answers: no bar).
    expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(3);
    expect(
      rows(screen.getByRole('table', { name: 'CSAT and NPS per month, 2025-12–2026-11' })),
    ).toEqual([
      ['Month', 'CSAT answers', 'CSAT %', 'NPS answers', 'NPS'],
      ['2025-12', '4', '50 %', '4', '25'],
      ['2026-11', '0', '–', '2', '-50'],
    ]);
  });

  it('asks for the months picked', async () => {
    render(<QualitySection />);
    await screen.findByRole('img', { name: 'CSAT and NPS per month' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(
        invocations.filter((i) => i.functionKey === 'getQualityMeasures').at(-1)!.payload,
      ).toEqual({ from: '2026-01', to: '2026-03' }),
    );
    await screen.findByRole('table', { name: 'Quality by team and month, 2026-01–2026-03' });
  });

  it('says why when the app refuses', async () => {
    answerInvoke('getQualityMeasures', () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only Jira administrators and team leads can see the SLA reports.',
      },
    }));
    render(<QualitySection />);
    expect(await screen.findByText(/Only Jira administrators and team leads/)).toBeTruthy();
  });
});
