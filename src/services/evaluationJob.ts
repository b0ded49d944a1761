import type { EscalationRef } from '../domain/escalation/escalationLedger';

/**
 * A job on the evaluation queue, as the trigger, the sweep and the retry schedule push it: one
 * issue to evaluate, every issue fixed in a version, or the open actions of an escalation to
 * try again. `reason` is for the log.
 */
export type EvaluationJob = {
  readonly issueKey?: string;
  /** The issue's id, when the sender knows it (the sweep, from the app's records). */
  readonly issueId?: string;
  /** Who wrote or deleted the `slm` property (a property event's `atlassianId`). */
  readonly changedBy?: string;
  readonly versionId?: string;
  readonly escalation?: EscalationRef;
  readonly reason?: string;
  /** Queued by the retry schedule, which brings the job back should it fail again. */
  readonly retrying?: boolean;
};
