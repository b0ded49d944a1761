/**
 * The action issue of a KPI that missed its target or worsened two months in a row: created for
 * its owner in the configured project, due after the configured days, once per KPI and month.
 *
 * Exactly once. The `kpi_actions` row (key (kpi, month)) is claimed before the issue is created,
 * and the issue carries the claim's label (`kpiActionLabel`). A run that finds the row created
 * does nothing; claimed by a run still within its lease, nothing; claimed longer ago than any
 * invocation runs (a crash between the claim and Jira's answer), it looks the issue up by its
 * label and adopts it, or takes the row over (compare and set on the attempt) and creates it.
 * A refusal by Jira (a 4xx: the project or the owner no longer fits) is recorded on the row and
 * tried again on the next run.
 */
import type { KpiCatalogue, KpiDefinition } from '../../domain/kpi/kpiCatalogue';
import { kpiFindings, needsAction } from '../../domain/kpi/kpiEvaluation';
import { monthsEndingWith } from '../../domain/kpi/kpiMonths';
import { lastEndedPeriodKey, periodKeyAt } from '../../domain/reports/reportPeriod';
import { createIssue } from '../../jira/issueCreation';
import { isJiraRefusal } from '../../jira/jiraClient';
import {
  claimKpiAction,
  kpiActionOf,
  retakeKpiAction,
  settleKpiAction,
  type KpiActionRecord,
} from '../../storage/kpi/kpiActionRecords';
import { loadKpiCatalogue } from '../../storage/kpiCatalogue';
import type { AppContext } from '../appContext';
import { jqlString } from '../jqlString';
import { kpiActionDescription, kpiActionSummary } from './kpiActionContent';
import { kpiTrendsOf } from './kpiTrends';

/**
 * An attempt older than this belongs to an invocation that is gone: the scheduled trigger and
 * resolvers run 900 s at most, plus a margin for clocks.
 */
export const KPI_ACTION_LEASE_MS = 16 * 60_000;

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

  const now = ctx.now();
  const findingsJson = JSON.stringify(findings);
  const attempt = await claimAttempt(ctx, kpiId, month, recorded, findingsJson, now);
  if ('issueKey' in attempt) return { kpiId, kind: 'exists', issueKey: attempt.issueKey };
  if (attempt.attempt === null) return { kpiId, kind: 'inProgress' };

  const claim = { kpiId, month, attempt: attempt.attempt };
  try {
    const { key } = await createIssue(ctx.jira, {
      projectKey,
      issueType: catalogue.actions.issueType,
      summary: kpiActionSummary(trend!, month, findings),
      description: kpiActionDescription(trend!, month, findings),
      ...(kpi.owner && { assignee: kpi.owner }),
      dueDate: dueDate(now, catalogue),
      labels: [kpiActionLabel(kpiId, month)],
    });
    await settleKpiAction(ctx.sql, claim, { status: 'created', issueKey: key, at: ctx.now() });
    return { kpiId, kind: 'created', issueKey: key };
  } catch (error) {
    if (!isJiraRefusal(error)) throw error;
    // Jira will refuse the same request again: recorded, and tried on the next run.
    await settleKpiAction(ctx.sql, claim, {
      status: 'refused',
      error: error.message,
      at: ctx.now(),
    });
    return { kpiId, kind: 'refused', error: error.message };
  }
}

/**
 * Claims the attempt this run makes: the first (insert), or the next after a refused or
 * abandoned one (compare and set); `attempt: null` when another run holds it; the issue key when
 * an abandoned attempt's issue is found by its label.
 */
async function claimAttempt(
  ctx: AppContext,
  kpiId: string,
  month: string,
  recorded: KpiActionRecord | undefined,
  findings: string,
  now: number,
): Promise<{ attempt: number | null } | { issueKey: string }> {
  if (!recorded) {
    const claimed = await claimKpiAction(ctx.sql, { kpiId, month, at: now, findings });
    return { attempt: claimed ? 1 : null };
  }
  if (recorded.status === 'claimed') {
    if (now - recorded.startedAt < KPI_ACTION_LEASE_MS) return { attempt: null };
    const found = await issueByLabel(ctx, kpiActionLabel(kpiId, month));
    if (found) {
      await settleKpiAction(ctx.sql, recorded, { status: 'created', issueKey: found, at: now });
      return { issueKey: found };
    }
  }
  const taken = await retakeKpiAction(ctx.sql, recorded, now, findings);
  return { attempt: taken ? recorded.attempt + 1 : null };
}

async function issueByLabel(ctx: AppContext, label: string): Promise<string | null> {
  const page = await ctx.jira.searchPage({
    jql: `labels = ${jqlString(label)}`,
    fields: ['summary'],
    maxResults: 1,
  });
  return page.issues[0]?.key ?? null;
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
