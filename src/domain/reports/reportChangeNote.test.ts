import { buildCustomerReport } from './buildCustomerReport';
import type { ReportGoalFact, ReportIssueFact } from './reportFacts';
import { MAX_CHANGE_NOTE_LENGTH, changeNote, reportChanges } from './reportChangeNote';
import { reportPeriod } from './reportPeriod';

const period = reportPeriod('2026-11', 'UTC');
const issue: ReportIssueFact = {
  issueKey: 'A-1',
  status: 'Open',
  priority: 'p1',
  priorityName: 'Critical',
  priorityRank: 1,
  createdAt: Date.parse('2026-11-02T08:00:00Z'),
  resolvedAt: null,
};
const response: ReportGoalFact = {
  issueKey: 'A-1',
  goal: 'response',
  goalName: 'Response',
  cycle: 0,
  internal: false,
  priority: 'p1',
  priorityName: 'Critical',
  priorityRank: 1,
  startedAt: issue.createdAt,
  stoppedAt: Date.parse('2026-11-02T09:00:00Z'),
  targetMs: 3_600_000,
  elapsedMs: 1_800_000,
  result: 'met',
  breachedAt: null,
};
const report = (goals: ReportGoalFact[], contractVersion = 1) =>
  buildCustomerReport({
    agreement: { id: 'gold', name: 'Gold' },
    customer: { id: 'acme', name: 'Acme' },
    period,
    contractVersion,
    issues: [issue],
    goals,
  });

describe('reportChanges', () => {
  it('is empty when no figure moved', () => {
    expect(reportChanges(report([response]), report([response]))).toEqual([]);
  });

  it('names the figures that moved and the goal rows whose result changed', () => {
    const recalculated = { ...response, elapsedMs: 5_400_000, result: 'missed' as const };
    expect(reportChanges(report([response]), report([recalculated], 2))).toEqual([
      'contract version: 1 → 2',
      'compliance: 1 met, 0 missed (100%) → 0 met, 1 missed (0%)',
      'Response compliance: 1 met, 0 missed (100%) → 0 met, 1 missed (0%)',
      'A-1 Response #1: met → missed',
    ]);
  });

  it('names goal rows added and removed', () => {
    expect(reportChanges(report([]), report([response]))).toContain('A-1 Response #1 added (met)');
    expect(reportChanges(report([response]), report([]))).toContain('A-1 Response #1 removed');
  });
});

describe('changeNote', () => {
  it('fits the column, saying how many changes it left out', () => {
    const changes = Array.from(
      { length: 500 },
      (_, index) => `A-${index} Response #1: met → missed`,
    );
    const note = changeNote(changes);
    expect(note.length).toBeLessThanOrEqual(MAX_CHANGE_NOTE_LENGTH);
    expect(note).toMatch(/… and \d+ more$/);
  });
});
