import { checkIsDue } from '../../domain/quality/capa';
import { groupKey, groupsOf } from '../../domain/quality/recurrence';
import { adfText } from '../../jira/adf';
import { flaggedFeedbackBetween } from '../../storage/quality/feedbackRecords';
import { claimNotice, nonConformitiesAtStep } from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';
import { changeCapa } from './capaChanges';
import { feedbackLine } from './nonConformityEvidence';

const DAY_MS = 86_400_000;

/**
 * The effectiveness re-check of CAPAs in their observation window. New negative feedback in the
 * non-conformity's group answered after the check was scheduled means the problem recurred: the
 * CAPA is reopened by the app (`recurred`, the evidence naming the feedback) and the issue gets
 * a comment. A window that ended without recurrence makes the check due: the assignee (if any) and
 * the reporter are notified, once per round (the notice is claimed in SQL before it is sent).
 */
export async function recheckEffectiveness(
  ctx: AppContext,
  now: number,
): Promise<{ reopened: string[]; checksDue: string[] }> {
  const reopened: string[] = [];
  const checksDue: string[] = [];
  for (const nc of await nonConformitiesAtStep(ctx.sql, 'effectivenessCheck')) {
    const { capa } = nc;
    if (!nc.issueKey || capa.checkDueAt === null || capa.observationDays === null) continue;
    const scheduledAt = capa.checkDueAt - capa.observationDays * DAY_MS;
    const recurrence =
      nc.groupKey === null
        ? undefined
        : (await flaggedFeedbackBetween(ctx.sql, scheduledAt + 1, now + 1)).find((f) =>
            groupsOf(f).some((g) => groupKey(g) === nc.groupKey),
          );
    if (recurrence) {
      const evidence = `New negative feedback ${recurrence.id} after the check was scheduled: ${feedbackLine(recurrence)}`;
      const change = await changeCapa(ctx, nc, { type: 'recurred', evidence }, 'app');
      if (!change.ok) continue; // changed meanwhile: the next run looks again
      await ctx.jira.addComment(
        nc.issueKey,
        adfText(
          `The problem recurred during the observation window, so the CAPA is reopened at the root cause (round ${change.nc.capa.round}).\n${evidence}`,
        ),
      );
      reopened.push(nc.issueKey);
      continue;
    }
    if (!checkIsDue(capa, now)) continue;
    if (!(await claimNotice(ctx.sql, nc.id, `check-due:${capa.round}`, now))) continue;
    // Jira refuses to notify the assignee of an unassigned issue (400): ask only when there is one.
    const assigned = Boolean((await ctx.jira.getIssue(nc.issueKey, ['assignee']))?.fields.assignee);
    await ctx.jira.notify(nc.issueKey, {
      subject: `${nc.issueKey}: the effectiveness check is due`,
      textBody: `The ${capa.observationDays}-day observation window of ${nc.issueKey} has ended without the problem recurring. Record the effectiveness check in the CAPA panel.`,
      // The app reports the issues it creates: its raiser is told too when a person raised it.
      to: {
        ...(assigned && { assignee: true }),
        reporter: true,
        ...(nc.raisedBy !== 'app' && { users: [{ accountId: nc.raisedBy }] }),
      },
    });
    checksDue.push(nc.issueKey);
  }
  return { reopened, checksDue };
}
