import type { AppContext } from './appContext';
import type { EvaluationJob, RecordedIssue } from './evaluationJob';

/**
 * Forge's limits on a push ("Async events API", Push API): at most 50 events and 200 KB; an
 * event for a consumer whose function may run longer than 55 s (ours: 900 s) at most 100 KB.
 * A kilobyte of each is kept free for the envelope Forge adds around the bodies.
 */
const EVENTS_PER_PUSH = 50;
const MAX_PUSH_BYTES = 199 * 1024;
const MAX_EVENT_BYTES = 99 * 1024;
/**
 * Issues in one batch job: the changelogs of a whole batch come in one bulk request (1000
 * issues at most), and the consumer refreshes them well within its 900 s.
 */
export const MAX_ISSUES_PER_BATCH = 1000;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** An issue for a batch job, with what the sender read in its record, if anything. */
export interface BatchedIssue {
  readonly issueKey: string;
  readonly recorded?: RecordedIssue;
}

/**
 * Batch jobs (`{ ...job, issueKeys, records }`) for `issues`, in order: as many issues in each
 * as `MAX_ISSUES_PER_BATCH` and Forge's event size allow.
 */
export function batchJobs(issues: readonly BatchedIssue[], job: EvaluationJob): EvaluationJob[] {
  const jobs: EvaluationJob[] = [];
  const empty = bytes({ body: { ...job, issueKeys: [], records: {} } });
  let keys: string[] = [];
  let records: Record<string, RecordedIssue> = {};
  let size = empty;
  const flush = () => {
    if (keys.length === 0) return;
    jobs.push({ ...job, issueKeys: keys, ...(Object.keys(records).length > 0 && { records }) });
    keys = [];
    records = {};
    size = empty;
  };
  for (const { issueKey, recorded } of issues) {
    // The key in the list, and its record's member, each with a separating comma.
    const added = bytes(issueKey) + 1 + (recorded ? bytes({ [issueKey]: recorded }) - 1 : 0);
    if (keys.length === MAX_ISSUES_PER_BATCH || size + added > MAX_EVENT_BYTES) flush();
    keys.push(issueKey);
    if (recorded) records[issueKey] = recorded;
    size += added;
  }
  flush();
  return jobs;
}

/** Queues jobs in as few pushes as Forge takes: 50 events and 200 KB a push at most. */
export async function pushJobs(ctx: AppContext, jobs: readonly EvaluationJob[]): Promise<void> {
  let push: EvaluationJob[] = [];
  let size = 2;
  for (const job of jobs) {
    const added = bytes({ body: job }) + 1;
    if (push.length === EVENTS_PER_PUSH || (push.length > 0 && size + added > MAX_PUSH_BYTES)) {
      await ctx.queue.push(push);
      push = [];
      size = 2;
    }
    push.push(job);
    size += added;
  }
  if (push.length > 0) await ctx.queue.push(push);
}
