import type { Compliance, CustomerReport } from './customerReport';
import { escapeHtml, htmlTable as table, PRINT_STYLE as STYLE } from './printDocument';

/** An instant as the agreement's local date and time: "1 October 2026 at 00:00". */
const localTime = (isoInstant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(isoInstant),
  );

const hours = (ms: number | null) => (ms === null ? '–' : `${(ms / 3_600_000).toFixed(2)} h`);
const pct = (compliance: Compliance) =>
  compliance.compliancePct === null ? '–' : `${compliance.compliancePct} %`;

/** The report as a print-ready HTML document: summary figures, then every goal measured. */
export function customerReportHtml(
  report: CustomerReport,
  issuedAt: string,
  revision: number,
): string {
  const title = `Service level report ${report.period.key}: ${report.agreement.name}`;
  const complianceRows = (rows: readonly (Compliance & { label: string })[]) =>
    rows.map((row) => [row.label, row.met, row.missed, pct(row)]);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Customer: ${escapeHtml(report.customer.name)}</p>
<p class="meta">Period: ${escapeHtml(localTime(report.period.start, report.period.timeZone))} to ${escapeHtml(localTime(report.period.end, report.period.timeZone))} (${escapeHtml(report.period.timeZone)})</p>
<p class="meta">Contract version ${report.contractVersion ?? '–'}, revision ${revision}, issued ${escapeHtml(issuedAt)}</p>
<h2>Cases</h2>
${table(['Created in the period', 'Active at the period end'], [[report.casesCreated, report.activeAtEnd.total]])}
${table(
  ['Status at the period end', 'Active cases'],
  report.activeAtEnd.byStatus.map((row) => [row.status, row.count]),
)}
${table(
  ['Priority', 'Active cases'],
  report.activeAtEnd.byPriority.map((row) => [row.name ?? row.id ?? '–', row.count]),
)}
<h2>Goals completed in the period</h2>
${table(['', 'Met', 'Missed', 'Compliance'], complianceRows([{ label: 'All goals', ...report.compliance.total }]))}
${table(['Goal', 'Met', 'Missed', 'Compliance'], complianceRows(report.compliance.byGoal.map((row) => ({ ...row, label: row.goalName }))))}
${table(['Priority', 'Met', 'Missed', 'Compliance'], complianceRows(report.compliance.byPriority.map((row) => ({ ...row, label: row.name ?? row.id ?? '–' }))))}
<h2>Every goal measured in the period</h2>
${table(
  ['Issue', 'Goal', 'Priority', 'Target', 'Elapsed', 'Result'],
  report.goals.map((row) => [
    row.issueKey,
    row.cycle > 0 ? `${row.goalName} (cycle ${row.cycle + 1})` : row.goalName,
    row.priority.name ?? row.priority.id ?? '–',
    hours(row.targetMs),
    hours(row.elapsedMs),
    row.result,
  ]),
)}
</body></html>
`;
}
