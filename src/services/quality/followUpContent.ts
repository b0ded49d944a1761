/**
 * What a follow-up issue says: its summary ("Follow up: CSAT 1/5 from Acme on SUP-12") and an
 * ADF description with the score on its scale, the reason, the customer's comment and the case.
 * REST v3 takes descriptions and comments as Atlassian Document Format
 * (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/).
 */
import { FEEDBACK_SCALES } from '../../domain/quality/feedbackScale';
import { NO_SCALE, type Feedback } from '../../domain/quality/feedback';
import type { QualityRules } from '../../domain/quality/qualityRules';
import type { AdfDocument, AdfNode } from '../../jira/types';

/** "1/5 CSAT", "3/10 NPS": a score is always shown with its scale; a complaint has none. */
export const scoreText = (feedback: Pick<Feedback, 'scale' | 'score'>): string =>
  feedback.scale === NO_SCALE
    ? 'none (a complaint)'
    : `${feedback.score}/${FEEDBACK_SCALES[feedback.scale].max} ${feedback.scale.toUpperCase()}`;

export function followUpSummary(feedback: Feedback): string {
  const { scale, score } = feedback;
  const from = feedback.customer ? ` from ${feedback.customer}` : '';
  const on = feedback.issueKey ? ` on ${feedback.issueKey}` : '';
  if (scale === NO_SCALE) return `Follow up: complaint${from}${on}`;
  return `Follow up: ${scale.toUpperCase()} ${score}/${FEEDBACK_SCALES[scale].max}${from}${on}`;
}

/** The reason's label as configured, or its id when the list no longer has it. */
export const reasonText = (reason: string | null, rules: QualityRules): string | null =>
  reason === null ? null : (rules.reasons.find((r) => r.id === reason)?.label ?? reason);

const text = (value: string, marks?: AdfNode['marks']): AdfNode => ({
  type: 'text',
  text: value,
  ...(marks && { marks }),
});
const strong = (value: string) => text(value, [{ type: 'strong' }]);
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });

export function followUpDescription(feedback: Feedback, rules: QualityRules): AdfDocument {
  const reason = reasonText(feedback.reason, rules);
  const content: AdfNode[] = [
    paragraph(
      text(
        'A customer gave feedback that needs a follow-up by the team lead: contact them, then ' +
          'record what was done in the Quality review queue of the SLA work list.',
      ),
    ),
    paragraph(strong('Score: '), text(scoreText(feedback))),
    paragraph(strong('Reason: '), text(reason ?? 'none given')),
    paragraph(strong('Customer: '), text(feedback.customer ?? 'unknown')),
    paragraph(strong('Comment: '), text(feedback.comment?.trim() || 'none')),
  ];
  if (feedback.issueKey) {
    // The key as text: the issue link ("Relates") is the clickable way to the case, and the app
    // does not know the site's address to write an absolute one here.
    content.push(paragraph(strong('Case: '), text(`${feedback.issueKey} (linked to this issue)`)));
  }
  return { type: 'doc', version: 1, content };
}
