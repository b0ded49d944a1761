import type { FeedbackScale } from './feedbackScale';

/** A reason a customer can give; `negative` reasons flag the feedback whatever the score. */
export interface FeedbackReason {
  readonly id: string;
  readonly label: string;
  readonly negative: boolean;
}

/**
 * When repeated negative feedback becomes a non-conformity: at least `count` in the last
 * `windowDays`, and, when `rate` is set, also at least `factor` times the daily rate of the
 * `baselineDays` before the window (so a customer who always sends a few is not escalated).
 */
export interface RecurrenceRule {
  readonly count: number;
  readonly windowDays: number;
  readonly rate: { readonly baselineDays: number; readonly factor: number } | null;
}

export interface QualityRules {
  /** A score at or below this flags the feedback, per scale. */
  readonly flagAtOrBelow: { readonly [S in FeedbackScale]: number };
  readonly reasons: readonly FeedbackReason[];
  readonly recurrence: RecurrenceRule;
}

export const DEFAULT_QUALITY_RULES: QualityRules = {
  flagAtOrBelow: { csat: 2, nps: 6 },
  reasons: [
    { id: 'slow', label: 'It took too long', negative: true },
    { id: 'unresolved', label: 'My problem was not solved', negative: true },
    { id: 'unfriendly', label: 'I was not treated well', negative: true },
    { id: 'communication', label: 'I was not kept informed', negative: true },
    { id: 'other', label: 'Something else', negative: false },
  ],
  recurrence: { count: 3, windowDays: 30, rate: null },
};
