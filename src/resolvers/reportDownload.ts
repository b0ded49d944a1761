/**
 * An issued customer report as a file: the one download both the Reports page (administrators)
 * and the customer portal's profile panel (the customer's own reports) answer, so the customer
 * gets byte for byte what the administrator gets.
 */
import type { CustomerReport } from '../domain/reports/customerReport';
import { customerReportCsv } from '../domain/reports/customerReportCsv';
import { customerReportHtml } from '../domain/reports/customerReportHtml';
import type { ValidationError } from '../domain/validation';
import type { IssuedReportRow } from '../storage/reports/issuedReports';
import { invalid, ResolverError } from './resolverKit';
import type { ReportDownload, ReportFormat } from './views';

/** Report ids are the UUIDs `issueCustomerReport` gives them. */
const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORMATS: readonly ReportFormat[] = ['csv', 'html'];

const REPORT_ID_ERROR: ValidationError = {
  path: '$.reportId',
  message: 'must be the id of an issued report',
};

/** `input.reportId`, refused with its path unless it is a report id. */
export function readReportId(input: Record<string, unknown>): string {
  const { reportId } = input;
  if (typeof reportId !== 'string' || !REPORT_ID.test(reportId)) throw invalid([REPORT_ID_ERROR]);
  return reportId;
}

/** `{ reportId, format }` of a download request, every problem at its path. */
export function readDownloadRequest(input: Record<string, unknown>): {
  reportId: string;
  format: ReportFormat;
} {
  const errors: ValidationError[] = [];
  const format = FORMATS.find((f) => f === input.format);
  if (!format) errors.push({ path: '$.format', message: 'must be csv or html' });
  const { reportId } = input;
  const idOk = typeof reportId === 'string' && REPORT_ID.test(reportId);
  if (!idOk) errors.push(REPORT_ID_ERROR);
  if (errors.length > 0 || !format || !idOk) throw invalid(errors);
  return { reportId, format };
}

/**
 * The refusal for a report id that names no report the caller may have: the same words for one
 * that does not exist and one of another customer, so the portal tells nothing about either.
 */
export const noSuchReport = (reportId: string) =>
  new ResolverError('notFound', `There is no issued report ${reportId}.`);

const fileName = (row: IssuedReportRow, format: ReportFormat) =>
  `${row.agreement}-${row.period}-r${row.revision}.${format}`.replace(/[^\w.-]/g, '_');

/** The stored revision as CSV, or as print-ready HTML stamped with its issue time and revision. */
export function reportDownload(row: IssuedReportRow, format: ReportFormat): ReportDownload {
  const report = JSON.parse(row.content) as CustomerReport;
  return format === 'csv'
    ? { fileName: fileName(row, format), mimeType: 'text/csv', content: customerReportCsv(report) }
    : {
        fileName: fileName(row, format),
        mimeType: 'text/html',
        content: customerReportHtml(report, new Date(row.issued_at).toISOString(), row.revision),
      };
}
