import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { draftOf, issuedSummary, reviewPack } from './fixtures';
import { ReviewTab } from './ReviewTab';

let issued: ReturnType<typeof issuedSummary>[];

beforeEach(() => {
  resetBridge();
  issued = [];
  answerInvoke('previewManagementReview', (p) => ({
    ok: true,
    data: draftOf(
      reviewPack(String(p.from ?? '2025-01'), String(p.to ?? '2025-12')),
      issued[0] ?? null,
    ),
  }));
  answerInvoke('listManagementReviews', () => ({
    ok: true,
    data: { reviews: issued, names: { 'acc-admin': 'Astrid Admin' } },
  }));
  answerInvoke('getManagementReviewSchedule', () => ({
    ok: true,
    data: {
      settings: {
        month: null,
        timeZone: 'UTC',
        projectKey: null,
        issueType: 'Task',
        owner: null,
      },
      version: null,
      savedBy: null,
      savedAt: null,
      names: {},
    },
  }));
  answerInvoke('issueManagementReview', () => {
    issued = [issuedSummary(issued.length + 1), ...issued];
    return { ok: true, data: issued[0] };
  });
  answerInvoke('downloadManagementReview', (p) => ({
    ok: true,
    data: {
      fileName: `review.${String(p.format)}`,
      mimeType: 'text/html',
      content: '<!DOCTYPE html><html><body><h1>Management review</h1></body></html>',
    },
  }));
});

const names = () => invocations.map((i) => i.functionKey);

