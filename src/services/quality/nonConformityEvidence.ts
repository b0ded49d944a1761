import { NO_SCALE, type Feedback } from '../../domain/quality/feedback';
import { FEEDBACK_SCALES } from '../../domain/quality/feedbackScale';
import type { RecurrenceGroup } from '../../domain/quality/recurrence';
import type { AdfDocument, AdfNode } from '../../jira/types';

/**
 * What a non-conformity issue says: its summary and an ADF description that summarises the
 * evidence, one bullet per feedback (date, source, score on its scale, reason, comment, case).
 * REST v3 takes descriptions as Atlassian Document Format
 * (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/).
 */

const DIMENSION_NAMES: Record<RecurrenceGroup['dimension'], string> = {
  customer: 'customer',
  product: 'product',
  component: 'component',
  reason: 'reason',
};

const SOURCE_NAMES: Record<Feedback['source'], string> = {
  jsm: 'Jira Service Management CSAT',
  survicate: 'Survicate',
  app: 'feedback in the app',
  complaint: 'a complaint issue',
  portal: 'a rating on the customer portal',
};

/** "Recurring negative feedback: customer Acme (3 in 30 days)". */
export const recurrenceSummary = (
  group: RecurrenceGroup,
  count: number,
  windowDays: number,
): string =>
  `Recurring negative feedback: ${DIMENSION_NAMES[group.dimension]} ${group.value} (${count} in ${windowDays} days)`;

/** "CSAT 1/5", "NPS 3/10": a score on its own scale; "complaint" without one. */
export const scoreText = (feedback: Pick<Feedback, 'scale' | 'score'>): string =>
  feedback.scale === NO_SCALE
    ? 'complaint'
    : `${feedback.scale.toUpperCase()} ${feedback.score}/${FEEDBACK_SCALES[feedback.scale].max}`;

/** "2026-03-02: CSAT 1/5 from Survicate, reason slow, "Nobody called", case SUP-1". */
export function feedbackLine(feedback: Feedback): string {
  const parts = [
    `${new Date(feedback.answeredAt).toISOString().slice(0, 10)}: ${scoreText(feedback)} from ${SOURCE_NAMES[feedback.source]}`,
    feedback.reason ? `reason ${feedback.reason}` : null,
    feedback.comment ? `"${feedback.comment}"` : null,
    feedback.issueKey ? `case ${feedback.issueKey}` : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}

const paragraph = (text: string): AdfNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});

/** The description: the reason, then the evidence as a bullet list. */
export function evidenceDescription(reason: string, feedback: readonly Feedback[]): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: [
      paragraph(reason),
      paragraph(`Evidence (${feedback.length} negative feedback):`),
      {
        type: 'bulletList',
        content: feedback.map((f) => ({ type: 'listItem', content: [paragraph(feedbackLine(f))] })),
      },
      paragraph('Work the CAPA in the CAPA panel of this issue.'),
    ],
  };
}
