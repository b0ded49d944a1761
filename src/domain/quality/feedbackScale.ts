/**
 * The scales feedback arrives on. CSAT answers are 1–5 (Jira Service Management's rating, a
 * Survicate rating question, the app's own form); NPS answers are 0–10. A score is kept on its
 * own scale and never converted: a 3 of 5 and a 6 of 10 do not mean the same thing.
 */
export const FEEDBACK_SCALES = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
} as const;

export type FeedbackScale = keyof typeof FEEDBACK_SCALES;

/** Whether `score` is a whole number on `scale`. */
export function isScoreOn(scale: FeedbackScale, score: number): boolean {
  const { min, max } = FEEDBACK_SCALES[scale];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** CSAT %: the share of 4s and 5s among 1–5 answers, in percent; null without answers. */
export function csatPercent(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return (100 * scores.filter((s) => s >= 4).length) / scores.length;
}

/**
 * Net Promoter Score of 0–10 answers: the percentage of promoters (9–10) minus that of
 * detractors (0–6), from −100 to 100; null without answers.
 */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}
