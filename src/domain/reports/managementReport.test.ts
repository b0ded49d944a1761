import { bucketValue, durationBucket } from './durationBuckets';
import type { CaseFact, CycleFact, ManagementQuery } from './managementReport';
import { managementReportFromFacts } from './managementReport';
import { reportMonths } from './reportMonths';

const H = 3_600_000;
const utc = (text: string): number => Date.parse(text);
/** A time as the report gives it: the value of its duration bucket, within 1.1 % of it. */
const reported = (ms: number): number => bucketValue(durationBucket(ms));
const none = {
  team: null,
  customer: null,
  product: null,
  agreement: null,
  issueType: 'Incident',
  assignee: null,
};
const blue = { ...none, team: 'blue', customer: 'acme' };
const red = { ...none, team: 'red', customer: 'zeta' };

// Two months in Copenhagen: October 2026 (ends on the DST change, 25 Oct) and November.
const months = reportMonths('2026-10', '2026-11', 'Europe/Copenhagen');
const query: ManagementQuery = {
  months,
  grouping: 'team',
  goals: 'all',
  measures: { reaction: ['reaction'], resolution: ['resolution'] },
};

const cases: CaseFact[] = [
  {
    ...blue,
    issueId: '1',
    createdAt: utc('2026-10-05T08:00Z'),
    resolvedAt: utc('2026-10-06T08:00Z'),
  },
  { ...blue, issueId: '2', createdAt: utc('2026-10-31T22:30Z'), resolvedAt: null }, // 1 Nov local
  {
    ...blue,
    issueId: '3',
    createdAt: utc('2026-09-20T08:00Z'),
    resolvedAt: utc('2026-12-02T08:00Z'),
  },
  {
    ...red,
    issueId: '4',
    createdAt: utc('2026-11-10T08:00Z'),
    resolvedAt: utc('2026-11-11T08:00Z'),
  },
  {
    ...none,
    issueId: '5',
    createdAt: utc('2026-08-01T08:00Z'),
    resolvedAt: utc('2026-08-02T08:00Z'),
  }, // outside
];

const cycle = (
  fact: Partial<CycleFact> & Pick<CycleFact, 'issueId' | 'goal' | 'result' | 'elapsedMs'>,
): CycleFact => ({
  ...blue,
  internal: false,
  stoppedAt: null,
  breachedAt: null,
  ...fact,
});

const cycles: CycleFact[] = [
  cycle({
    issueId: '1',
    goal: 'reaction',
    result: 'met',
    elapsedMs: 1 * H,
    stoppedAt: utc('2026-10-05T09:00Z'),
  }),
  cycle({
    issueId: '1',
    goal: 'resolution',
    result: 'met',
    elapsedMs: 8 * H,
    stoppedAt: utc('2026-10-06T08:00Z'),
  }),
  cycle({
    issueId: '2',
    goal: 'reaction',
    result: 'missed',
    elapsedMs: 5 * H,
    stoppedAt: utc('2026-11-02T12:00Z'),
    breachedAt: utc('2026-11-02T09:00Z'),
  }),
  // Running and breached at the end of November: an open breach, not completed.
  cycle({
    issueId: '2',
    goal: 'resolution',
    result: 'running',
    elapsedMs: 60 * H,
    breachedAt: utc('2026-11-20T09:00Z'),
  }),
  // Breached in November, completed (missed) in December: open at November's end, not counted as missed.
  cycle({
    issueId: '3',
    goal: 'resolution',
    result: 'missed',
    elapsedMs: 90 * H,
    stoppedAt: utc('2026-12-02T08:00Z'),
    breachedAt: utc('2026-11-25T08:00Z'),
  }),
  cycle({
    issueId: '3',
    goal: 'reaction',
    result: 'met',
    elapsedMs: 3 * H,
    stoppedAt: utc('2026-09-20T09:00Z'),
  }), // before
  cycle({
    ...red,
    issueId: '4',
    goal: 'reaction',
    result: 'met',
    elapsedMs: 2 * H,
    stoppedAt: utc('2026-11-10T10:00Z'),
  }),
  cycle({
    ...red,
    issueId: '4',
    goal: 'pickup',
    internal: true,
    result: 'missed',
    elapsedMs: 4 * H,
    stoppedAt: utc('2026-11-10T12:00Z'),
  }),
];

