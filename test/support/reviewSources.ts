import type { KpiTrend } from '../../src/domain/kpi/kpiTrend';
import type { RelationshipMonth } from '../../src/domain/relationships/relationshipMeasures';
import type { ManagementReport, ReportMonth } from '../../src/domain/reports/managementReport';
import type { RiskRegisterEntry } from '../../src/domain/risk/riskTrend';
import type { ReviewSources } from '../../src/services/review/reviewSources';

/** Month keys `from`–`to` (`YYYY-MM`), inclusive. */
export function monthKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    keys.push(key);
    if (key === to || keys.length > 40) return keys;
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/**
 * Review sources answering from fixed figures, the same whatever the months: two customers' SLA
 * compliance, a KPI that improves, one risk area and a register, an open non-conformity.
 */
export function fakeReviewSources(): ReviewSources & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async relationshipMeasures({ from, to }) {
      calls.push(`relationships ${from}..${to}`);
      return monthKeys(from, to).map((month, i): RelationshipMonth => ({
        month,
        customers: 3,
        customersWithNamedContact: 2 / 3,
        orderersWithNamedContact: 0.5,
        customersWithWrittenAgreement: 1,
        surveyAnswers: i === 0 ? 0 : 10,
        csat: i === 0 ? null : 0.8,
        complaints: 1,
      }));
    },
    async kpiTrends({ from, to }) {
      calls.push(`kpis ${from}..${to}`);
      const keys = monthKeys(from, to);
      const trend: KpiTrend = {
        id: 'kpi-sla',
        name: 'SLA compliance',
        unit: '%',
        direction: 'higher',
        target: 95,
        owner: 'acc-admin',
        source: 'sla-compliance',
        months: keys.map((month, i) => {
          const value = 90 + i;
          return { month, value, meetsTarget: value >= 95 };
        }),
      };
      return [trend];
    },
    async riskTrends({ from, to }) {
      calls.push(`risk ${from}..${to}`);
      const months = monthKeys(from, to).map((month, i) => ({ month, score: 60 + i }));
      return {
        areas: [{ id: 'legal', name: 'Legal', weight: 100, owner: 'acc-admin', months }],
        composite: months,
      };
    },
    async riskRegister() {
      calls.push('register');
      const risks: RiskRegisterEntry[] = [
        {
          id: 'r1',
          title: 'Key supplier <fails>',
          area: 'legal',
          owner: 'acc-admin',
          level: 'high',
          mitigation: 'Second supplier',
          approvalRequired: 'board',
          approvedBy: null,
          approvedAt: null,
          status: 'open',
        },
      ];
      return risks;
    },
    async nonConformities(months: readonly ReportMonth[], now: number) {
      calls.push('non-conformities');
      const start = months[0]!.start;
      return {
        alive: [
          { id: 'nc-1', teams: [], raisedAt: start + 1, closedAt: null, actions: [] },
          { id: 'nc-2', teams: [], raisedAt: start + 2, closedAt: start + 3, actions: [] },
        ],
        open: [
          {
            issueKey: 'QM-1',
            raisedAt: Math.min(start + 1, now),
            reason: 'Recurring complaints about response time',
            capa: {
              step: 'correctiveActions',
              round: 1,
              containment: 'x',
              correction: 'y',
              causeActionNeeded: true,
              causeDecisionReason: 'z',
              whys: [],
              fishbone: {},
              rootCause: 'r',
              actions: [
                {
                  kind: 'corrective',
                  issueKey: 'QM-2',
                  owner: 'acc-lead',
                  dueDate: '2000-01-01',
                  done: false,
                },
              ],
              noPreventiveReason: null,
              observationDays: null,
              checkDueAt: null,
              checkEvidence: null,
              closedAt: null,
            },
          },
        ],
      };
    },
    async slaByCustomer(months: readonly ReportMonth[]): Promise<ManagementReport> {
      calls.push('sla');
      const row = (group: string, met: number, missed: number) => ({
        group,
        met,
        missed,
        compliancePct: Math.round((met / (met + missed)) * 1000) / 10,
        received: met + missed,
        resolved: met,
        caseLoad: 0,
        openBreaches: 0,
        reaction: { count: 0, medianMs: null, p90Ms: null },
        resolution: { count: 0, medianMs: null, p90Ms: null },
      });
      return {
        from: months[0]!.key,
        to: months[months.length - 1]!.key,
        start: months[0]!.start,
        end: months[months.length - 1]!.end,
        grouping: 'customer',
        goals: 'sla',
        rows: [row('Schultz A/S', 9, 1), row('Göta Energi', 3, 1)],
        months: months.map((m) => ({ month: m.key, met: 1, missed: 0, compliancePct: 100 })),
      } as unknown as ManagementReport;
    },
  };
}
