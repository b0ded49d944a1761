/**
 * The actions agreed at a customer meeting, as Jira issues. Each new action is created once in
 * the configured project and issue type, assigned to its owner with its due date, its ADF
 * description pointing back to the meeting and the customer, and labelled
 * (`meetingActionLabel`); the actions of one meeting are linked to the first ("Relates").
 *
 * Exactly once: the action's SQL row (`meeting_actions`) is the claim, inserted with the meeting
 * before any issue is created; the key is recorded when Jira answers. A run that stops in between
 * leaves a row without a key: after `ACTION_LEASE_MS` a later run (`completeMeetingActions`)
 * looks the issue up by its label, adopts it when found, else takes the claim over (the row's
 * `claimed_at` moves, so two takeovers cannot both win) and creates it.
 */
import { adfParagraph } from '../../jira/adf';
import { createIssue, linkIssues } from '../../jira/issueCreation';
import { JiraError } from '../../jira/jiraClient';
import type { AdfDocument } from '../../jira/types';
import type { RelationshipSettings } from '../../domain/relationships/relationshipSettings';
import {
  actionsOf,
  reclaimAction,
  setActionIssue,
  type StoredAction,
  type StoredMeeting,
} from '../../storage/relationships/customerMeetings';
import type { AppContext } from '../appContext';
import { issueKeyByLabel } from '../issueByLabel';
import { jqlString } from '../jqlString';

/** Longer than a resolver may run (25 s), with a wide margin for clocks. */
export const ACTION_LEASE_MS = 5 * 60_000;
export const MEETING_ACTION_LINK_TYPE = 'Relates';

/** The label that names an action's issue, so an interrupted creation finds it again. */
export const meetingActionLabel = (meetingId: string, position: number): string =>
  `meeting-action-${meetingId}-${position}`;

const MINUTES_EXCERPT = 1000;

/** The ADF description: where the action was agreed, with whom, and an excerpt of the minutes. */
export function meetingActionDescription(
  meeting: StoredMeeting,
  customerName: string,
): AdfDocument {
  const minutes =
    meeting.minutes.length > MINUTES_EXCERPT
      ? `${meeting.minutes.slice(0, MINUTES_EXCERPT)}…`
      : meeting.minutes;
  return {
    type: 'doc',
    version: 1,
    content: [
      adfParagraph(
        `Agreed at the customer meeting with ${customerName} on ${meeting.heldOn}. The meeting is ` +
          `recorded in the relationship register of the Quality page (meeting ${meeting.meetingId}).`,
      ),
      adfParagraph(`Attendees: ${meeting.attendees.join(', ')}`),
      adfParagraph('Minutes (excerpt):'),
      ...minutes.split('\n').map(adfParagraph),
    ],
  };
}

/**
 * Creates the meeting's actions that have no issue yet, links them, and answers the actions.
 * `ownClaims`: this run inserted the rows just now (the recording); otherwise only claims older
 * than the lease are taken over.
 */
export async function completeMeetingActions(
  ctx: AppContext,
  meeting: StoredMeeting,
  customerName: string,
  settings: RelationshipSettings['meetingActions'],
  ownClaims: boolean,
): Promise<StoredAction[]> {
  const actions = await actionsOf(ctx.sql, [meeting.meetingId]);
  const created: string[] = [];
  for (const action of actions) {
    if (action.issueKey !== null || !action.createdByApp || settings.projectKey === null) continue;
    if (!ownClaims) {
      const now = ctx.now();
      if (now - action.claimedAt < ACTION_LEASE_MS) continue;
      const found = await issueKeyByLabel(
        ctx,
        meetingActionLabel(meeting.meetingId, action.position),
      );
      if (found) {
        await setActionIssue(ctx.sql, meeting.meetingId, action.position, found);
        continue;
      }
      if (!(await reclaimAction(ctx.sql, action, now))) continue;
    }
    const { key } = await createIssue(ctx.jira, {
      projectKey: settings.projectKey,
      issueType: settings.issueType,
      summary: action.summary ?? 'Meeting action',
      description: meetingActionDescription(meeting, customerName),
      ...(action.owner && { assignee: action.owner }),
      ...(action.dueDate && { dueDate: action.dueDate }),
      labels: [meetingActionLabel(meeting.meetingId, action.position)],
    });
    await setActionIssue(ctx.sql, meeting.meetingId, action.position, key);
    created.push(key);
  }
  const after = await actionsOf(ctx.sql, [meeting.meetingId]);
  const keys = after.flatMap((a) => (a.issueKey ? [a.issueKey] : []));
  // The meeting's actions belong together: each new one is linked to the meeting's first.
  for (const key of created) {
    if (keys[0] && key !== keys[0]) {
      await linkIssues(ctx.jira, MEETING_ACTION_LINK_TYPE, key, keys[0]);
    }
  }
  return after;
}

/** An action's issue as Jira shows it now. */
export interface ActionStatus {
  readonly status: string;
  readonly done: boolean;
  readonly assignee: string | null;
  readonly dueDate: string | null;
}

/**
 * The live status of the actions' issues: one enhanced JQL search for all of them
 * (`POST /rest/api/3/search/jql`,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post),
 * at most 100 keys. An issue the app cannot see, or a search Jira refuses (a key deleted
 * since), leaves the status unknown rather than failing the page.
 */
export async function actionStatuses(
  ctx: AppContext,
  keys: readonly string[],
): Promise<Map<string, ActionStatus>> {
  const statuses = new Map<string, ActionStatus>();
  const unique = [...new Set(keys)].slice(0, 100);
  if (unique.length === 0) return statuses;
  try {
    const page = await ctx.jira.searchPage({
      jql: `key in (${unique.map(jqlString).join(', ')})`,
      fields: ['status', 'assignee', 'duedate'],
      maxResults: 100,
    });
    for (const issue of page.issues) {
      statuses.set(issue.key, {
        status: issue.fields.status?.name ?? 'unknown',
        done: issue.fields.status?.statusCategory?.key === 'done',
        assignee: issue.fields.assignee?.accountId ?? null,
        dueDate: typeof issue.fields.duedate === 'string' ? issue.fields.duedate : null,
      });
    }
  } catch (error) {
    if (!(error instanceof JiraError) || error.status !== 400) throw error;
    ctx.log('could not read the meeting actions’ status', { error: String(error) });
  }
  return statuses;
}