describe('the management report, computed by hand', () => {
  it('takes month edges in the time zone: 31 Oct 23:30 local-next-day is November', () => {
    expect(
      months.map((m) => [m.key, new Date(m.start).toISOString(), new Date(m.end).toISOString()]),
    ).toEqual([
      ['2026-10', '2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'],
      ['2026-11', '2026-10-31T23:00:00.000Z', '2026-11-30T23:00:00.000Z'],
    ]);
  });

  it('counts cases, goals, compliance, open breaches and times per team', () => {
    const report = managementReportFromFacts(cases, cycles, query);
    expect(report.rows).toEqual([
      {
        group: 'blue',
        received: 2,
        resolved: 1,
        caseLoad: 2,
        // completed in Oct–Nov: 1 reaction met, 1 resolution met, 2 reaction missed
        met: 2,
        missed: 1,
        compliancePct: 66.7,
        // 2's running resolution and 3's resolution (breached 25 Nov, stopped 2 Dec)
        openBreaches: 2,
        // reactions 1 h and 5 h: median rank ⌈1⌉ → 1 h, 90th rank ⌈1.8⌉ = 2 → 5 h
        reaction: { count: 2, medianMs: reported(1 * H), p90Ms: reported(5 * H) },
        resolution: { count: 1, medianMs: reported(8 * H), p90Ms: reported(8 * H) },
      },
      {
        group: 'red',
        received: 1,
        resolved: 1,
        caseLoad: 0,
        met: 1,
        missed: 1, // the internal pick-up
        compliancePct: 50,
        openBreaches: 0,
        reaction: { count: 1, medianMs: reported(2 * H), p90Ms: reported(2 * H) },
        resolution: { count: 0, medianMs: null, p90Ms: null },
      },
    ]);
    expect(report.months).toEqual([
      { month: '2026-10', met: 2, missed: 0, compliancePct: 100 },
      { month: '2026-11', met: 1, missed: 2, compliancePct: 33.3 },
    ]);
    expect([report.from, report.to]).toEqual(['2026-10', '2026-11']);
  });

  it('reports times to a duration bucket: within 1.1 % of the time at the rank', () => {
    const { reaction } = managementReportFromFacts(cases, cycles, query).rows[0]!;
    expect(Math.abs(reaction.medianMs! - 1 * H) / H).toBeLessThan(0.011);
    expect(Math.abs(reaction.p90Ms! - 5 * H) / (5 * H)).toBeLessThan(0.011);
  });

  it('keeps to internal goals for the OLA report and to promised ones for the SLA report', () => {
    const ola = managementReportFromFacts(cases, cycles, { ...query, goals: 'ola' });
    expect(ola.rows.map((r) => [r.group, r.met, r.missed, r.openBreaches])).toEqual([
      ['blue', 0, 0, 0],
      ['red', 0, 1, 0],
    ]);
    const sla = managementReportFromFacts(cases, cycles, { ...query, goals: 'sla' });
    expect(sla.rows.map((r) => [r.group, r.met, r.missed])).toEqual([
      ['blue', 2, 1],
      ['red', 1, 0],
    ]);
  });

  it('groups by customer, the issues without one last', () => {
    const withNone = [
      ...cases,
      { ...none, issueId: '6', createdAt: utc('2026-11-03T08:00Z'), resolvedAt: null },
    ];
    const report = managementReportFromFacts(withNone, cycles, { ...query, grouping: 'customer' });
    expect(report.rows.map((r) => [r.group, r.received, r.caseLoad])).toEqual([
      ['acme', 2, 2],
      ['zeta', 1, 0],
      [null, 1, 1],
    ]);
  });
});
