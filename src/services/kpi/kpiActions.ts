/**
 * The action issue of a KPI that missed its target or worsened two months in a row: created for
 * its owner in the configured project, due after the configured days, once per KPI and month.
 *
 * Exactly once (`raiseOwnerActionIssue`): the `owner_actions` row (kpi-action, kpi, month) is the claim,
 * and the issue carries its label (`kpiActionLabel`).
 */
import type { KpiCatalogue, KpiDefinition } from '../../domain/kpi/kpiCatalogue';
import { kpiFindings, needsAction } from '../../domain/kpi/kpiEvaluation';
import { monthsEndingWith } from '../../domain/kpi/kpiMonths';
import { lastEndedPeriodKey, periodKeyAt } from '../../domain/reports/reportPeriod';
import { kpiActionClaimPort, kpiActionOf } from '../../storage/kpi/kpiActionRecords';
import { loadKpiCatalogue } from '../../storage/kpiCatalogue';
import type { AppContext } from '../appContext';
import { OWNER_ACTION_LEASE_MS, raiseOwnerActionIssue } from '../ownerActionIssue';
import { kpiActionDescription, kpiActionSummary } from './kpiActionContent';
import { kpiTrendsOf } from './kpiTrends';

/** See `OWNER_ACTION_LEASE_MS`. */
export const KPI_ACTION_LEASE_MS = OWNER_ACTION_LEASE_MS;

/** The label that names a KPI's action issue of a month, so a crashed attempt finds it again. */
export const kpiActionLabel = (kpiId: string, month: string): string =>
  `kpi-action-${kpiId}-${month}`;

export type KpiActionOutcome =
  | { readonly kpiId: string; readonly kind: 'created' | 'exists'; readonly issueKey: string }
  | { readonly kpiId: string; readonly kind: 'inProgress' | 'meetsTarget' | 'notConfigured' }
  | { readonly kpiId: string; readonly kind: 'refused'; readonly error: string }
  | { readonly kpiId: string; readonly kind: 'failed'; readonly error: string };

/** Daily: an action issue for each KPI's owner whose KPI missed its target or worsened twice, once per KPI and month. */
export async function raiseKpiActions(ctx: AppContext): Promise<void> {
  const catalogue = await loadKpiCatalogue(ctx.store);
  const outcomes = await raiseKpiActionsFor(
    ctx,
    catalogue,
    catalogue.kpis,
    lastEndedPeriodKey(ctx.now(), catalogue.timeZone),
  );
  const failed = outcomes.filter((o) => o.kind === 'failed');
  if (failed.length > 0) {
    throw new Error(
      `KPI actions failed: ${failed.map((f) => `${f.kpiId}: ${'error' in f ? f.error : ''}`).join('; ')}`,
    );
  }
}

/** Whether `month` has ended in the catalogue's time zone (only then is a value complete). */
export const isCompleteMonth = (now: number, catalogue: KpiCatalogue, month: string): boolean =>
  month < periodKeyAt(now, catalogue.timeZone);

/**
 * Raises the action issues of `kpis` for `month`: each KPI on its own, so one that fails (its
 * metric, or Jira) does not keep the others from theirs.
 */
export async function raiseKpiActionsFor(
  ctx: AppContext,
  catalogue: KpiCatalogue,
  kpis: readonly KpiDefinition[],
  month: string,
): Promise<KpiActionOutcome[]> {
  const outcomes: KpiActionOutcome[] = [];
  for (const kpi of kpis) {
    try {
      outcomes.push(await raiseKpiAction(ctx, catalogue, kpi, month));
    } catch (error) {
      ctx.log('KPI action failed', { kpi: kpi.id, month, error: String(error) });
      outcomes.push({ kpiId: kpi.id, kind: 'failed', error: String(error) });
    }
  }
  return outcomes;
}

async function raiseKpiAction(
  ctx: AppContext,
  catalogue: KpiCatalogue,
  kpi: KpiDefinition,
  month: string,
): Promise<KpiActionOutcome> {
  const kpiId = kpi.id;
  const recorded = await kpiActionOf(ctx.sql, kpiId, month);
  if (recorded?.status === 'created' && recorded.issueKey) {
    return { kpiId, kind: 'exists', issueKey: recorded.issueKey };
  }
  const { projectKey } = catalogue.actions;
  if (!projectKey) return { kpiId, kind: 'notConfigured' };
  const months = monthsEndingWith(month, 3);
  const [trend] = await kpiTrendsOf(ctx, catalogue, [kpi], {
    from: months[0]!,
    to: month,
  });
  const findings = kpiFindings(
    kpi.direction,
    kpi.target,
    trend!.months.map((m) => m.value),
  );
  if (!needsAction(findings)) return { kpiId, kind: 'meetsTarget' };

  const findingsJson = JSON.stringify(findings);
  const outcome = await raiseOwnerActionIssue(ctx, {
    label: kpiActionLabel(kpiId, month),
    claims: kpiActionClaimPort(ctx.sql, kpiId, month, findingsJson),
    issue: (now) => ({
      projectKey,
      issueType: catalogue.actions.issueType,
      summary: kpiActionSummary(trend!, month, findings),
      description: kpiActionDescription(trend!, month, findings),
      ...(kpi.owner && { assignee: kpi.owner }),
      dueDate: dueDate(now, catalogue),
    }),
  });
  switch (outcome.kind) {
    case 'created':
      return { kpiId, kind: 'created', issueKey: outcome.issueKey };
    case 'adopted':
    case 'exists':
      return { kpiId, kind: 'exists', issueKey: outcome.issueKey };
    case 'inProgress':
      return { kpiId, kind: 'inProgress' };
    case 'refused':
      return { kpiId, kind: 'refused', error: outcome.message };
  }
}

/** `YYYY-MM-DD` of the day `dueInDays` after today, in the catalogue's time zone. */
function dueDate(now: number, catalogue: KpiCatalogue): string {
  const due = now + catalogue.actions.dueInDays * 86_400_000;
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: catalogue.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(due);
}
