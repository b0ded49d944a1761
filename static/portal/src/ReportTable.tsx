import { useState } from 'react';
import type { PortalReportDownload, PortalReportSummary } from '../../../src/resolvers/portalViews';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { PlainTable } from '../../shared/components/PlainTable';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { downloadFile } from '../../shared/downloadFile';
import { instantDateWords, periodWords } from './portalText';

type Format = 'html' | 'csv';
type Downloading =
  | { status: 'idle' }
  | { status: 'busy'; reportId: string; format: Format }
  | { status: 'failed'; error: unknown };

/** The hash's first characters: enough to compare copies by eye; the full one in its title. */
const SHORT_HASH = 12;

/**
 * An organisation's issued monthly reports: month, agreement, revision, issue date and the
 * content's fingerprint, each downloadable as HTML or CSV (`downloadPortalReport`).
 */
export function ReportTable({
  customerName,
  reports,
}: {
  customerName: string;
  reports: readonly PortalReportSummary[];
}) {
  const [downloading, setDownloading] = useState<Downloading>({ status: 'idle' });

  const download = (report: PortalReportSummary, format: Format) => {
    setDownloading({ status: 'busy', reportId: report.reportId, format });
    call<PortalReportDownload>('downloadPortalReport', { reportId: report.reportId, format }).then(
      (file) => {
        downloadFile(file.fileName, file.content, file.mimeType);
        setDownloading({ status: 'idle' });
      },
      (error: unknown) => setDownloading({ status: 'failed', error }),
    );
  };
  const button = (report: PortalReportSummary, format: Format, label: string) => {
    const busy =
      downloading.status === 'busy' &&
      downloading.reportId === report.reportId &&
      downloading.format === format;
    return (
      <Button disabled={downloading.status === 'busy'} onClick={() => download(report, format)}>
        {busy ? 'Preparing…' : label}
        <span className="visually-hidden">
          {' '}
          of {periodWords(report.period)}, {report.agreement.name}
        </span>
      </Button>
    );
  };

  return (
    <>
      <div className="portal-table-scroll">
        <PlainTable
          label={`Monthly reports of ${customerName}`}
          className="portal-table"
          rowKey={(r) => r.reportId}
          rows={reports}
          columns={[
            { header: 'Month', cell: (r) => periodWords(r.period) },
            { header: 'Agreement', cell: (r) => r.agreement.name },
            { header: 'Revision', cell: (r) => r.revision },
            {
              header: 'Issued',
              cell: (r) => <time dateTime={r.issuedAt}>{instantDateWords(r.issuedAt)}</time>,
            },
            {
              header: 'Fingerprint',
              cell: (r) => (
                <code title={`SHA-256 ${r.contentHash}`}>{r.contentHash.slice(0, SHORT_HASH)}</code>
              ),
            },
            {
              header: 'Download',
              cell: (r) => (
                <span className="portal-downloads">
                  {button(r, 'html', 'Download HTML')}
                  {button(r, 'csv', 'Download CSV')}
                </span>
              ),
            },
          ]}
        />
      </div>
      {downloading.status === 'failed' && (
        <ResolverErrorMessage error={downloading.error} what="the report" />
      )}
    </>
  );
}
