import type {
  IssuedReportSummary,
  ManagementReport,
  OperationalView,
  QualityMeasures,
  ReportDeliverySettings,
  ReportList,
} from '../../../src/resolvers/views';

const H = 3_600_000;
const none = { count: 0, medianMs: null, p90Ms: null };

export const managementReport = (from: string, to: string): ManagementReport => ({
  from,
  to,
  start: Date.parse(`${from}-01T00:00Z`),
  end: Date.parse(`${to}-01T00:00Z`),
  grouping: 'customer',
  goals: 'all',
  rows: [
    {
      group: 'acme',
      received: 12,
      resolved: 10,
      caseLoad: 4,
      met: 18,
      missed: 2,
      compliancePct: 90,
      openBreaches: 1,
      reaction: { count: 12, medianMs: H, p90Ms: 3 * H },
      resolution: { count: 10, medianMs: 20 * H, p90Ms: 40 * H },
    },
    {
      group: null,
      received: 1,
      resolved: 0,
      caseLoad: 1,
      met: 0,
      missed: 0,
      compliancePct: null,
      openBreaches: 0,
      reaction: none,
      resolution: none,
    },
  ],
  months: [
    { month: from, met: 10, missed: 0, compliancePct: 100 },
    { month: to, met: 8, missed: 2, compliancePct: 80 },
  ],
});

export const operational: OperationalView = {
  now: Date.parse('2026-12-01T13:30Z'),
  dayEnd: Date.parse('2026-12-01T23:00Z'),
  timeZone: 'Europe/Copenhagen',
  teams: [{ team: 'blue', breached: 1, withinHour: 1, today: 0 }],
  goals: [
    {
      issueKey: 'SUP-1',
      team: 'blue',
      goal: 'reaction',
      goalName: 'Reaction time',
      internal: false,
      breachedAt: Date.parse('2026-12-01T09:00Z'),
      breachesAt: null,
      bucket: 'breached',
    },
    {
      issueKey: 'SUP-2',
      team: 'blue',
      goal: 'pickup',
      goalName: '2nd line pick-up',
      internal: true,
      breachedAt: null,
      breachesAt: Date.parse('2026-12-01T14:00Z'),
      bucket: 'withinHour',
    },
  ],
};

export const issuedReport: IssuedReportSummary = {
  reportId: 'r-1',
  agreement: { id: 'schultz-prod-gold', name: 'Schultz production, Gold' },
  customer: { id: 'schultz', name: 'Schultz A/S' },
  period: '2026-10',
  periodStart: '2026-09-30T22:00:00.000Z',
  periodEnd: '2026-10-31T23:00:00.000Z',
  revision: 1,
  contractVersion: 3,
  contentHash: 'ab'.repeat(32),
  issuedAt: '2026-11-01T00:05:00.000Z',
  issuedBy: 'app',
  changeNote: null,
  delivery: null,
};

export const reportList: ReportList = {
  reports: [issuedReport],
  agreements: [
    {
      id: 'schultz-prod-gold',
      name: 'Schultz production, Gold',
      customer: 'schultz',
      timeZone: 'Europe/Copenhagen',
    },
  ],
};

/** An agreement's delivery: monthly, posted on SUP-12, notifying a user and the reporter. */
export const deliverySettings: ReportDeliverySettings = {
  schedule: 'monthly',
  deliveryIssue: 'SUP-12',
  recipients: { users: ['acc-customer'], groups: [], reporter: true, watchers: false },
};

export const qualityMeasures = (from: string, to: string): QualityMeasures => ({
  from,
  to,
  rows: [
    {
      month: from,
      team: 'blue',
      csatAnswers: 3,
      csatPercent: 200 / 3,
      npsAnswers: 4,
      nps: 25,
      flagged: 2,
      followUpsDue: 2,
      followUpsInTime: 1,
      followedUpInTimePercent: 50,
      openNonConformities: 1,
      closedNonConformities: 2,
      capaCycleDays: 12.25,
      overdueActions: 1,
    },
    {
      month: from,
      team: null,
      csatAnswers: 1,
      csatPercent: 0,
      npsAnswers: 0,
      nps: null,
      flagged: 1,
      followUpsDue: 0,
      followUpsInTime: 0,
      followedUpInTimePercent: null,
      openNonConformities: 0,
      closedNonConformities: 0,
      capaCycleDays: null,
      overdueActions: 0,
    },
  ],
  months: [
    { month: from, csatAnswers: 4, csatPercent: 50, npsAnswers: 4, nps: 25 },
    { month: to, csatAnswers: 0, csatPercent: null, npsAnswers: 2, nps: -50 },
  ],
});
