import type { Compliance, CustomerReport } from './customerReport';

/** The longest change note issued_reports keeps. */
export const MAX_CHANGE_NOTE_LENGTH = 2000;

const pct = (compliance: Compliance) =>
  compliance.compliancePct === null ? 'n/a' : `${compliance.compliancePct}%`;

const complianceText = (compliance: Compliance) =>
  `${compliance.met} met, ${compliance.missed} missed (${pct(compliance)})`;

/**
 * What moved between two revisions of a period's report, in words: the figures that differ and
 * the goal rows added, removed or with another result. Empty when no figure moved.
 */
export function reportChanges(before: CustomerReport, after: CustomerReport): string[] {
  const changes: string[] = [];
  const moved = (what: string, from: string | number | null, to: string | number | null) => {
    if (from !== to) changes.push(`${what}: ${from ?? 'none'} → ${to ?? 'none'}`);
  };
  moved('contract version', before.contractVersion, after.contractVersion);
  moved('cases created', before.casesCreated, after.casesCreated);
  moved('active at period end', before.activeAtEnd.total, after.activeAtEnd.total);
  moved(
    'compliance',
    complianceText(before.compliance.total),
    complianceText(after.compliance.total),
  );
  const goalsBefore = new Map(before.compliance.byGoal.map((goal) => [goal.goal, goal]));
  for (const goal of after.compliance.byGoal) {
    const previous = goalsBefore.get(goal.goal);
    moved(
      `${goal.goalName} compliance`,
      previous ? complianceText(previous) : null,
      complianceText(goal),
    );
    goalsBefore.delete(goal.goal);
  }
  for (const goal of goalsBefore.values())
    moved(`${goal.goalName} compliance`, complianceText(goal), null);
  const rowKey = (row: CustomerReport['goals'][number]) =>
    `${row.issueKey} ${row.goalName} #${row.cycle + 1}`;
  const rowsBefore = new Map(before.goals.map((row) => [rowKey(row), row]));
  for (const row of after.goals) {
    const previous = rowsBefore.get(rowKey(row));
    if (!previous) changes.push(`${rowKey(row)} added (${row.result})`);
    else if (previous.result !== row.result || previous.elapsedMs !== row.elapsedMs) {
      changes.push(`${rowKey(row)}: ${previous.result} → ${row.result}`);
    }
    rowsBefore.delete(rowKey(row));
  }
  for (const key of rowsBefore.keys()) changes.push(`${key} removed`);
  return changes;
}

/** The change note of a revision: its changes, cut to fit the column with how many were left out. */
export function changeNote(changes: readonly string[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const [index, change] of changes.entries()) {
    const rest = `… and ${changes.length - index} more`;
    if (length + change.length + 2 + rest.length > MAX_CHANGE_NOTE_LENGTH) {
      lines.push(rest);
      break;
    }
    lines.push(change);
    length += change.length + 2;
  }
  return lines.join('; ');
}
