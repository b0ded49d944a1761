import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import type { AppContext } from './appContext';

/** Queue events carry at most this many issues, and Forge takes at most 50 events a push. */
const PUSH_BATCH = 50;

/**
 * The scheduled sweep: finds the issues whose next warning or breach instant has come, with
 * one JQL query on the indexed `nextCheckMs` of the `slm` property, and queues them for the
 * consumer to re-evaluate and escalate. It reads keys only and never looks at issues that are
 * not due, so its cost grows with the due issues, not with the open ones.
 */
export async function sweepDueIssues(ctx: AppContext): Promise<{ queued: number }> {
  const now = ctx.now();
  const jql = `issue.property[${SLM_PROPERTY_KEY}].nextCheckMs <= ${now} ORDER BY issue.property[${SLM_PROPERTY_KEY}].nextCheckMs ASC`;
  let batch: Record<string, unknown>[] = [];
  let queued = 0;
  for await (const issue of ctx.jira.search({ jql, fields: ['key'], maxResults: 1000 })) {
    batch.push({ issueKey: issue.key, reason: 'due' });
    if (batch.length === PUSH_BATCH) {
      await ctx.queue.push(batch);
      queued += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await ctx.queue.push(batch);
  return { queued: queued + batch.length };
}
