import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import type { JiraIssue } from '../jira/types';
import { isAppWritten, type IssueSlaRecord } from '../storage/issueSlaRecords';
import type { AppContext } from './appContext';
import { batchJobs, pushJobs } from './queueJobs';

/**
 * Whether the issue's `slm` property, as Jira returned it with the issue, is not the one the
 * app last wrote by its record (rewritten or deleted by someone else). Without a record the app
 * has written nothing yet, so there is nothing to tell apart.
 */
export function hasForeignProperty(issue: JiraIssue, record: IssueSlaRecord | undefined): boolean {
  return record !== undefined && !isAppWritten(record, issue.properties?.[SLM_PROPERTY_KEY]);
}

/**
 * Logs a foreign `slm` property the app is about to rewrite, with who wrote it when the
 * property event said so (Jira keeps no history of property changes, so the event is the one
 * place that names them).
 */
export function logForeignProperty(ctx: AppContext, issue: JiraIssue, changedBy?: string): void {
  const value = issue.properties?.[SLM_PROPERTY_KEY];
  ctx.log('slm property changed outside the app; rewritten', {
    issue: issue.key,
    ...(changedBy && { changedBy }),
    change: value === undefined ? 'deleted' : 'rewritten',
  });
}

/**
 * Queues the re-evaluation that rewrites the `slm` property of issues a screen found foreign, in
 * batch jobs, and logs it; the screen itself shows the app's record meanwhile.
 */
export async function queuePropertyRepair(
  ctx: AppContext,
  issueKeys: readonly string[],
  seenBy: string,
): Promise<void> {
  if (issueKeys.length === 0) return;
  ctx.log('slm property changed outside the app; repair queued', { issues: issueKeys, seenBy });
  await pushJobs(
    ctx,
    batchJobs(
      issueKeys.map((issueKey) => ({ issueKey })),
      { reason: 'slm property repair' },
    ),
  );
}
