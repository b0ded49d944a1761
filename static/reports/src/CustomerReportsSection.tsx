import { useState } from 'react';
import type {
  IssuedReportSummary,
  IssueReportOutcome,
  ReportDownload,
  ReportFormat,
  ReportList,
} from '../../../src/resolvers/views';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { downloadFile } from '../../shared/downloadFile';
import { DeliverySettingsEditor } from './DeliverySettingsEditor';
import { DeliveryStatus } from './DeliveryStatus';
import { FormField } from './FormField';
import { useResolver } from './useResolver';

const NO_PAYLOAD = {};

/** What an issue outcome says about the revision's delivery. */
function deliveryText(summary: IssuedReportSummary): string {
  const { delivery } = summary;
  if (!delivery) return '';
  return delivery.status === 'delivered'
    ? ` Posted on ${delivery.issueKey}.`
    : delivery.status === 'failed'
      ? ` Delivery failed: ${delivery.lastError ?? 'unknown error'}.`
      : '';
}

/**
 * The customer reports issued per agreement and month: list, issue on demand (notifying the
 * agreement's recipients unless unticked), download, each revision's delivery with a retry,
 * and the chosen agreement's schedule and delivery.
 */
export function CustomerReportsSection() {
  const { data, loading, error, reload } = useResolver<ReportList>('listReports', NO_PAYLOAD);
  const [agreement, setAgreement] = useState('');
  const [period, setPeriod] = useState('');
  const [notify, setNotify] = useState(true);
  const [deliveryOpen, setDeliveryOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string } | { error: unknown } | null>(null);
  const chosen = agreement || data?.agreements[0]?.id || '';

  const issue = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await call<IssueReportOutcome>('issueReport', {
        agreement: chosen,
        period,
        notify,
      });
      const { summary } = result;
      setOutcome({
        text: result.issued
          ? `Issued ${summary.agreement.name} ${summary.period}, revision ${summary.revision}.${deliveryText(summary)}`
          : `Nothing changed since revision ${summary.revision} of ${summary.period}: no new revision.`,
      });
      reload();
    } catch (failure) {
      setOutcome({ error: failure });
    } finally {
      setBusy(false);
    }
  };

  const deliver = async (reportId: string) => {
    setBusy(true);
    setOutcome(null);
    try {
      const summary = await call<IssuedReportSummary>('retryDelivery', { reportId });
      setOutcome({
        text: `Revision ${summary.revision} of ${summary.agreement.name} ${summary.period}:${deliveryText(summary) || ' not delivered.'}`,
      });
      reload();
    } catch (failure) {
      setOutcome({ error: failure });
    } finally {
      setBusy(false);
    }
  };

  const download = async (reportId: string, format: ReportFormat) => {
    try {
      const file = await call<ReportDownload>('downloadReport', { reportId, format });
      downloadFile(file.fileName, file.content, file.mimeType);
    } catch (failure) {
      setOutcome({ error: failure });
    }
  };

  return (
    <section className="reports__section" aria-labelledby="customer-reports-heading">
      <h2 id="customer-reports-heading">Customer reports</h2>
      {error !== null && <ResolverErrorMessage error={error} what="the customer reports" />}
      {data === null ? (
        loading && <Spinner label="Loading the customer reports…" />
      ) : (
        <>
          <form
            className="reports__form"
            onSubmit={(event) => {
              event.preventDefault();
              void issue();
            }}
          >
            <FormField label="Agreement">
              {(id) => (
                <select id={id} value={chosen} onChange={(e) => setAgreement(e.target.value)}>
                  {data.agreements.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name} ({a.timeZone})
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="Month">
              {(id) => (
                <input
                  id={id}
                  type="month"
                  required
                  value={period}
                  onChange={(e) => setPeriod(e.target.value)}
                />
              )}
            </FormField>
            <label className="reports__check">
              <input
                type="checkbox"
                checked={notify}
                onChange={(e) => setNotify(e.target.checked)}
              />{' '}
              Notify recipients
            </label>
            <Button appearance="primary" type="submit" disabled={busy || !chosen}>
              Issue report
            </Button>
          </form>
          {outcome && 'text' in outcome && (
            <SectionMessage appearance="success" title="Customer report">
              <p>{outcome.text}</p>
            </SectionMessage>
          )}
          {outcome && 'error' in outcome && (
            <ResolverErrorMessage error={outcome.error} what="the customer report" />
          )}
          {data.reports.length === 0 ? (
            <p className="data-table__empty">No customer report has been issued yet.</p>
          ) : (
            <div className="data-table">
              <table aria-label="Issued customer reports">
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Agreement</th>
                    <th scope="col">Customer</th>
                    <th scope="col" className="numeric">
                      Revision
                    </th>
                    <th scope="col">Issued</th>
                    <th scope="col">What changed</th>
                    <th scope="col">Delivery</th>
                    <th scope="col">Download</th>
                  </tr>
                </thead>
                <tbody>
                  {data.reports.map((r) => (
                    <tr key={r.reportId}>
                      <td>{r.period}</td>
                      <td>{r.agreement.name}</td>
                      <td>{r.customer.name}</td>
                      <td className="numeric">{r.revision}</td>
                      <td>
                        <time dateTime={r.issuedAt}>
                          {r.issuedAt.slice(0, 16).replace('T', ' ')} UTC
                        </time>
                      </td>
                      <td>{r.changeNote ?? '–'}</td>
                      <td>
                        <DeliveryStatus
                          delivery={r.delivery}
                          busy={busy}
                          onRetry={() => void deliver(r.reportId)}
                        />
                      </td>
                      <td>
                        <Button
                          appearance="subtle"
                          onClick={() => void download(r.reportId, 'csv')}
                        >
                          CSV
                        </Button>
                        <Button
                          appearance="subtle"
                          onClick={() => void download(r.reportId, 'html')}
                        >
                          Print version
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {chosen && (
            <details
              className="reports__disclosure"
              onToggle={(e) => setDeliveryOpen(e.currentTarget.open)}
            >
              <summary>
                Delivery of {data.agreements.find((a) => a.id === chosen)?.name ?? chosen}
              </summary>
              {/* Loaded when opened: most visits only read the list. */}
              {deliveryOpen && <DeliverySettingsEditor key={chosen} agreement={chosen} />}
            </details>
          )}
        </>
      )}
    </section>
  );
}
