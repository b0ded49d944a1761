import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChangePreview } from '../../../../src/domain/sla/changePreview';
import type { ReevaluationRunView } from '../../../../src/resolvers/views';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, calls, config, lastCall, renderAdmin } from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

const RUN_ID = '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f';

function run(overrides: Partial<ReevaluationRunView> = {}): ReevaluationRunView {
  return {
    id: RUN_ID,
    kind: 'reevaluate',
    contractVersion: 4,
    startedAt: '2026-03-02T09:00:00.000Z',
    startedBy: 'acc-admin',
    total: 0,
    found: false,
    done: 0,
    failed: 0,
    changed: 0,
    finishedAt: null,
    ...overrides,
  };
}

/** `getRun` answers each of these in turn, then the last one for good. */
function runGoesThrough(...states: ReevaluationRunView[]) {
  let next = 0;
  answerInvoke('getRun', () => ({ ok: true, data: states[Math.min(next++, states.length - 1)] }));
}

async function editTimeZone(zone: string) {
  fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
  fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: zone } });
}

const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

describe('after a save', () => {
  it('shows the re-evaluation of the open issues until it has finished', async () => {
    answerInvoke('saveContract', () => ({
      ok: true,
      data: { saved: true, version: 4, changes: [], run: run() },
    }));
    runGoesThrough(
      run({ total: 120, found: true, done: 40, failed: 2 }),
      run({ total: 120, found: true, done: 118, failed: 2, finishedAt: '2026-03-02T09:05:00Z' }),
    );
    await renderAdmin();
    await editTimeZone('Europe/Berlin');
    await waitFor(() => expect(saveButton().disabled).toBe(false));
    fireEvent.click(saveButton());

    const panel = await screen.findByRole('region', {
      name: 'Re-evaluating open issues under version 4',
    });
    await within(panel).findByText(/^118 of 120 open issues re-evaluated; 2 issues failed/);
    expect(within(panel).getByRole('status').textContent).toMatch(/Finished .*2026/);
    expect(within(panel).getByRole('progressbar')).toBeTruthy();
    const polls = calls('getRun').length;
    expect(calls('getRun').every((p) => p.id === RUN_ID)).toBe(true);
    // Finished: no more polling.
    await screen.findByText('Saved version 4.');
    expect(calls('getRun')).toHaveLength(polls);
  });

  it('shows a re-evaluation still going on when the page is opened again', async () => {
    runGoesThrough(run({ total: 10, found: true, done: 10, finishedAt: '2026-03-02T09:05:00Z' }));
    await renderAdmin(
      config({ version: 4, reevaluation: run({ total: 10, found: true, done: 3 }) }),
    );
    const panel = screen.getByRole('region', { name: 'Re-evaluating open issues under version 4' });
    await within(panel).findByText(/^10 of 10 open issues re-evaluated\. Finished/);
  });

  it('says so when the version affects no open issue', async () => {
    answerInvoke('saveContract', () => ({
      ok: true,
      data: { saved: true, version: 4, changes: [], run: null },
    }));
    await renderAdmin();
    await editTimeZone('Europe/Berlin');
    await waitFor(() => expect(saveButton().disabled).toBe(false));
    fireEvent.click(saveButton());
    await screen.findByText('No open issue is measured differently under version 4.');
    expect(calls('getRun')).toHaveLength(0);
  });
});

