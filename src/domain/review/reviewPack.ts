/**
 * The management review pack (ISO 9001 §9.3): what management reviews, for a run of months,
 * gathered from the app's records: audit results (entered by the issuer), customer
 * satisfaction, KPI and risk-score trends with the risk register, the status of
 * non-conformities and corrective actions, and SLA compliance per customer. Built here from its
 * inputs, pure; the service gathers them and stores an issued pack unchanged.
 */
import type { KpiDirection, KpiTrend } from '../kpi/kpiTrend';
import type { RelationshipMonth } from '../relationships/relationshipMeasures';
import { compliance } from '../reports/compliance';
import type { Compliance } from '../reports/customerReport';
import type { ManagementReport, MonthCompliance, ReportMonth } from '../reports/managementReport';
import type { RiskLevel, RiskRegisterEntry, RiskScoreTrend } from '../risk/riskTrend';
import type { AuditResults } from './auditResults';
import type { NonConformityStatus } from './nonConformityStatus';
import type { ReviewPeriod } from './reviewPeriod';

export const REVIEW_PACK_FORMAT = 'management-review/1';

export interface ReviewPack {
  readonly format: typeof REVIEW_PACK_FORMAT;
  readonly period: ReviewPeriod & {
    readonly timeZone: string;
    /** The first month's start and the last month's end, epoch ms. */
    readonly start: number;
    readonly end: number;
  };
  /** When the figures were read, epoch ms: the state of open items is as of then. */
  readonly preparedAt: number;
  readonly auditResults: AuditResults;
  readonly customerSatisfaction: CustomerSatisfaction;
  readonly kpis: { readonly trends: readonly KpiTrend[]; readonly summary: readonly KpiSummary[] };
  readonly risk: RiskSection;
  readonly nonConformities: NonConformityStatus;
  readonly slaCompliance: SlaCompliance;
}

export interface CustomerSatisfaction {
  readonly months: readonly RelationshipMonth[];
  readonly surveyAnswers: number;
  /** Satisfied share (0–1) of every survey answer in the period; null without answers. */
  readonly csat: number | null;
  readonly complaints: number;
}

/** A KPI over the period: how often it met its target, where it started and ended. */
export interface KpiSummary {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: number;
  readonly monthsWithValue: number;
  readonly monthsMeetingTarget: number;
  readonly first: { readonly month: string; readonly value: number } | null;
  readonly latest: {
    readonly month: string;
    readonly value: number;
    readonly meetsTarget: boolean | null;
  } | null;
  /** Whether the latest value is better than the first, in the KPI's direction. */
  readonly trend: 'improved' | 'worsened' | 'unchanged' | null;
}

export interface RiskSection {
  readonly trend: RiskScoreTrend;
  readonly compositeFirst: { readonly month: string; readonly score: number } | null;
  readonly compositeLatest: { readonly month: string; readonly score: number } | null;
  readonly register: readonly RiskRegisterEntry[];
  readonly openRisks: number;
  readonly openByLevel: readonly { readonly level: RiskLevel; readonly count: number }[];
  /** Open risks whose level needs an approval that is not recorded. */
  readonly approvalsDue: number;
}

export interface CustomerCompliance extends Compliance {
  /** The customer as the facts name it; null: issues without a customer. */
  readonly customer: string | null;
  readonly received: number;
  readonly resolved: number;
  readonly openBreaches: number;
}

/** Goals promised to customers (SLA), completed in the period. */
export interface SlaCompliance {
  readonly customers: readonly CustomerCompliance[];
  readonly total: Compliance;
  readonly months: readonly MonthCompliance[];
}

/** What a pack is built from. */
export interface ReviewInputs {
  readonly period: ReviewPeriod;
  readonly timeZone: string;
  readonly months: readonly ReportMonth[];
  readonly preparedAt: number;
  readonly auditResults: AuditResults;
  readonly relationships: readonly RelationshipMonth[];
  readonly kpis: readonly KpiTrend[];
  readonly riskTrend: RiskScoreTrend;
  readonly riskRegister: readonly RiskRegisterEntry[];
  readonly nonConformities: NonConformityStatus;
  /** The management report grouped by customer, SLA goals only. */
  readonly sla: ManagementReport;
}

