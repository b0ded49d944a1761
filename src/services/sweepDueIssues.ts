import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import { IssueSlaRecords } from '../storage/issueSlaRecords';
import type { AppContext } from './appContext';
import { batchJobs, pushJobs, type BatchedIssue } from './queueJobs';

/**
 * Issues queued for re-evaluation per sweep. After a new contract version every open issue
 * is due one; a few sweeps work through them without crowding out the due issues or nearing
 * Forge's 500 events a minute (Async events limits).
 */
const REEVALUATIONS_PER_SWEEP = 100;

const property = (path: string) => `issue.property[${SLM_PROPERTY_KEY}].${path}`;

/**
 * Open issues without an evaluation under the contract version in force: never evaluated (the
 * first evaluation failed for good) or evaluated under an older version. `contractVersion` is
 * indexed (manifest.yml), so an issue without the property matches `IS EMPTY`.
 */
const staleJql = (version: number) =>
  `resolution IS EMPTY AND (${property('contractVersion')} IS EMPTY OR ${property('contractVersion')} != ${version}) ORDER BY created DESC`;

/**
 * The scheduled sweep: queues the issues whose next warning or breach instant has come, found
 * in the app's own records through the index on `nextCheckMs` (never in the `slm` property,
 * which anyone who may edit an issue can rewrite), so its cost grows with the due issues, not
 * with the open ones; and, a bounded number per run, the open issues that have no evaluation
 * under the contract in force, so an evaluation that failed for good or a new contract version
 * is caught up with. A property rewritten to hide an issue from the latter is put back by the
 * property event's re-evaluation, or at the issue's next one. Issues in `leaveOut` (on the retry
 * schedule after failing) are left to it, so that issues that keep failing never crowd out the
 * others. The issues go to the consumer in batch jobs, refreshed in bulk, each due issue with
 * what its record says (`RecordedIssue`), so the consumer need not read the record again.
 */
export async function sweepDueIssues(
  ctx: AppContext,
  { leaveOut = new Set<string>() }: { leaveOut?: ReadonlySet<string> } = {},
): Promise<{ queued: number; reevaluated: number }> {
  const due: BatchedIssue[] = [];
  for await (const record of new IssueSlaRecords(ctx.entities).due(ctx.now())) {
    if (!leaveOut.has(record.issueKey)) {
      const { issueKey, issueId, digest } = record;
      due.push({ issueKey, recorded: { issueId, digest } });
    }
  }
  const version = (await ctx.contracts.model())?.version ?? null;
  const stale =
    version === null
      ? []
      : await issueKeys(
          ctx,
          staleJql(version),
          REEVALUATIONS_PER_SWEEP,
          (key) => !leaveOut.has(key),
        );
  const dueKeys = new Set(due.map((d) => d.issueKey));
  const reevaluate = stale.filter((key) => !dueKeys.has(key));
  await pushJobs(ctx, [
    ...batchJobs(due, { reason: 'due' }),
    ...batchJobs(
      reevaluate.map((issueKey) => ({ issueKey })),
      { reason: 'not evaluated under this contract' },
    ),
  ]);
  return { queued: due.length, reevaluated: reevaluate.length };
}

/** The keys of up to `limit` issues the query finds and `keep` keeps. */
async function issueKeys(
  ctx: AppContext,
  jql: string,
  limit: number,
  keep: (key: string) => boolean,
): Promise<string[]> {
  const keys: string[] = [];
  for await (const issue of ctx.jira.search({
    jql,
    fields: ['key'],
    maxResults: Math.min(limit, 1000),
  })) {
    if (keep(issue.key)) keys.push(issue.key);
    if (keys.length >= limit) break;
  }
  return keys;
}
