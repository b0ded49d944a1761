/**
 * The Quality page's KPIs tab: every KPI's values month by month against its target, with its
 * status (meets, misses, worsening) and the action issue raised for each month (readers: every
 * Atlassian account, `requireQualityReader`); the manual values' history with who and when
 * (readers); and entering a manual value (Jira administrators, `requireQualityEditor`).
 */
import { kpiFindings } from '../domain/kpi/kpiEvaluation';
import { monthsEndingWith } from '../domain/kpi/kpiMonths';
import { previousPeriodKey } from '../domain/reports/reportPeriod';
import { readQualityMeasuresRequest } from '../domain/quality/qualityMeasuresRequest';
import { defaultMonths } from '../domain/reports/managementRequest';
import { kpiActionsBetween } from '../storage/kpi/kpiActionRecords';
import { kpiValueEntries, type KpiValueEntry } from '../storage/kpi/kpiValues';
import { loadKpiCatalogue } from '../storage/kpiCatalogue';
import type { KpiActionOutcome } from '../services/kpi/kpiActions';
import { kpiTrendsOf } from '../services/kpi/kpiTrends';
import { enterKpiValue } from '../services/kpi/kpiValueEntry';
import type { KpiTrendsView, KpiValueHistoryView, KpiView } from './kpiViews';
import { requireQualityEditor, requireQualityReader } from './qualityPageAccess';
import {
  invalid,
  payloadObject,
  resolver,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { userNames } from './userNames';

/** The run of months asked for, or the last 12 up to the current one in the catalogue's zone. */
function monthsAsked(payload: unknown, now: number, timeZone: string) {
  const read = readQualityMeasuresRequest(payloadObject(payload));
  if ('errors' in read) throw invalid(read.errors);
  const { from, to } = read.request;
  return from && to ? { from, to } : defaultMonths(now, timeZone);
}

/**
 * The trends of the months asked for, each month with its status: the two months before the
 * first are read too (not shown), so a streak that began before it is seen as the daily job
 * sees it.
 */
async function trendsView(ctx: ResolverContext, payload: unknown, canEdit: boolean) {
  const catalogue = await loadKpiCatalogue(ctx.store);
  const months = monthsAsked(payload, ctx.now(), catalogue.timeZone);
  const [before] = monthsEndingWith(previousPeriodKey(months.from), 2);
  const [trends, context, actions] = await Promise.all([
    kpiTrendsOf(ctx, catalogue, catalogue.kpis, months),
    kpiTrendsOf(ctx, catalogue, catalogue.kpis, {
      from: before!,
      to: previousPeriodKey(months.from),
    }),
    kpiActionsBetween(ctx.sql, months),
  ]);
  const actionOf = new Map(actions.map((a) => [`${a.kpiId} ${a.month}`, a]));
  const kpis = trends.map((trend, i): KpiView => {
    const values = [...context[i]!.months, ...trend.months].map((m) => m.value);
    return {
      ...trend,
      manual: catalogue.kpis[i]!.source.kind === 'manual',
      months: trend.months.map((m, j) => {
        const action = actionOf.get(`${trend.id} ${m.month}`);
        return {
          ...m,
          worsening:
            kpiFindings(trend.direction, trend.target, values.slice(0, j + 3)).worsening !== null,
          action: action
            ? { status: action.status, issueKey: action.issueKey, error: action.error }
            : null,
        };
      }),
    };
  });
  const names = await userNames(
    ctx,
    kpis.map((k) => k.owner),
  );
  return { timeZone: catalogue.timeZone, ...months, kpis, canEdit, names };
}

export const kpiResolvers: ResolverDefinitions = {
  /**
   * Payload `{ from?, to? }` (`YYYY-MM`, both or neither, at most 24 months; the last 12 by
   * default), in the catalogue's time zone.
   */
  getKpiTrends: resolver(async (payload, _call, ctx): Promise<KpiTrendsView> => {
    const { canEdit } = await requireQualityReader(ctx);
    return trendsView(ctx, payload, canEdit);
  }),

  /**
   * Payload `{ from?, to? }`: every entry of the manual KPIs' months, who and when, oldest
   * first, with the enterers' display names.
   */
  getKpiValueHistory: resolver(async (payload, _call, ctx): Promise<KpiValueHistoryView> => {
    await requireQualityReader(ctx);
    const catalogue = await loadKpiCatalogue(ctx.store);
    const months = monthsAsked(payload, ctx.now(), catalogue.timeZone);
    const manual = catalogue.kpis.filter((k) => k.source.kind === 'manual').map((k) => k.id);
    const entries = await kpiValueEntries(ctx.sql, manual, months);
    const names = await userNames(
      ctx,
      entries.map((e) => e.enteredBy),
    );
    return { entries, names };
  }),

  /**
   * Payload `{ kpiId, month, value }`: appended as the month's newest value; for a month that
   * has ended, the KPI's action issue is raised at once when it needs one.
   */
  saveKpiValue: resolver(
    async (
      payload,
      call,
      ctx,
    ): Promise<{ entry: KpiValueEntry; action: KpiActionOutcome | null }> => {
      await requireQualityEditor(ctx, 'enter KPI values');
      const result = await enterKpiValue(ctx, payloadObject(payload), call.accountId);
      if ('errors' in result) throw invalid(result.errors);
      return result;
    },
  ),
};
