/**
 * What the issue panel's feedback resolvers answer (`issueFeedback.ts`). Types only, importing
 * only types, so the Custom UI shares them without Node's code.
 */
import type { FeedbackSource, RecordedScale } from '../domain/quality/feedback';
import type { FeedbackReason } from '../domain/quality/qualityRules';

/** One recorded answer as the issue panel shows it. */
export interface IssueFeedbackEntry {
  readonly id: string;
  readonly source: FeedbackSource;
  /** `none`: a complaint, without a score. */
  readonly scale: RecordedScale;
  readonly score: number;
  readonly reason: { readonly id: string; readonly label: string } | null;
  readonly comment: string | null;
  readonly answeredAt: string;
  readonly flagged: boolean;
}

export interface IssueFeedbackView {
  readonly issueKey: string;
  /** The reasons the form offers, from the quality settings. */
  readonly reasons: readonly FeedbackReason[];
  /** The case's recorded feedback, newest first; empty for a customer, who sees only the form. */
  readonly feedback: readonly IssueFeedbackEntry[];
}