describe('the preview before saving', () => {
  const preview: ChangePreview = {
    agreements: [
      {
        agreement: 'schultz-prod-gold',
        issues: 12,
        changed: 5,
        later: 4,
        earlier: 1,
        breached: 1,
        unbreached: 0,
        examples: [
          {
            key: 'SUP-7',
            goal: 'reaction',
            before: '2026-03-02T07:30:00.000Z',
            after: '2026-03-02T08:00:00.000Z',
          },
        ],
      },
    ],
  };

  it('measures the draft on the open issues and shows what moves, per agreement', async () => {
    answerInvoke('previewChange', () => ({ ok: true, data: run({ kind: 'preview' }) }));
    runGoesThrough(
      run({ kind: 'preview', contractVersion: 3, total: 12, found: true, done: 6 }),
      run({
        kind: 'preview',
        contractVersion: 3,
        total: 12,
        found: true,
        done: 12,
        changed: 5,
        finishedAt: '2026-03-02T09:01:00Z',
        preview,
      }),
    );
    await renderAdmin();
    expect(screen.queryByRole('button', { name: 'Preview the change' })).toBeNull();
    await editTimeZone('Europe/Berlin');
    fireEvent.click(await screen.findByRole('button', { name: 'Preview the change' }));
    expect(
      (lastCall('previewChange')!.contract as { calendars: { timeZone: string }[] }).calendars[0]!
        .timeZone,
    ).toBe('Europe/Berlin');

    const perAgreement = await screen.findByRole('table', { name: /Open issues per agreement/ });
    const row = within(perAgreement).getByRole('row', { name: /Schultz production gold/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '5', '4', '1', '1', '0']);
    const examples = screen.getByRole('table', { name: /Examples of deadlines that move/ });
    const example = within(examples).getByRole('row', { name: /SUP-7/ });
    expect(within(example).getByText('Reaction time')).toBeTruthy();
    expect(
      within(example)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Schultz production gold',
      'Reaction time',
      expect.stringContaining('2026'),
      expect.stringContaining('2026'),
    ]);
    expect(screen.getByText(/^12 of 12 open issues measured/)).toBeTruthy();

    // Editing on makes the preview stale.
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    expect(await screen.findByText(/The draft has changed since this preview/)).toBeTruthy();
  });

  it('says when the draft changes nothing an agreement uses', async () => {
    answerInvoke('previewChange', () => ({ ok: true, data: null }));
    await renderAdmin();
    await editTimeZone('Europe/Berlin');
    fireEvent.click(await screen.findByRole('button', { name: 'Preview the change' }));
    await screen.findByText(/No open issue is measured differently: the draft changes nothing/);
    expect(calls('getRun')).toHaveLength(0);
  });
});

describe('recalculating closed issues', () => {
  it('counts the issues of a period, asks, recalculates and lists it in the history', async () => {
    answerInvoke('countClosedIssues', () => ({ ok: true, data: { issues: 2, more: false } }));
    const started = run({ kind: 'recalculate', period: { from: '2026-02-01', to: '2026-02-28' } });
    answerInvoke('recalculateClosedIssues', () => ({ ok: true, data: started }));
    const finished = {
      ...started,
      total: 2,
      found: true,
      done: 2,
      changed: 1,
      finishedAt: '2026-03-02T09:02:00Z',
    };
    runGoesThrough(finished);
    await renderAdmin(config({ version: 4 }));
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.change(screen.getByLabelText('Resolved from'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('Resolved to'), { target: { value: '2026-02-28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count closed issues' }));
    await screen.findByText('2 closed issues were resolved from 2026-02-01 to 2026-02-28.');
    expect(lastCall('countClosedIssues')).toEqual({ from: '2026-02-01', to: '2026-02-28' });

    answerInvoke('getConfig', () => ({
      ok: true,
      data: config({
        version: 4,
        recalculations: [
          {
            runId: RUN_ID,
            version: 4,
            startedAt: started.startedAt,
            startedBy: 'acc-admin',
            period: { from: '2026-02-01', to: '2026-02-28' },
            run: finished,
          },
        ],
      }),
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Recalculate 2 issues' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, recalculate' }));
    expect(await screen.findByText(/^2 of 2 closed issues recalculated; 1 changed/)).toBeTruthy();
    expect(lastCall('recalculateClosedIssues')).toEqual({ from: '2026-02-01', to: '2026-02-28' });

    const table = await screen.findByRole('table', { name: /Recalculations of closed issues/ });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('2026-02-01 to 2026-02-28');
    expect(row.textContent).toContain('acc-admin');
    expect(row.textContent).toMatch(/2 of 2 closed issues recalculated; 1 changed/);
  });

  it('shows a refused period at its field', async () => {
    answerInvoke('countClosedIssues', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.to', message: 'must be on or after the first day' }],
      },
    }));
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Count closed issues' }));
    const to = screen.getByLabelText('Resolved to');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('must be on or after the first day')).toBeTruthy();
    expect(calls('recalculateClosedIssues')).toHaveLength(0);
  });
});
