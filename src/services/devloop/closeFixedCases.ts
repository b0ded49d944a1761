/**
 * Closing the cases whose fix has reached their environment, each once per "fixed in" version.
 *
 * Two events lead here through the `dev-loop-events` queue: an environment's new version was
 * accepted (`onEnvironmentUpgraded`: the cases it fixes close, and the customer gets release
 * notes), and development recorded "fixed in V" on a case (`onFixRecorded`: the case closes at
 * once if its environment already runs V or later). The five-minute sweep (`retryClosures.ts`)
 * retries what failed and takes up what a lost event left.
 *
 * Closing is: claim the `case_closures` row (its primary key makes it once), post the
 * customer-visible "ready to test in <environment>" comment (ADF, public on a JSM request) and
 * record its id, then move the case to the configured resolved status with the resolution
 * through the transition that leads there, and mark the row `closed`. A failure leaves the row
 * `failed` with Jira's error; the retry skips the comment once its id is recorded, and after an
 * attempt cut off before recording it, looks for the comment on the case before posting. A case
 * an agent resolved before its fix arrived is marked `closed` without a word.
 */
import type { DevLoopSettings } from '../../domain/devloop/devLoopSettings';
import { renderTemplate } from '../../domain/devloop/devLoopTemplate';
import {
  casesToClose,
  type ClosureDecision,
  type FixedCase,
} from '../../domain/devloop/waitingCases';
import {
  environmentName,
  knownEnvironments,
  type KnownEnvironment,
} from '../../domain/devloop/waitingCasesEnvironments';
import type { ContractModel } from '../../domain/contract/compileContract';
import { adfText, adfToText } from '../../jira/adf';
import {
  claimClosure,
  closureOf,
  CONTRACT_REPORT_ID,
  finishClosureAttempt,
  fixedCases,
  installedVersions,
  recordClosureComment,
  startClosureAttempt,
  type CaseClosure,
} from '../../storage/devloop/caseClosures';
import { loadDevLoopSettings } from '../../storage/devloop/devLoopSettings';
import { environmentVersionReport } from '../../storage/devloop/environmentVersions';
import type { AppContext } from '../appContext';
import { sendReleaseNotes } from './releaseNotes';
import type { EnvironmentUpgradedEvent } from './reportEnvironmentVersion';

/**
 * Fixed cases one event reads (SQL only), and the most it closes: three or four Jira requests
 * each, well within the consumer's 55 s (`timeLimits.ts`). More to close: the event is queued
 * again and the next run goes on (the claimed ones are no longer read).
 */
export const CASES_READ_PER_RUN = 500;
export const CLOSINGS_PER_RUN = 10;

export interface ClosingResult {
  readonly closed: number;
  readonly failed: number;
}

/** A run's closings, and how many cases it left to close for a later run. */
export interface ClosingRun extends ClosingResult {
  readonly left: number;
}

const NOTHING: ClosingRun = { closed: 0, failed: 0, left: 0 };

/** What recording "fixed in V" (`devIssueEvents.ts`) pushes on the `dev-loop-events` queue. */
export interface FixRecordedEvent {
  readonly caseId: string;
}

/**
 * An environment's new version was accepted: close the cases it fixes, then send the customer
 * the release notes of the report (once).
 */
export async function onEnvironmentUpgraded(
  ctx: AppContext,
  event: EnvironmentUpgradedEvent,
): Promise<ClosingRun> {
  const report = await environmentVersionReport(ctx.sql, event.reportId);
  if (!report) {
    ctx.log('dev loop: version report not found, nothing closed', { ...event });
    return NOTHING;
  }
  const model = await ctx.contracts.model();
  const environments = knownEnvironments(model).filter((e) => e.id === report.environment);
  const cases = await fixedCases(
    ctx.sql,
    { environment: report.environment, unclaimed: true },
    CASES_READ_PER_RUN,
  );
  const result = await closeWhereFixed(ctx, model, cases, environments);
  if (result.left > 0) await ctx.devLoopEvents.push([{ ...event }]);
  await sendReleaseNotes(ctx, model, report);
  return result;
}

