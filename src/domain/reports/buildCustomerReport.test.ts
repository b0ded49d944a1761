import { buildCustomerReport } from './buildCustomerReport';
import type { ReportGoalFact, ReportIssueFact } from './reportFacts';
import { reportPeriod } from './reportPeriod';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const P1 = { priority: 'p1', priorityName: 'Critical', priorityRank: 1 };
const P2 = { priority: 'p2', priorityName: 'Major', priorityRank: 2 };

// October 2026 in Copenhagen: 2026-09-30T22:00Z (CEST) to 2026-10-31T23:00Z (CET, DST ended).
const october = reportPeriod('2026-10', 'Europe/Copenhagen');

const issue = (
  issueKey: string,
  priority: typeof P1,
  status: string,
  created: string,
  resolved: string | null,
): ReportIssueFact => ({
  issueKey,
  status,
  ...priority,
  createdAt: at(created),
  resolvedAt: resolved === null ? null : at(resolved),
});

const goal = (
  issueKey: string,
  name: 'Response' | 'Resolution' | 'Triage',
  cycle: number,
  priority: typeof P1,
  started: string,
  stopped: string | null,
  result: ReportGoalFact['result'],
  breached: string | null = null,
): ReportGoalFact => ({
  issueKey,
  goal: name.toLowerCase(),
  goalName: name,
  cycle,
  internal: name === 'Triage',
  ...priority,
  startedAt: at(started),
  stoppedAt: stopped === null ? null : at(stopped),
  targetMs: 8 * HOUR,
  elapsedMs: result === 'met' ? 2 * HOUR : 9 * HOUR,
  result,
  breachedAt: breached === null ? null : at(breached),
});

const issues = [
  // Spans two periods: created in September, resolved in October.
  issue('A-1', P2, 'Done', '2026-09-20T08:00:00Z', '2026-10-05T08:00:00Z'),
  issue('A-2', P1, 'In Progress', '2026-10-02T08:00:00Z', null),
  // 23:30 local on 31 October: still October.
  issue('A-3', P2, 'Waiting', '2026-10-31T22:30:00Z', null),
  // 00:30 local on 1 November (23:30 UTC on 31 October): not October.
  issue('A-4', P1, 'Open', '2026-10-31T23:30:00Z', null),
  // 00:30 local on 1 October (still September in UTC); resolved, then reopened: open again.
  issue('A-5', P2, 'Reopened', '2026-09-30T22:30:00Z', null),
  // Resolved one minute before the period's end.
  issue('A-6', P2, 'Done', '2026-10-03T08:00:00Z', '2026-10-31T22:59:00Z'),
];

const goals = [
  goal('A-1', 'Response', 0, P2, '2026-09-20T08:00:00Z', '2026-09-20T09:00:00Z', 'met'),
  // Missed in September, completed in October: counts in October, as missed.
  goal(
    'A-1',
    'Resolution',
    0,
    P2,
    '2026-09-20T08:00:00Z',
    '2026-10-05T08:00:00Z',
    'missed',
    '2026-09-28T08:00:00Z',
  ),
  goal('A-2', 'Response', 0, P1, '2026-10-02T08:00:00Z', '2026-10-02T09:00:00Z', 'met'),
  goal('A-2', 'Resolution', 0, P1, '2026-10-02T08:00:00Z', null, 'running'),
  goal('A-2', 'Triage', 0, P1, '2026-10-02T08:00:00Z', '2026-10-02T08:10:00Z', 'met'),
  // The reopened case: cycle 0 met before the reopening, cycle 1 breached and still running.
  goal('A-5', 'Resolution', 0, P2, '2026-09-30T22:30:00Z', '2026-10-10T08:00:00Z', 'met'),
  goal('A-5', 'Resolution', 1, P2, '2026-10-20T08:00:00Z', null, 'missed', '2026-10-30T08:00:00Z'),
  // Stopped at 00:30 local on 1 November: running at October's end, counted in November.
  goal('A-6', 'Response', 0, P2, '2026-10-03T08:00:00Z', '2026-10-31T23:30:00Z', 'met'),
  goal(
    'A-6',
    'Resolution',
    0,
    P2,
    '2026-10-03T08:00:00Z',
    '2026-10-31T22:59:00Z',
    'missed',
    '2026-10-20T08:00:00Z',
  ),
  goal('A-4', 'Response', 0, P1, '2026-10-31T23:30:00Z', null, 'running'),
];

