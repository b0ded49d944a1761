import type { AsyncEvent, InvocationError } from '@forge/events';
import type { AppContext } from '../services/appContext';
import { refreshIssue } from '../services/refreshIssue';
import { answerFailure } from './evaluationRetry';

/** A job on the evaluation queue: one issue, or every issue fixed in a version. */
export type EvaluationJob = {
  readonly issueKey?: string;
  readonly versionId?: string;
  readonly reason?: string;
};

/** The async event Forge hands the consumer: the job, and on a retry Forge's retry context. */
export type EvaluationEvent = Pick<AsyncEvent<EvaluationJob>, 'body' | 'retryContext'>;

/**
 * The queue consumer (up to 900 s on Forge): re-reads each issue's history, evaluates it,
 * writes its state and fires due escalations. A failed evaluation is answered as
 * `answerFailure` decides: retried by Forge, or logged for the sweep to repair.
 */
export async function onEvaluationEvent(
  event: EvaluationEvent,
  ctx: AppContext,
): Promise<InvocationError | undefined> {
  try {
    await evaluateJob(event.body, ctx);
    return undefined;
  } catch (error) {
    return answerFailure(event, error, ctx);
  }
}

/** Evaluates a job's issues; malformed jobs are logged and dropped, not retried. */
async function evaluateJob(job: EvaluationJob, ctx: AppContext): Promise<void> {
  if (typeof job.issueKey === 'string' && job.issueKey !== '') {
    await refreshIssue(ctx, job.issueKey);
    return;
  }
  if (typeof job.versionId === 'string' && /^\d+$/.test(job.versionId)) {
    for await (const issue of ctx.jira.search({
      jql: `fixVersion = ${job.versionId}`,
      fields: ['key'],
    })) {
      await refreshIssue(ctx, issue.key);
    }
    return;
  }
  ctx.log('evaluation job without an issue or version, dropped', { job: { ...job } });
}
