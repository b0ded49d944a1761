import type { AsyncEvent, InvocationError } from '@forge/events';
import type { EscalationRef } from '../domain/escalation/escalationLedger';
import { isJiraRefusal, JiraError } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';
import { retryEscalation } from '../services/escalationActions';
import { refreshRequestsOf, type EvaluationJob } from '../services/evaluationJob';
import { forgetFailedEvaluations, rememberFailedEvaluations } from '../services/evaluationRetries';
import { batchJobs, pushJobs } from '../services/queueJobs';
import { recordRunProgress, runStep } from '../services/reevaluationRuns';
import { refreshIssues, type RefreshFailure, type RefreshRequest } from '../services/refreshIssues';
import { answerFailure } from './evaluationRetry';

/** The async event Forge hands the consumer: the job, and on a retry Forge's retry context. */
export type EvaluationEvent = Pick<AsyncEvent<EvaluationJob>, 'body' | 'retryContext'>;

/**
 * The queue consumer (up to 900 s on Forge): refreshes the job's issues (one, or a batch read
 * and written in bulk), or tries an escalation's open actions again, or takes a step of a
 * re-evaluation run. A job whose every issue failed is answered as `answerFailure` decides:
 * retried by Forge, or put on the app's retry schedule; in a batch that got on, only the issues
 * that failed go on the retry schedule.
 */
export async function onEvaluationEvent(
  event: EvaluationEvent,
  ctx: AppContext,
): Promise<InvocationError | undefined> {
  const job = event.body;
  try {
    await runJob(job, ctx);
    return undefined;
  } catch (error) {
    const answer = await answerFailure(event, error, ctx);
    // Given up on: the batch is over, every issue of it failed.
    if (!answer && job.run && job.issueKeys) {
      await recordRunProgress(ctx, job.run, { done: 0, failed: refreshRequestsOf(job).length });
    }
    return answer;
  }
}

/** Runs a job; malformed jobs are logged and dropped, not retried. */
async function runJob(job: EvaluationJob, ctx: AppContext): Promise<void> {
  if (isEscalationRef(job.escalation)) {
    await retryEscalation(ctx, job.escalation);
    return;
  }
  const requests = refreshRequestsOf(job);
  if (requests.length > 0) {
    await refreshBatch(job, requests, ctx);
    return;
  }
  if (job.run && typeof job.run.id === 'string' && job.issueKeys === undefined) {
    await runStep(ctx, job.run);
    return;
  }
  if (typeof job.versionId === 'string' && /^\d+$/.test(job.versionId)) {
    await queueVersionIssues(ctx, job.versionId);
    return;
  }
  ctx.log('evaluation job without an issue or version, dropped', { job: { ...job } });
}

/**
 * Refreshes the job's issues. When not one got through, the job fails as a whole (Forge may
 * retry it); otherwise the issues that failed are logged and put on the retry schedule, and
 * only they come back.
 */
async function refreshBatch(
  job: EvaluationJob,
  requests: readonly RefreshRequest[],
  ctx: AppContext,
): Promise<void> {
  const startedAt = ctx.now();
  const { results, failures } = await refreshIssues(ctx, requests, {
    recalculate: job.recalculate === true,
  });
  if (results.length === 0 && failures.length > 0) throw batchError(failures);
  await forgetFailedEvaluations(
    ctx,
    results.map((r) => r.issueKey),
    startedAt,
  );
  if (failures.length > 0) {
    for (const { issueKey, error } of failures) {
      ctx.log('evaluation failed', {
        issueKey,
        reason: job.reason,
        ...(error instanceof JiraError && { status: error.status }),
        error: String(error),
      });
    }
    await rememberFailedEvaluations(ctx, failures);
  }
  if (job.run) {
    await recordRunProgress(ctx, job.run, {
      done: results.length,
      failed: failures.length,
      changed: results.filter((r) => !r.gone && r.changed).length,
    });
  }
}

/** The error a wholly failed batch answers with: one that may pass, when there is one. */
function batchError(failures: readonly RefreshFailure[]): unknown {
  return (failures.find((f) => !isJiraRefusal(f.error)) ?? failures[0]!).error;
}

/** Queues the issues fixed in a version (the development loop acts on them) in batch jobs. */
async function queueVersionIssues(ctx: AppContext, versionId: string): Promise<void> {
  const issues = [];
  for await (const issue of ctx.jira.search({
    jql: `fixVersion = ${versionId}`,
    fields: ['key'],
  })) {
    issues.push({ issueKey: issue.key });
  }
  await pushJobs(ctx, batchJobs(issues, { reason: `fixed in version ${versionId}` }));
}

function isEscalationRef(value: unknown): value is EscalationRef {
  const ref = value as Partial<EscalationRef> | undefined;
  return (
    typeof ref === 'object' &&
    ref !== null &&
    typeof ref.issueId === 'string' &&
    typeof ref.goal === 'string' &&
    typeof ref.cycleStart === 'string' &&
    (typeof ref.at === 'number' || ref.at === 'breach')
  );
}
