import type {
  IssuedReviewSummary,
  ReviewDraft,
  ReviewPack,
} from '../../../../src/resolvers/managementReviewViews';

/** A small pack of two months, as `previewManagementReview` answers. */
export function reviewPack(from = '2025-11', to = '2025-12'): ReviewPack {
  return {
    format: 'management-review/1',
    period: { from, to, timeZone: 'Europe/Copenhagen', start: 0, end: 1 },
    preparedAt: Date.parse('2026-01-10T09:00:00Z'),
    auditResults: { audits: [], conclusion: '' },
    customerSatisfaction: {
      months: [from, to].map((month) => ({
        month,
        customers: 2,
        customersWithNamedContact: 1,
        orderersWithNamedContact: 0.5,
        customersWithWrittenAgreement: 0.5,
        surveyAnswers: 10,
        csat: 0.85,
        complaints: 1,
      })),
      surveyAnswers: 20,
      csat: 0.85,
      complaints: 2,
    },
    kpis: {
      trends: [],
      summary: [
        {
          id: 'kpi-sla',
          name: 'SLA compliance',
          unit: '%',
          direction: 'higher',
          target: 95,
          monthsWithValue: 2,
          monthsMeetingTarget: 1,
          first: { month: from, value: 93 },
          latest: { month: to, value: 96 },
          trend: 'improved',
        } as ReviewPack['kpis']['summary'][number],
      ],
    },
    risk: {
      trend: { areas: [], composite: [] },
      compositeFirst: { month: from, score: 62 },
      compositeLatest: { month: to, score: 58 },
      register: [
        {
          id: 'r1',
          title: 'Key supplier fails',
          area: 'vendor',
          owner: 'acc-admin',
          level: 'high',
          mitigation: 'Second supplier',
          approvalRequired: 'board',
          approvedBy: null,
          approvedAt: null,
          status: 'open',
        },
      ],
      openRisks: 1,
      openByLevel: [],
      approvalsDue: 1,
    },
    nonConformities: {
      months: [from, to].map((month) => ({
        month,
        raised: 1,
        closed: 0,
        openAtEnd: 1,
        overdueActionsAtEnd: 0,
      })),
      raisedInPeriod: 2,
      closedInPeriod: 0,
      openAtPeriodEnd: 2,
      open: {
        total: 1,
        byStep: [],
        overdueActions: 1,
        overdueChecks: 0,
        items: [
          {
            issueKey: 'QM-7',
            raisedAt: 0,
            reason: 'Recurring slow answers',
            step: 'correctiveActions',
            round: 1,
            openActions: 1,
            overdueActions: 1,
            checkDueAt: null,
            checkOverdue: false,
          },
        ],
      },
    },
    slaCompliance: {
      customers: [
        {
          customer: 'Schultz A/S',
          met: 9,
          missed: 1,
          compliancePct: 90,
          received: 10,
          resolved: 9,
          openBreaches: 0,
        },
      ],
      total: { met: 9, missed: 1, compliancePct: 90 },
      months: [],
    },
  };
}

export const issuedSummary = (revision: number): IssuedReviewSummary => ({
  packId: `00000000-0000-0000-0000-00000000000${revision}`,
  from: '2025-01',
  to: '2025-12',
  timeZone: 'Europe/Copenhagen',
  revision,
  contentHash: 'ab'.repeat(32),
  issuedAt: Date.parse('2026-01-10T09:00:00Z'),
  issuedBy: 'acc-admin',
});

export const draftOf = (pack: ReviewPack, latest: IssuedReviewSummary | null): ReviewDraft => ({
  pack,
  latestIssued: latest,
  names: { 'acc-admin': 'Astrid Admin' },
});
