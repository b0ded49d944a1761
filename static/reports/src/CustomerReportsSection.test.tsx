import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { IssuedReportSummary, ReportDeliveryView } from '../../../src/resolvers/views';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { CustomerReportsSection } from './CustomerReportsSection';
import { deliverySettings, issuedReport, reportList } from './fixtures';

const delivered: ReportDeliveryView = {
  status: 'delivered',
  issueKey: 'SUP-12',
  recipientCount: 3,
  commentId: '10100',
  attempts: 1,
  maxAttempts: 3,
  lastError: null,
  attemptedAt: '2026-12-01T09:00:00.000Z',
  deliveredAt: '2026-12-01T09:00:00.000Z',
};
const failed: ReportDeliveryView = {
  ...delivered,
  status: 'failed',
  commentId: null,
  attempts: 3,
  lastError: 'POST /rest/api/3/issue/SUP-12/comment: 404 Issue does not exist',
  deliveredAt: null,
};
const revision = (n: number, delivery: ReportDeliveryView | null): IssuedReportSummary => ({
  ...issuedReport,
  reportId: `r-${n}`,
  revision: n,
  delivery,
});

beforeEach(() => {
  resetBridge();
  answerInvoke('listReports', () => ({
    ok: true,
    data: {
      ...reportList,
      reports: [revision(3, null), revision(2, failed), revision(1, delivered)],
    },
  }));
  answerInvoke('getDeliverySettings', (p) => ({
    ok: true,
    data: { agreement: p.agreement, settings: deliverySettings },
  }));
});

const rowOf = (table: HTMLElement, revisionNumber: number) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryAllByRole('cell')[3]?.textContent === String(revisionNumber))!;

describe('CustomerReportsSection', () => {
  it("shows each revision's delivery, and retries a failed one", async () => {
    answerInvoke('retryDelivery', () => ({
      ok: true,
      data: revision(2, { ...delivered, attempts: 4 }),
    }));
    render(<CustomerReportsSection />);
    const table = await screen.findByRole('table', { name: 'Issued customer reports' });
    expect(rowOf(table, 1).textContent).toContain(
      'Posted on SUP-12 and notified 3 recipients, 2026-12-01 09:00 UTC',
    );
    expect(rowOf(table, 2).textContent).toContain(
      'Delivery failed: POST /rest/api/3/issue/SUP-12/comment: 404 Issue does not exist (after 3 attempts)',
    );
    expect(rowOf(table, 3).textContent).toContain('Not delivered');
    fireEvent.click(within(rowOf(table, 2)).getByRole('button', { name: 'Retry' }));
    await screen.findByText(/Revision 2 of Schultz production, Gold 2026-10: Posted on SUP-12\./);
    expect(invocations.filter((i) => i.functionKey === 'retryDelivery')).toEqual([
      { functionKey: 'retryDelivery', payload: { reportId: 'r-2' } },
    ]);
  });

  it('issues a report without notifying when "Notify recipients" is unticked', async () => {
    answerInvoke('issueReport', (p) => ({
      ok: true,
      data: { issued: true, summary: { ...revision(1, null), period: p.period } },
    }));
    render(<CustomerReportsSection />);
    const notify = await screen.findByRole('checkbox', { name: 'Notify recipients' });
    expect((notify as HTMLInputElement).checked).toBe(true);
    fireEvent.click(notify);
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2026-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue report' }));
    await screen.findByText('Issued Schultz production, Gold 2026-09, revision 1.');
    expect(invocations.find((i) => i.functionKey === 'issueReport')!.payload).toEqual({
      agreement: 'schultz-prod-gold',
      period: '2026-09',
      notify: false,
    });
  });

  it("edits the agreement's delivery, with each refusal beside its field", async () => {
    answerInvoke('saveDeliverySettings', (p) => {
      const settings = p.settings as typeof deliverySettings;
      return settings.deliveryIssue === 'SUP-99'
        ? {
            ok: false,
            error: {
              code: 'invalid',
              message: '2 problems in the request',
              errors: [
                {
                  path: '$.settings.deliveryIssue',
                  message: 'SUP-99 does not exist, or the app cannot see it',
                },
                { path: '$.settings.recipients.users[1]', message: 'is listed twice' },
              ],
            },
          }
        : { ok: true, data: { agreement: p.agreement, settings } };
    });
    render(<CustomerReportsSection />);
    fireEvent.click(await screen.findByText('Delivery of Schultz production, Gold'));
    const form = await screen.findByRole('form', { name: 'Delivery' });
    const issue = await within(form).findByLabelText('Delivery issue');
    expect((issue as HTMLInputElement).value).toBe('SUP-12');
    expect((within(form).getByLabelText('Schedule') as HTMLSelectElement).value).toBe('monthly');
    expect(
      (within(form).getByLabelText('Users (account ids, comma-separated)') as HTMLInputElement)
        .value,
    ).toBe('acc-customer');

    fireEvent.change(issue, { target: { value: 'sup-99' } });
    fireEvent.change(within(form).getByLabelText('Users (account ids, comma-separated)'), {
      target: { value: 'acc-customer, acc-customer' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save delivery' }));
    const alerts = await within(form).findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'SUP-99 does not exist, or the app cannot see it',
      'is listed twice',
    ]);
    expect(issue.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(issue, { target: { value: 'SUP-13' } });
    fireEvent.change(within(form).getByLabelText('Schedule'), { target: { value: 'onDemand' } });
    fireEvent.change(within(form).getByLabelText('Users (account ids, comma-separated)'), {
      target: { value: 'acc-customer' },
    });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Watchers' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save delivery' }));
    await within(form).findByText('Reports are issued only on demand and posted on SUP-13.');
    await waitFor(() => expect(within(form).queryAllByRole('alert')).toEqual([]));
    expect(
      invocations.filter((i) => i.functionKey === 'saveDeliverySettings').at(-1)!.payload,
    ).toEqual({
      agreement: 'schultz-prod-gold',
      settings: {
        schedule: 'onDemand',
        deliveryIssue: 'SUP-13',
        recipients: { users: ['acc-customer'], groups: [], reporter: true, watchers: true },
      },
    });
  });
});