const report = buildCustomerReport({
  agreement: { id: 'gold', name: 'Gold' },
  customer: { id: 'acme', name: 'Acme' },
  period: october,
  contractVersion: 7,
  issues,
  goals,
});

describe('buildCustomerReport (October 2026, Copenhagen, computed by hand)', () => {
  it('states the period in the agreement time zone, ending after the DST change', () => {
    expect(report.period).toEqual({
      key: '2026-10',
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-10-31T23:00:00.000Z',
      timeZone: 'Europe/Copenhagen',
    });
    expect(report.contractVersion).toBe(7);
  });

  it('counts the cases created in the local month: A-2, A-3, A-5, A-6', () => {
    expect(report.casesCreated).toBe(4);
  });

  it('counts the cases active at the end by status and priority: A-2, A-3, A-5', () => {
    expect(report.activeAtEnd).toEqual({
      total: 3,
      byStatus: [
        { status: 'In Progress', count: 1 },
        { status: 'Reopened', count: 1 },
        { status: 'Waiting', count: 1 },
      ],
      byPriority: [
        { id: 'p1', name: 'Critical', rank: 1, count: 1 },
        { id: 'p2', name: 'Major', rank: 2, count: 2 },
      ],
    });
  });

  it('counts each goal completed in the period once, internal goals left out', () => {
    // Completed in October: A-1 Resolution missed (P2), A-2 Response met (P1),
    // A-5 Resolution cycle 0 met (P2), A-6 Resolution missed (P2).
    expect(report.compliance).toEqual({
      total: { met: 2, missed: 2, compliancePct: 50 },
      byGoal: [
        { goal: 'resolution', goalName: 'Resolution', met: 1, missed: 2, compliancePct: 33.3 },
        { goal: 'response', goalName: 'Response', met: 1, missed: 0, compliancePct: 100 },
      ],
      byPriority: [
        { id: 'p1', name: 'Critical', rank: 1, met: 1, missed: 0, compliancePct: 100 },
        { id: 'p2', name: 'Major', rank: 2, met: 1, missed: 2, compliancePct: 33.3 },
      ],
    });
  });

  it('lists every goal measured in the period, with running ones as at its end', () => {
    expect(
      report.goals.map((row) => [row.issueKey, row.goal, row.cycle, row.result, row.elapsedMs]),
    ).toEqual([
      ['A-1', 'resolution', 0, 'missed', 9 * HOUR],
      ['A-5', 'resolution', 0, 'met', 2 * HOUR],
      ['A-2', 'resolution', 0, 'running', null],
      ['A-2', 'response', 0, 'met', 2 * HOUR],
      ['A-6', 'resolution', 0, 'missed', 9 * HOUR],
      ['A-6', 'response', 0, 'running', null],
      ['A-5', 'resolution', 1, 'breached', null],
    ]);
    expect(report.goals.some((row) => row.goal === 'triage')).toBe(false);
  });

  it('counts the goal missed in September in October, where it was completed', () => {
    const september = buildCustomerReport({
      agreement: { id: 'gold', name: 'Gold' },
      customer: { id: 'acme', name: 'Acme' },
      period: reportPeriod('2026-09', 'Europe/Copenhagen'),
      contractVersion: 7,
      issues,
      goals,
    });
    expect(september.compliance.total).toEqual({ met: 1, missed: 0, compliancePct: 100 });
    const resolution = september.goals.find(
      (row) => row.issueKey === 'A-1' && row.goal === 'resolution',
    );
    expect(resolution?.result).toBe('breached');
  });

  it('says nothing about compliance when no goal was completed', () => {
    const empty = buildCustomerReport({
      agreement: { id: 'gold', name: 'Gold' },
      customer: { id: 'acme', name: 'Acme' },
      period: reportPeriod('2025-01', 'Europe/Copenhagen'),
      contractVersion: null,
      issues: [],
      goals: [],
    });
    expect(empty.compliance.total).toEqual({ met: 0, missed: 0, compliancePct: null });
    expect(empty.goals).toEqual([]);
  });
});