/** Development recorded "fixed in V" on a case: close it if its environment already runs V. */
export async function onFixRecorded(
  ctx: AppContext,
  event: FixRecordedEvent,
): Promise<ClosingResult> {
  const cases = await fixedCases(ctx.sql, { caseId: event.caseId, unclaimed: true }, 1);
  if (cases.length === 0) return { closed: 0, failed: 0 };
  const model = await ctx.contracts.model();
  const { closed, failed } = await closeWhereFixed(ctx, model, cases, knownEnvironments(model));
  return { closed, failed };
}

/**
 * Which of `cases` one of `environments` (those they belong to) runs the fix in: SQL only, no
 * Jira. Versions that are no versions are logged.
 */
export async function decideClosures(
  ctx: AppContext,
  cases: readonly FixedCase[],
  environments: readonly KnownEnvironment[],
): Promise<ClosureDecision[]> {
  if (cases.length === 0) return [];
  const installed = await installedVersions(ctx.sql, environments);
  const { close, unreadable } = casesToClose(cases, installed, new Set<string>());
  for (const problem of unreadable) {
    ctx.log('dev loop: a version is no version, ignored', { ...problem });
  }
  return close;
}

/**
 * Closes the first `CLOSINGS_PER_RUN` of `cases` that their environment runs the fix in. Cases
 * claimed meanwhile by another invocation are left to it.
 */
export async function closeWhereFixed(
  ctx: AppContext,
  model: ContractModel | null,
  cases: readonly FixedCase[],
  environments: readonly KnownEnvironment[],
): Promise<ClosingRun> {
  const close = await decideClosures(ctx, cases, environments);
  if (close.length === 0) return NOTHING;
  const settings = await loadDevLoopSettings(ctx.store);
  let closed = 0;
  let failed = 0;
  for (const decision of close.slice(0, CLOSINGS_PER_RUN)) {
    if (!(await claimClosure(ctx.sql, decision, ctx.now()))) continue;
    const closure = await closureOf(ctx.sql, decision.caseId, decision.fixedIn);
    if (!closure) continue;
    const outcome = await attemptClosure(ctx, settings, closure, {
      caseKey: decision.caseKey,
      devKey: decision.devKey,
      version: decision.version,
      environmentName: environmentName(model, decision.environment),
    });
    if (outcome === 'closed') closed++;
    else if (outcome === 'failed') failed++;
  }
  return { closed, failed, left: Math.max(0, close.length - CLOSINGS_PER_RUN) };
}

/** What the comment says and where it goes. */
export interface ClosureWording {
  readonly caseKey: string;
  readonly devKey: string;
  /** The version the environment runs. */
  readonly version: string;
  readonly environmentName: string;
}

/**
 * One attempt at a claimed closure, if this caller wins it (`startClosureAttempt`): 'taken'
 * when another invocation did.
 */
export async function attemptClosure(
  ctx: AppContext,
  settings: DevLoopSettings,
  seen: CaseClosure,
  wording: ClosureWording,
): Promise<'closed' | 'failed' | 'taken'> {
  if (!(await startClosureAttempt(ctx.sql, seen, ctx.now()))) return 'taken';
  const text = renderTemplate(settings.wordings.readyToTest, {
    version: wording.version,
    environment: wording.environmentName,
    devKey: wording.devKey,
    caseKey: wording.caseKey,
  });
  try {
    let commentId = seen.commentId;
    // An earlier attempt may have posted it and ended before recording it.
    if (commentId === null && seen.attempts > 0) {
      commentId = await postedComment(ctx, wording.caseKey, text);
    }
    if (commentId === null && (await resolvedAlready(ctx, wording.caseKey))) {
      // Someone resolved it meanwhile: telling the customer "we are closing it" would be wrong.
      await finishClosureAttempt(ctx.sql, seen, { closedAt: ctx.now() });
      ctx.log('dev loop: case resolved before its fix was installed; nothing said', {
        caseKey: wording.caseKey,
        fixedIn: seen.fixedIn,
      });
      return 'closed';
    }
    // No `sd.public.comment` property: on a JSM request the comment is public, the customer's.
    if (commentId === null)
      commentId = (await ctx.jira.addComment(wording.caseKey, adfText(text))).id;
    if (commentId !== seen.commentId) await recordClosureComment(ctx.sql, seen, commentId);
    await moveToResolved(ctx, wording.caseKey, settings);
    await finishClosureAttempt(ctx.sql, seen, { closedAt: ctx.now() });
    ctx.log('dev loop: case closed, its fix is installed', {
      caseKey: wording.caseKey,
      fixedIn: seen.fixedIn,
      environment: seen.environment,
    });
    return 'closed';
  } catch (error) {
    await finishClosureAttempt(ctx.sql, seen, { error: String(error) });
    ctx.log('dev loop: closing a case failed, the sweep retries it', {
      caseKey: wording.caseKey,
      fixedIn: seen.fixedIn,
      attempt: seen.attempts + 1,
      error: String(error),
    });
    return 'failed';
  }
}

