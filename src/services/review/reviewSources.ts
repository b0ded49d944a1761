/**
 * Where a management review's figures come from. The pack is built against this interface, so a
 * test gives it fakes; `appReviewSources` reads the app's own records through the read ports of
 * the other parts of the Quality page and the existing reports and quality-loop queries.
 */
import type { KpiTrend } from '../../domain/kpi/kpiTrend';
import { CAPA_STEPS } from '../../domain/quality/capa';
import type { MeasuredNonConformity } from '../../domain/quality/qualityMeasures';
import type { RelationshipMonth } from '../../domain/relationships/relationshipMeasures';
import { goalMeasures } from '../../domain/reports/goalMeasures';
import type { ManagementReport, ReportMonth } from '../../domain/reports/managementReport';
import type { OpenNonConformityRecord } from '../../domain/review/nonConformityStatus';
import type { ReviewPeriod } from '../../domain/review/reviewPeriod';
import type { RiskRegisterEntry, RiskScoreTrend } from '../../domain/risk/riskTrend';
import { nonConformitiesAtStep } from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';
import { readKpiTrends } from '../kpi/kpiTrends';
import { readRelationshipMeasures } from '../relationships/relationshipMeasures';
import { managementReportQuery } from '../reports/managementReportQuery';
import { qualityTalliesQuery } from '../reports/qualityMeasuresQuery';
import { readRiskRegister, readRiskTrends } from '../risk/riskTrends';

export interface ReviewSources {
  relationshipMeasures(
    period: ReviewPeriod & { readonly timeZone: string },
  ): Promise<readonly RelationshipMonth[]>;
  kpiTrends(period: ReviewPeriod): Promise<readonly KpiTrend[]>;
  riskTrends(period: ReviewPeriod): Promise<RiskScoreTrend>;
  riskRegister(): Promise<readonly RiskRegisterEntry[]>;
  /**
   * The non-conformities alive in the months (raised before their end, not closed before their
   * start) and those open at `now` with their CAPA.
   */
  nonConformities(
    months: readonly ReportMonth[],
    now: number,
    timeZone: string,
  ): Promise<{
    readonly alive: readonly MeasuredNonConformity[];
    readonly open: readonly OpenNonConformityRecord[];
  }>;
  /** The management report of the months grouped by customer, goals promised to customers. */
  slaByCustomer(months: readonly ReportMonth[], now: number): Promise<ManagementReport>;
}

export function appReviewSources(ctx: AppContext): ReviewSources {
  return {
    relationshipMeasures: (period) => readRelationshipMeasures(ctx, period),
    kpiTrends: (period) => readKpiTrends(ctx, period),
    riskTrends: (period) => readRiskTrends(ctx, period),
    riskRegister: () => readRiskRegister(ctx),
    async nonConformities(months, now, timeZone) {
      const [tallies, ...atSteps] = await Promise.all([
        qualityTalliesQuery(ctx.sql, { months, now, timeZone }),
        ...CAPA_STEPS.filter((step) => step !== 'closed').map((step) =>
          nonConformitiesAtStep(ctx.sql, step),
        ),
      ]);
      return {
        alive: tallies.nonConformities,
        open: atSteps.flat().filter((nc) => nc.open),
      };
    },
    async slaByCustomer(months, now) {
      const latest = await ctx.contracts.latest();
      return managementReportQuery(
        ctx.sql,
        {
          months,
          grouping: 'customer',
          goals: 'sla',
          measures: latest ? goalMeasures(latest.contract) : { reaction: [], resolution: [] },
        },
        now,
      );
    },
  };
}
