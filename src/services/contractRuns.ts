import { changeScope, type ChangeScope } from '../domain/contract/changeScope';
import type { Contract, ContractVersion } from '../domain/contract';
import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import type { ReevaluationRunView, ResolvedPeriod } from '../resolvers/views';
import type { AppContext } from './appContext';
import { jqlString } from './jqlString';
import { versionRunKey } from '../storage/storageKeys';
import { createRun, queueRun, readRun, startRun } from './reevaluationRuns';

/**
 * Which issues a contract change reaches, and the runs that measure them (`reevaluationRuns.ts`):
 * after a save, the open issues the new version can affect; before a save, the same issues
 * under the draft (a preview); on an admin's request, the closed issues resolved in a period.
 * Closed issues are otherwise left with the version they were measured under.
 */

/**
 * Queues the re-evaluation of the open issues `saved` can affect, compared with the version
 * before it; null when it can affect none (it changed nothing an agreement uses).
 */
export async function reevaluateAfterSave(
  ctx: AppContext,
  saved: ContractVersion,
  previous: Contract | null,
): Promise<ReevaluationRunView | null> {
  const jql = openIssuesJql(changeScope(previous, saved.contract));
  if (jql === null) return null;
  const run = await createRun(ctx, {
    kind: 'reevaluate',
    startedBy: saved.savedBy,
    contractVersion: saved.version,
    jql,
  });
  await ctx.store.set(versionRunKey(saved.version), run.id);
  await queueRun(ctx, run);
  return run;
}

/** The re-evaluation a saved version started, and how far it has got; null when none. */
export async function reevaluationOf(
  ctx: AppContext,
  version: number,
): Promise<ReevaluationRunView | null> {
  const runId = await ctx.store.get<string>(versionRunKey(version));
  return runId === undefined ? null : ((await readRun(ctx, runId)) ?? null);
}

/**
 * Starts measuring the open issues a draft can affect under it and under the version in force;
 * null when the draft can affect none.
 */
export async function previewDraft(
  ctx: AppContext,
  draft: Contract,
  startedBy: string,
): Promise<ReevaluationRunView | null> {
  const inForce = await ctx.contracts.model();
  const jql = openIssuesJql(changeScope(inForce?.contract ?? null, draft));
  if (jql === null) return null;
  return startRun(ctx, {
    kind: 'preview',
    startedBy,
    contractVersion: inForce?.version ?? null,
    jql,
    draft,
  });
}

/**
 * Starts measuring the closed issues resolved in `period` again, under `version`, recorded in
 * the contract's history before any issue is touched.
 */
export async function recalculateClosed(
  ctx: AppContext,
  period: ResolvedPeriod,
  version: number,
  startedBy: string,
): Promise<ReevaluationRunView> {
  const run = await createRun(ctx, {
    kind: 'recalculate',
    startedBy,
    contractVersion: version,
    jql: closedIssuesJql(period),
    period,
  });
  await ctx.contracts.recordRecalculation({
    runId: run.id,
    version,
    startedAt: run.startedAt,
    startedBy,
    period,
  });
  await queueRun(ctx, run);
  return run;
}

/** Counted before an admin confirms a recalculation; beyond this, "more than". */
const COUNT_LIMIT = 50_000;
/** Jira gives up to 5,000 issues a page when only keys are asked for. */
const KEYS_PER_PAGE = 5_000;

/** How many closed issues were resolved in `period`, up to `COUNT_LIMIT`. */
export async function countClosed(
  ctx: AppContext,
  period: ResolvedPeriod,
): Promise<{ issues: number; more: boolean }> {
  let issues = 0;
  for await (const _issue of ctx.jira.search({
    jql: closedIssuesJql(period),
    fields: ['key'],
    maxResults: KEYS_PER_PAGE,
  })) {
    if (issues === COUNT_LIMIT) return { issues, more: true };
    issues++;
  }
  return { issues, more: false };
}

const property = (path: string) => `issue.property[${SLM_PROPERTY_KEY}].${path}`;
/** Customers named in one query at most; a change that touches more takes in every open issue. */
const MAX_CUSTOMERS_IN_JQL = 100;

/**
 * The open issues in a change's scope, by the customer their evaluation recorded, in key order
 * (stable while the run pages through them); null when the scope is empty.
 */
export function openIssuesJql(scope: ChangeScope): string | null {
  if (scope.everyIssue || scope.customers.length > MAX_CUSTOMERS_IN_JQL) {
    return 'resolution IS EMPTY ORDER BY key ASC';
  }
  if (scope.customers.length === 0) return null;
  const customers = scope.customers.map(jqlString).join(', ');
  return `resolution IS EMPTY AND ${property('customer')} IN (${customers}) ORDER BY key ASC`;
}

/**
 * The closed issues resolved in `period`, both days included. JQL reads the dates in the time
 * zone of the searching user, here the app.
 */
export function closedIssuesJql(period: ResolvedPeriod): string {
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);
  return `resolution IS NOT EMPTY AND resolved >= ${jqlString(period.from)} AND resolved < ${jqlString(dayAfter)} ORDER BY key ASC`;
}
