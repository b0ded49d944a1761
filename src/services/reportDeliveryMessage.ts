import type { Compliance, CustomerReport } from '../domain/reports/customerReport';
import { adfHeading, adfParagraph, adfTable } from '../jira/adf';
import type { AdfDocument, NotificationBody } from '../jira/types';
import type { IssuedReportRow } from '../storage/reports/issuedReports';

/**
 * What a delivered revision says on the delivery issue and in the e-mail. It is built from the
 * issued report's own content, which is the customer's copy: internal (OLA) goals were left
 * out when it was built (`buildCustomerReport`), so they cannot appear here.
 */

const pct = (c: Compliance) => (c.compliancePct === null ? '–' : `${c.compliancePct} %`);
const day = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long' }).format(new Date(iso));

const title = (report: CustomerReport, revision: number) =>
  `Service report ${report.agreement.name}, ${report.period.key}` +
  (revision > 1 ? ` (revision ${revision})` : '');

/** The lines both the comment and the e-mail start with. */
function summaryLines(row: IssuedReportRow, report: CustomerReport): string[] {
  const { period } = report;
  // The period's last day: its end is the first instant of the next month.
  const lastDay = new Date(Date.parse(period.end) - 1).toISOString();
  return [
    `${report.customer.name}, agreement ${report.agreement.name}: ${day(period.start, period.timeZone)} to ${day(lastDay, period.timeZone)} (${period.timeZone}).`,
    `Revision ${row.revision}, issued ${new Date(row.issued_at).toISOString().slice(0, 16).replace('T', ' ')} UTC under contract version ${report.contractVersion ?? '–'}.`,
    ...(row.revision > 1 && row.change_note ? [`What changed: ${row.change_note}`] : []),
    `Cases created: ${report.casesCreated}. Open at the end of the period: ${report.activeAtEnd.total}. Goals met: ${report.compliance.total.met}, missed: ${report.compliance.total.missed}, compliance: ${pct(report.compliance.total)}.`,
  ];
}

/** The hash line lets the customer check that a copy is the one issued. */
const hashLine = (row: IssuedReportRow) =>
  `Report ${row.report_id}, SHA-256 of its content: ${row.content_hash}`;

/** The comment posted on the delivery issue: summary, compliance tables, hash. */
export function deliveryComment(row: IssuedReportRow, report: CustomerReport): AdfDocument {
  const { compliance } = report;
  return {
    type: 'doc',
    version: 1,
    content: [
      adfHeading(3, title(report, row.revision)),
      ...summaryLines(row, report).map(adfParagraph),
      adfHeading(4, 'Compliance per goal'),
      adfTable(
        ['Goal', 'Met', 'Missed', 'Compliance'],
        compliance.byGoal.map((g) => [g.goalName, String(g.met), String(g.missed), pct(g)]),
      ),
      adfHeading(4, 'Compliance per priority'),
      adfTable(
        ['Priority', 'Met', 'Missed', 'Compliance'],
        compliance.byPriority.map((p) => [
          p.name ?? p.id ?? 'No priority',
          String(p.met),
          String(p.missed),
          pct(p),
        ]),
      ),
      adfParagraph(hashLine(row)),
    ],
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail Jira sends the recipients: the summary, and where the report is. */
export function deliveryNotification(
  row: IssuedReportRow,
  report: CustomerReport,
  issueKey: string,
  to: NotificationBody['to'],
): NotificationBody {
  const lines = [
    ...summaryLines(row, report),
    `The report is posted on ${issueKey}.`,
    hashLine(row),
  ];
  return {
    subject: title(report, row.revision),
    textBody: lines.join('\n'),
    htmlBody: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
    to,
  };
}