interface Transition {
  readonly id: string;
  readonly to?: { readonly name?: string };
}

/**
 * Moves the case to the resolved status by the transition leading there from where it is
 * (`GET`/`POST /rest/api/3/issue/{issueIdOrKey}/transitions`:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post),
 * setting the resolution. A case already there (closed by hand) is left as it is; no such
 * transition is an error, retried in case the workflow is fixed.
 */
async function moveToResolved(
  ctx: AppContext,
  caseKey: string,
  settings: DevLoopSettings,
): Promise<void> {
  const target = settings.resolvedStatus.toLowerCase();
  const response = await ctx.jira.call('getTransitions', { issueIdOrKey: caseKey });
  const { transitions = [] } = response.body as { transitions?: Transition[] };
  const transition = transitions.find((t) => t.to?.name?.toLowerCase() === target);
  if (!transition) {
    const issue = await ctx.jira.getIssue(caseKey, ['status']);
    const status = (issue?.fields as { status?: { name?: string } } | undefined)?.status?.name;
    if (status?.toLowerCase() === target) return;
    throw new Error(
      `no transition leads ${caseKey} from "${status ?? 'unknown'}" to "${settings.resolvedStatus}"`,
    );
  }
  await ctx.jira.call(
    'doTransition',
    { issueIdOrKey: caseKey },
    {
      body: {
        transition: { id: transition.id },
        ...(settings.resolution !== null && {
          fields: { resolution: { name: settings.resolution } },
        }),
      },
    },
  );
}

/** Whether the case has a resolution (an agent resolved it); an error when it is gone. */
async function resolvedAlready(ctx: AppContext, caseKey: string): Promise<boolean> {
  const issue = await ctx.jira.getIssue(caseKey, ['resolution']);
  if (!issue) throw new Error(`${caseKey} no longer exists or the app cannot see it`);
  return Boolean(issue.fields.resolution);
}

/** The id of the comment an earlier attempt posted, found by its text. */
async function postedComment(
  ctx: AppContext,
  caseKey: string,
  text: string,
): Promise<string | null> {
  const comments = await ctx.jira.comments(caseKey);
  return comments.find((comment) => adfToText(comment.body) === text)?.id ?? null;
}

/**
 * The wording of a closure taken up again: the case and development keys from the hand-over,
 * the version from the report that decided it (or the contract's, for `contract`).
 */
export async function closureWording(
  ctx: AppContext,
  model: ContractModel | null,
  closure: CaseClosure,
  fixed: Pick<FixedCase, 'caseKey' | 'devKey'>,
): Promise<ClosureWording> {
  let version = closure.fixedIn;
  if (closure.reportId === CONTRACT_REPORT_ID) {
    const environment = knownEnvironments(model).find((e) => e.id === closure.environment);
    version = environment?.version ?? version;
  } else {
    version = (await environmentVersionReport(ctx.sql, closure.reportId))?.version ?? version;
  }
  return {
    caseKey: fixed.caseKey,
    devKey: fixed.devKey,
    version,
    environmentName: environmentName(model, closure.environment),
  };
}
