import type { FeedbackScale } from './feedbackScale';

/**
 * Where a piece of feedback came from. `complaint`: a Jira issue of a complaint issue type
 * (the relationship register's settings), recorded when it is created. `portal`: a rating the
 * customer gave on the request in the customer portal, once per resolution.
 */
export type FeedbackSource = 'jsm' | 'survicate' | 'app' | 'complaint' | 'portal';

/** The scale of feedback without a score: a complaint, recorded with score 0. */
export const NO_SCALE = 'none';
/** A recorded answer's scale: a score's scale, or none (a complaint). */
export type RecordedScale = FeedbackScale | typeof NO_SCALE;

/** One answer from a customer, as recorded: never edited, only followed up. */
export interface Feedback {
  readonly id: string;
  readonly source: FeedbackSource;
  /** The source's own id of the answer (JSM request, Survicate message, app form), for replays. */
  readonly sourceId: string;
  readonly scale: RecordedScale;
  /** On `scale`; 0 when it has none. */
  readonly score: number;
  /** A reason id from the configured list, when the customer picked one. */
  readonly reason: string | null;
  readonly comment: string | null;
  /** The case it is about, when known. */
  readonly issueKey: string | null;
  readonly customer: string | null;
  readonly product: string | null;
  readonly component: string | null;
  readonly team: string | null;
  /** When the customer answered, epoch ms. */
  readonly answeredAt: number;
}