describe('the Management review tab', () => {
  it('shows the default period’s draft and its sections to a reader, without issuing', async () => {
    render(<ReviewTab canEdit={false} />);
    await screen.findByText(/Draft of 2025-01 to 2025-12/);
    // The period's fields take the draft's months in the render after the draft arrives.
    await waitFor(() =>
      expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2025-01'),
    );
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2025-12');
    for (const name of [
      'Customer satisfaction',
      'Quality KPIs',
      'Risk score and register',
      'Non-conformities and corrective actions',
      'SLA compliance per customer',
    ])
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Goals met and missed per customer' })).getByText(
        'Schultz A/S',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Issue/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Audit results' })).toBeNull();
    expect(screen.getByText('No review has been issued yet.')).toBeTruthy();
    expect(invocations.find((i) => i.functionKey === 'previewManagementReview')).toEqual({
      functionKey: 'previewManagementReview',
      payload: {},
    });
    expect(screen.getByText(/nobody is reminded of the annual review/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Annual review schedule' })).toBeNull();
  });

  it('previews another period when asked', async () => {
    render(<ReviewTab canEdit={false} />);
    await screen.findByText(/Draft of 2025-01 to 2025-12/);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-07' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText(/Draft of 2024-07 to 2025-06/);
    expect(invocations.at(-1)).toEqual({
      functionKey: 'previewManagementReview',
      payload: { from: '2024-07', to: '2025-06' },
    });
  });

  it('lets an administrator enter the audits and issue after confirming', async () => {
    render(<ReviewTab canEdit />);
    await screen.findByText(/Draft of 2025-01 to 2025-12/);
    fireEvent.click(screen.getByRole('button', { name: 'Add an audit' }));
    const audit = screen.getByRole('group', { name: 'Audit 1' });
    fireEvent.change(within(audit).getByLabelText('Kind'), { target: { value: 'external' } });
    fireEvent.change(within(audit).getByLabelText('Audit'), {
      target: { value: 'Surveillance audit' },
    });
    fireEvent.change(within(audit).getByLabelText('Held on'), {
      target: { value: '2025-06-12' },
    });
    fireEvent.change(within(audit).getByLabelText('Auditor'), { target: { value: 'DNV' } });
    fireEvent.change(within(audit).getByLabelText('Minor findings'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Conclusion on the audits'), {
      target: { value: 'Effective.' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Issue the review…' }));
    expect(names()).not.toContain('issueManagementReview');
    await screen.findByText(/An issued review cannot be changed/);
    fireEvent.click(screen.getByRole('button', { name: 'Issue revision 1' }));
    await screen.findByText('Revision 1 of 2025-01 to 2025-12 is issued.');
    expect(invocations.find((i) => i.functionKey === 'issueManagementReview')?.payload).toEqual({
      from: '2025-01',
      to: '2025-12',
      auditResults: {
        audits: [
          {
            kind: 'external',
            title: 'Surveillance audit',
            heldOn: '2025-06-12',
            auditor: 'DNV',
            majorFindings: 0,
            minorFindings: 2,
            observations: 0,
            summary: '',
          },
        ],
        conclusion: 'Effective.',
      },
    });
    const list = await screen.findByRole('table', { name: 'Issued management reviews' });
    expect(within(list).getAllByRole('row')).toHaveLength(2);
    await screen.findByText(/Revision 1 of this period is issued/);
  });

  it('cancels the issue without calling it', async () => {
    render(<ReviewTab canEdit />);
    await screen.findByText(/Draft of 2025-01 to 2025-12/);
    fireEvent.click(screen.getByRole('button', { name: 'Issue the review…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/An issued review cannot be changed/)).toBeNull();
    expect(names()).not.toContain('issueManagementReview');
  });

  it('shows each problem of a refused issue by its path', async () => {
    answerInvoke('issueManagementReview', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.auditResults.audits[0].title', message: 'must not be empty' }],
      },
    }));
    render(<ReviewTab canEdit />);
    await screen.findByText(/Draft of 2025-01 to 2025-12/);
    fireEvent.click(screen.getByRole('button', { name: 'Add an audit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Issue the review…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Issue revision 1' }));
    const alert = await screen.findByText('$.auditResults.audits[0].title');
    expect(alert.closest('li')?.textContent).toContain('must not be empty');
  });

  it('downloads an issued pack and shows its print view', async () => {
    issued = [issuedSummary(1)];
    render(<ReviewTab canEdit={false} />);
    const list = await screen.findByRole('table', { name: 'Issued management reviews' });
    // The issuer's name beside the account id the pack keeps.
    expect(within(list).getByText('Astrid Admin (acc-admin)')).toBeTruthy();
    fireEvent.click(
      within(list).getByRole('button', { name: 'Download CSV of 2025-01 to 2025-12, revision 1' }),
    );
    fireEvent.click(
      within(list).getByRole('button', { name: 'Print 2025-01 to 2025-12, revision 1' }),
    );
    const view = await screen.findByRole('region', { name: 'Print view' });
    const frame = within(view).getByTitle('Print view: review.html') as HTMLIFrameElement;
    expect(frame.getAttribute('srcdoc')).toContain('<h1>Management review</h1>');
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(
      invocations
        .filter((i) => i.functionKey === 'downloadManagementReview')
        .map((i) => i.payload.format),
    ).toEqual(['csv', 'html']);
    fireEvent.click(within(view).getByRole('button', { name: 'Close the print view' }));
    expect(screen.queryByRole('region', { name: 'Print view' })).toBeNull();
  });

  it('lets an administrator set the month of the annual review', async () => {
    answerInvoke('saveManagementReviewSchedule', (p) => ({
      ok: true,
      data: { settings: p.settings, version: 1 },
    }));
    render(<ReviewTab canEdit />);
    const form = await screen.findByRole('form', { name: 'Annual review schedule' });
    fireEvent.change(within(form).getByLabelText('Month'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Time zone'), {
      target: { value: 'Europe/Copenhagen' },
    });
    fireEvent.change(within(form).getByLabelText('Project'), { target: { value: 'QM' } });
    fireEvent.change(within(form).getByLabelText('Quality owner (account id)'), {
      target: { value: 'acc-lead' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the schedule' }));
    await screen.findByText('Schedule saved');
    expect(
      invocations.find((i) => i.functionKey === 'saveManagementReviewSchedule')?.payload,
    ).toEqual({
      settings: {
        month: 2,
        timeZone: 'Europe/Copenhagen',
        projectKey: 'QM',
        issueType: 'Task',
        owner: 'acc-lead',
      },
      baseVersion: null,
    });
    expect(
      screen.getByText(/In February \(Europe\/Copenhagen\) the daily job asks acc-lead/),
    ).toBeTruthy();
  });
});
