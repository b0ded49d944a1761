import type { AsyncEvent, InvocationError } from '@forge/events';
import type { EscalationRef } from '../domain/escalation/escalationLedger';
import type { AppContext } from '../services/appContext';
import { retryEscalation } from '../services/escalationActions';
import type { EvaluationJob } from '../services/evaluationJob';
import { forgetFailedEvaluation } from '../services/evaluationRetries';
import { refreshIssue } from '../services/refreshIssue';
import { answerFailure } from './evaluationRetry';

/** The async event Forge hands the consumer: the job, and on a retry Forge's retry context. */
export type EvaluationEvent = Pick<AsyncEvent<EvaluationJob>, 'body' | 'retryContext'>;

/**
 * The queue consumer (up to 900 s on Forge): re-reads each issue's history, evaluates it,
 * writes its state and fires due escalations; or tries an escalation's open actions again. A
 * failed job is answered as `answerFailure` decides: retried by Forge, or put on the app's retry
 * schedule.
 */
export async function onEvaluationEvent(
  event: EvaluationEvent,
  ctx: AppContext,
): Promise<InvocationError | undefined> {
  try {
    await runJob(event.body, ctx);
    return undefined;
  } catch (error) {
    return answerFailure(event, error, ctx);
  }
}

/** Runs a job; malformed jobs are logged and dropped, not retried. */
async function runJob(job: EvaluationJob, ctx: AppContext): Promise<void> {
  if (isEscalationRef(job.escalation)) {
    await retryEscalation(ctx, job.escalation);
    return;
  }
  if (typeof job.issueKey === 'string' && job.issueKey !== '') {
    const startedAt = ctx.now();
    await refreshIssue(ctx, job.issueKey, {
      ...(typeof job.changedBy === 'string' && { changedBy: job.changedBy }),
      ...(typeof job.issueId === 'string' && { issueId: job.issueId }),
    });
    await forgetFailedEvaluation(ctx, job.issueKey, startedAt);
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
