import { NO_SCALE, type Feedback } from './feedback';
import type { QualityRules } from './qualityRules';

/** Why feedback is flagged for the team lead; empty when it is not. */
export type FlagCause =
  | { readonly kind: 'lowScore'; readonly score: number; readonly threshold: number }
  | { readonly kind: 'negativeReason'; readonly reason: string }
  /** A complaint (no score) is always flagged. */
  | { readonly kind: 'complaint' };

/**
 * The causes that flag `feedback` under `rules`: a low score on its scale, a negative reason;
 * a complaint (no scale) always.
 */
export function flagCauses(
  feedback: Pick<Feedback, 'scale' | 'score' | 'reason'>,
  rules: QualityRules,
): FlagCause[] {
  if (feedback.scale === NO_SCALE) return [{ kind: 'complaint' }];
  const causes: FlagCause[] = [];
  const threshold = rules.flagAtOrBelow[feedback.scale];
  if (feedback.score <= threshold) {
    causes.push({ kind: 'lowScore', score: feedback.score, threshold });
  }
  const reason = rules.reasons.find((r) => r.id === feedback.reason);
  if (reason?.negative) causes.push({ kind: 'negativeReason', reason: reason.id });
  return causes;
}

/** Negative feedback: what the flag rules catch, and what recurrence counts. */
export const isNegative = (
  feedback: Pick<Feedback, 'scale' | 'score' | 'reason'>,
  rules: QualityRules,
): boolean => flagCauses(feedback, rules).length > 0;
