import { csvText } from './csvText';
import type { CustomerReport } from './customerReport';

const hours = (ms: number | null) => (ms === null ? null : (ms / 3_600_000).toFixed(2));

/**
 * The report's goal list as CSV, one row per goal cycle measured in the period: the table a
 * customer checks figures against. The summary figures are in the print-ready document.
 */
export function customerReportCsv(report: CustomerReport): string {
  return csvText([
    [
      'Issue',
      'Goal',
      'Cycle',
      'Priority',
      'Target (hours)',
      'Elapsed (hours)',
      'Result',
      'Started (UTC)',
      'Stopped (UTC)',
    ],
    ...report.goals.map((row) => [
      row.issueKey,
      row.goalName,
      row.cycle + 1,
      row.priority.name ?? row.priority.id,
      hours(row.targetMs),
      hours(row.elapsedMs),
      row.result,
      row.startedAt,
      row.stoppedAt,
    ]),
  ]);
}
