import fc from 'fast-check';
import type { KpiTrend } from '../kpi/kpiTrend';
import type { RelationshipMonth } from '../relationships/relationshipMeasures';
import type { ManagementReport } from '../reports/managementReport';
import { reportMonths } from '../reports/reportMonths';
import type { RiskRegisterEntry } from '../risk/riskTrend';
import { NO_AUDIT_RESULTS } from './auditResults';
import { nonConformityStatus } from './nonConformityStatus';
import {
  buildReviewPack,
  customerSatisfaction,
  kpiSummary,
  riskSection,
  slaCompliance,
} from './reviewPack';

const month = (m: string, surveyAnswers: number, csat: number | null): RelationshipMonth => ({
  month: m,
  customers: 2,
  customersWithNamedContact: 1,
  orderersWithNamedContact: null,
  customersWithWrittenAgreement: 0.5,
  surveyAnswers,
  csat,
  complaints: 2,
});

const kpi = (direction: 'higher' | 'lower', values: (number | null)[]): KpiTrend => ({
  id: 'k',
  name: 'K',
  unit: '%',
  direction,
  target: 50,
  owner: null,
  source: 'manual:k',
  months: values.map((value, i) => ({
    month: `2025-${String(i + 1).padStart(2, '0')}`,
    value,
    meetsTarget: value === null ? null : direction === 'higher' ? value >= 50 : value <= 50,
  })),
});

describe('the review pack', () => {
  it('weighs CSAT by the answers of each month and adds up complaints', () => {
    const summary = customerSatisfaction([
      month('2025-01', 0, null),
      month('2025-02', 30, 0.9),
      month('2025-03', 10, 0.5),
    ]);
    expect(summary).toMatchObject({ surveyAnswers: 40, complaints: 6 });
    expect(summary.csat).toBeCloseTo(0.8);
    expect(customerSatisfaction([month('2025-01', 0, null)]).csat).toBeNull();
  });

  it('summarises a KPI: months meeting target, first and latest value, trend by direction', () => {
    expect(kpiSummary(kpi('higher', [null, 40, 55, null]))).toMatchObject({
      monthsWithValue: 2,
      monthsMeetingTarget: 1,
      first: { month: '2025-02', value: 40 },
      latest: { month: '2025-03', value: 55, meetsTarget: true },
      trend: 'improved',
    });
    expect(kpiSummary(kpi('lower', [40, 55])).trend).toBe('worsened');
    expect(kpiSummary(kpi('lower', [40])).trend).toBeNull();
    expect(kpiSummary(kpi('lower', [null])).latest).toBeNull();
  });

  it('calls a KPI improved exactly when its latest value is better in its direction (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 24 }),
        (direction, values) => {
          const summary = kpiSummary(kpi(direction, values));
          const valued = values.filter((v): v is number => v !== null);
          if (valued.length < 2) return;
          const [first, latest] = [valued[0]!, valued[valued.length - 1]!];
          const better = direction === 'higher' ? latest > first : latest < first;
          expect(summary.trend).toBe(
            latest === first ? 'unchanged' : better ? 'improved' : 'worsened',
          );
          expect(summary.monthsMeetingTarget).toBeLessThanOrEqual(summary.monthsWithValue);
        },
      ),
    );
  });

  it('counts open risks by level and the approvals their level needs that are missing', () => {
    const risk = (patch: Partial<RiskRegisterEntry>): RiskRegisterEntry => ({
      id: 'r',
      title: 'R',
      area: null,
      owner: null,
      level: 'medium',
      mitigation: 'm',
      approvalRequired: 'board',
      approvedBy: null,
      approvedAt: null,
      ...patch,
    });
    const section = riskSection(
      {
        areas: [],
        composite: [
          { month: '2025-01', score: null },
          { month: '2025-02', score: 61 },
          { month: '2025-03', score: 58 },
        ],
      },
      [
        risk({}),
        risk({ level: 'very-high', approvalRequired: 'group-management', approvedBy: 'acc-ceo' }),
        risk({ level: 'low', approvalRequired: 'none' }),
        risk({ status: 'closed' }),
      ],
    );
    expect(section).toMatchObject({
      compositeFirst: { month: '2025-02', score: 61 },
      compositeLatest: { month: '2025-03', score: 58 },
      openRisks: 3,
      approvalsDue: 1,
    });
    expect(section.openByLevel).toEqual([
      { level: 'low', count: 1 },
      { level: 'medium', count: 1 },
      { level: 'high', count: 0 },
      { level: 'very-high', count: 1 },
    ]);
  });

  it('totals SLA compliance over the customers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { maxLength: 20 }), (figures) => {
        const rows = figures.map(([met, missed], i) => ({
          group: `c${i}`,
          met,
          missed,
          compliancePct: null,
          received: 0,
          resolved: 0,
          openBreaches: 0,
        }));
        const { total, customers } = slaCompliance({
          rows,
          months: [],
        } as unknown as ManagementReport);
        const met = figures.reduce((n, [m]) => n + m, 0);
        const missed = figures.reduce((n, [, x]) => n + x, 0);
        expect(total.met).toBe(met);
        expect(total.missed).toBe(missed);
        expect(total.compliancePct).toBe(
          met + missed === 0 ? null : Math.round((met / (met + missed)) * 1000) / 10,
        );
        expect(customers.map((c) => c.customer)).toEqual(rows.map((r) => r.group));
      }),
    );
  });

  it('builds the pack with its period, time zone and bounds', () => {
    const months = reportMonths('2025-01', '2025-02', 'Europe/Copenhagen');
    const pack = buildReviewPack({
      period: { from: '2025-01', to: '2025-02' },
      timeZone: 'Europe/Copenhagen',
      months,
      preparedAt: 42,
      auditResults: NO_AUDIT_RESULTS,
      relationships: [],
      kpis: [],
      riskTrend: { areas: [], composite: [] },
      riskRegister: [],
      nonConformities: nonConformityStatus(months, [], [], 42, 'UTC'),
      sla: { rows: [], months: [] } as unknown as ManagementReport,
    });
    expect(pack.period).toEqual({
      from: '2025-01',
      to: '2025-02',
      timeZone: 'Europe/Copenhagen',
      start: Date.parse('2024-12-31T23:00:00Z'),
      end: Date.parse('2025-02-28T23:00:00Z'),
    });
    expect(pack).toMatchObject({ format: 'management-review/1', preparedAt: 42 });
  });
});
