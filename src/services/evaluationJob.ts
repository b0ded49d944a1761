import type { EscalationRef } from '../domain/escalation/escalationLedger';
import type { RunRef } from './reevaluationRuns';
import type { RefreshRequest } from './refreshIssues';

/**
 * What the sender read in the app's record of an issue of a batch (the sweep reads the records
 * of the issues it queues): spares the consumer reading it again.
 */
export interface RecordedIssue {
  readonly issueId: string;
  /** The `propertyDigest` of the `slm` property the app last wrote. */
  readonly digest: string;
}

/**
 * A job on the evaluation queue, as the trigger, the sweep, the retry schedule and re-evaluation
 * runs push it: one issue to evaluate (`issueKey`), a batch of issues refreshed together
 * (`issueKeys`), every issue fixed in a version, a step of a re-evaluation run, or the open
 * actions of an escalation to try again. `reason` is for the log.
 */
export type EvaluationJob = {
  readonly issueKey?: string;
  /** The issue's id, when the sender knows it (the sweep, from the app's records). */
  readonly issueId?: string;
  /** Who wrote or deleted the `slm` property (a property event's `atlassianId`). */
  readonly changedBy?: string;
  /** A batch: refreshed together, reading and writing with Jira's bulk operations. */
  readonly issueKeys?: readonly string[];
  /** For issues of the batch, by key: what the sender read in their records. */
  readonly records?: Readonly<Record<string, RecordedIssue>>;
  /** Evaluate resolved issues under the contract in force too (an admin's recalculation). */
  readonly recalculate?: boolean;
  /** The re-evaluation run the job belongs to: a step of it, or with `issueKeys` a batch. */
  readonly run?: RunRef;
  readonly versionId?: string;
  readonly escalation?: EscalationRef;
  readonly reason?: string;
  /** Queued by the retry schedule, which brings the job back should it fail again. */
  readonly retrying?: boolean;
};

/**
 * The issues a job asks to refresh, with what it knows of each: its one issue, or its batch
 * (each key once); none for other jobs. Malformed entries are left out.
 */
export function refreshRequestsOf(job: EvaluationJob): RefreshRequest[] {
  if (typeof job.issueKey === 'string' && job.issueKey !== '') {
    return [
      {
        issueKey: job.issueKey,
        ...(typeof job.issueId === 'string' && { issueId: job.issueId }),
        ...(typeof job.changedBy === 'string' && { changedBy: job.changedBy }),
      },
    ];
  }
  if (!Array.isArray(job.issueKeys)) return [];
  const keys = new Set(job.issueKeys.filter((k): k is string => typeof k === 'string' && k !== ''));
  return [...keys].map((issueKey) => {
    const recorded = job.records?.[issueKey];
    return {
      issueKey,
      ...(typeof recorded?.issueId === 'string' && { issueId: recorded.issueId }),
      ...(typeof recorded?.digest === 'string' && { digest: recorded.digest }),
    };
  });
}
