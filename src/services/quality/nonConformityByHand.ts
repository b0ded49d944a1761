import { isJiraRefusal } from '../../jira/jiraClient';
import { loadQualitySettings } from '../../storage/qualitySettings';
import { fromFeedbackRow } from '../../storage/quality/feedbackRecords';
import type { AppContext } from '../appContext';
import { scoreText } from './nonConformityEvidence';
import { raiseNonConformity } from './nonConformityRaise';

/**
 * A lead raises a non-conformity from one feedback, with a reason. It belongs to no recurrence
 * group (so it never blocks or takes one), and every call raises a new one: the lead decides.
 */
export async function raiseByHand(
  ctx: AppContext,
  feedbackId: string,
  reason: string,
  actor: string,
): Promise<{ issueKey: string } | { notFound: string } | { notConfigured: string }> {
  const row = await ctx.sql
    .selectFrom('feedback')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .executeTakeFirst();
  if (!row) return { notFound: `There is no feedback ${feedbackId}.` };
  const { projectKey, issueType } = (await loadQualitySettings(ctx.store)).nonConformity;
  if (projectKey === null) {
    return {
      notConfigured: 'No non-conformity project is configured: set one on the Quality settings.',
    };
  }
  const feedback = fromFeedbackRow(row);
  const brief = reason.length > 150 ? `${reason.slice(0, 150)}…` : reason;
  const onCase = feedback.issueKey ? ` on ${feedback.issueKey}` : '';
  const outcome = await raiseNonConformity(
    ctx,
    { projectKey, issueType },
    {
      groupKey: null,
      summary: `Non-conformity: ${brief} (${scoreText(feedback)}${onCase})`,
      reason,
      feedback: [feedback],
      raisedBy: actor,
      // The lead who raised it owns it until they hand it on in Jira.
      assignee: actor,
    },
  ).catch((error: unknown) => {
    // Jira refused the issue (the project or issue type of the settings, the lead as assignee).
    if (isJiraRefusal(error))
      return { refused: `Jira refused the non-conformity issue: ${error.message}` };
    throw error;
  });
  if ('refused' in outcome) return { notConfigured: outcome.refused };
  // Without a group the claim cannot be refused.
  if (!outcome.raised) throw new Error('a non-conformity without a group was refused');
  return { issueKey: outcome.issueKey };
}