const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'very-high'];

export function buildReviewPack(inputs: ReviewInputs): ReviewPack {
  const { months } = inputs;
  return {
    format: REVIEW_PACK_FORMAT,
    period: {
      ...inputs.period,
      timeZone: inputs.timeZone,
      start: months[0]!.start,
      end: months[months.length - 1]!.end,
    },
    preparedAt: inputs.preparedAt,
    auditResults: inputs.auditResults,
    customerSatisfaction: customerSatisfaction(inputs.relationships),
    kpis: { trends: inputs.kpis, summary: inputs.kpis.map(kpiSummary) },
    risk: riskSection(inputs.riskTrend, inputs.riskRegister),
    nonConformities: inputs.nonConformities,
    slaCompliance: slaCompliance(inputs.sla),
  };
}

export function customerSatisfaction(months: readonly RelationshipMonth[]): CustomerSatisfaction {
  const answered = months.filter((m) => m.csat !== null && m.surveyAnswers > 0);
  const surveyAnswers = months.reduce((n, m) => n + m.surveyAnswers, 0);
  const satisfied = answered.reduce((n, m) => n + m.csat! * m.surveyAnswers, 0);
  const answers = answered.reduce((n, m) => n + m.surveyAnswers, 0);
  return {
    months,
    surveyAnswers,
    csat: answers === 0 ? null : satisfied / answers,
    complaints: months.reduce((n, m) => n + m.complaints, 0),
  };
}

/** Better, worse or the same, in the KPI's direction. */
const comparison = (
  direction: KpiDirection,
  first: number,
  latest: number,
): 'improved' | 'worsened' | 'unchanged' =>
  latest === first
    ? 'unchanged'
    : latest > first === (direction === 'higher')
      ? 'improved'
      : 'worsened';

export function kpiSummary(kpi: KpiTrend): KpiSummary {
  const valued = kpi.months.filter(
    (m): m is typeof m & { value: number } => m.value !== null && Number.isFinite(m.value),
  );
  const first = valued[0];
  const latest = valued[valued.length - 1];
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    monthsWithValue: valued.length,
    monthsMeetingTarget: valued.filter((m) => m.meetsTarget === true).length,
    first: first ? { month: first.month, value: first.value } : null,
    latest: latest
      ? { month: latest.month, value: latest.value, meetsTarget: latest.meetsTarget }
      : null,
    trend:
      first && latest && first !== latest
        ? comparison(kpi.direction, first.value, latest.value)
        : null,
  };
}

export function riskSection(
  trend: RiskScoreTrend,
  register: readonly RiskRegisterEntry[],
): RiskSection {
  const scored = trend.composite.filter(
    (m): m is { month: string; score: number } => m.score !== null,
  );
  const open = register.filter((r) => r.status !== 'closed');
  return {
    trend,
    compositeFirst: scored[0] ?? null,
    compositeLatest: scored[scored.length - 1] ?? null,
    register,
    openRisks: open.length,
    openByLevel: RISK_LEVELS.map((level) => ({
      level,
      count: open.filter((r) => r.level === level).length,
    })),
    approvalsDue: open.filter((r) => r.approvalRequired !== 'none' && r.approvedBy === null).length,
  };
}

export function slaCompliance(report: ManagementReport): SlaCompliance {
  const customers = report.rows.map((row): CustomerCompliance => ({
    customer: row.group,
    met: row.met,
    missed: row.missed,
    compliancePct: row.compliancePct,
    received: row.received,
    resolved: row.resolved,
    openBreaches: row.openBreaches,
  }));
  return {
    customers,
    total: compliance(
      customers.reduce((n, c) => n + c.met, 0),
      customers.reduce((n, c) => n + c.missed, 0),
    ),
    months: report.months,
  };
}
