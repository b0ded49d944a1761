import type { AppContext } from '../services/appContext';
import { refreshIssue } from '../services/refreshIssue';

/** A job on the evaluation queue: one issue, or every issue fixed in a version. */
export interface EvaluationJob {
  readonly issueKey?: string;
  readonly versionId?: string;
  readonly reason?: string;
}

/**
 * The queue consumer (up to 900 s on Forge): re-reads each issue's history, evaluates it,
 * writes its state and fires due escalations. Malformed jobs are logged and dropped, not
 * retried forever.
 */
export async function onEvaluationJob(job: EvaluationJob, ctx: AppContext): Promise<void> {
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
