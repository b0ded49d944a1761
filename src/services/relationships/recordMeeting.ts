import { randomUUID } from 'node:crypto';
import type { CustomerMeeting } from '../../domain/relationships/customerMeeting';
import type { ValidationError } from '../../domain/validation';
import type { JiraClient } from '../../jira/jiraClient';
import { loadRelationshipSettings } from '../../storage/relationshipSettings';
import { insertMeeting, type StoredMeeting } from '../../storage/relationships/customerMeetings';
import type { AppContext } from '../appContext';
import { completeMeetingActions } from './meetingActions';

export type MeetingRecording =
  | { readonly recorded: true; readonly meeting: StoredMeeting }
  /** Nothing recorded: the problems, with paths from the meeting (`$`). */
  | { readonly recorded: false; readonly errors: readonly ValidationError[] };

/**
 * Records a checked meeting of `customerName`'s customer and creates its new actions' issues,
 * once. Refused, recording nothing, when new actions have no project to go to, or an existing
 * issue is not one `asUser` (the person recording) can see.
 */
export async function recordMeeting(
  ctx: AppContext,
  asUser: JiraClient,
  meeting: CustomerMeeting,
  customerName: string,
  recordedBy: string,
): Promise<MeetingRecording> {
  const { meetingActions } = await loadRelationshipSettings(ctx.store);
  const errors: ValidationError[] = [];
  if (meetingActions.projectKey === null) {
    meeting.actions.forEach((a, i) => {
      if (a.kind === 'new') {
        errors.push({
          path: `$.actions[${i}]`,
          message:
            'no project is set for meeting actions (relationship settings): name an existing issue instead',
        });
      }
    });
  }
  const existing = meeting.actions.flatMap((a, i) =>
    a.kind === 'existing' ? [{ key: a.issueKey, i }] : [],
  );
  if (existing.length > 0) {
    const { issues } = await asUser.bulkFetchIssues(
      existing.map((e) => e.key),
      ['summary'],
    );
    const found = new Set(issues.map((issue) => issue.key));
    for (const e of existing.filter((x) => !found.has(x.key))) {
      errors.push({
        path: `$.actions[${e.i}].issueKey`,
        message: `issue ${e.key} does not exist or you cannot see it`,
      });
    }
  }
  errors.push(...(await unknownOwnerErrors(ctx, meeting)));
  if (errors.length > 0) return { recorded: false, errors };
  const stored: StoredMeeting = {
    meetingId: randomUUID(),
    revision: 1,
    customerId: meeting.customerId,
    heldOn: meeting.heldOn,
    attendees: meeting.attendees,
    minutes: meeting.minutes,
    recordedAt: ctx.now(),
    recordedBy,
  };
  await insertMeeting(ctx.sql, stored, meeting.actions);
  await completeMeetingActions(ctx, stored, customerName, meetingActions, true);
  return { recorded: true, meeting: stored };
}

/**
 * New actions whose owner is no Atlassian account of the site (Jira would refuse the assignee
 * after the meeting is recorded): refused up front. One `GET /rest/api/3/user` per distinct
 * owner (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-get).
 */
async function unknownOwnerErrors(
  ctx: AppContext,
  meeting: CustomerMeeting,
): Promise<ValidationError[]> {
  const owners = [...new Set(meeting.actions.flatMap((a) => (a.kind === 'new' ? [a.owner] : [])))];
  const known = new Set<string>();
  await Promise.all(
    owners.map(async (accountId) => {
      const response = await ctx.jira.call('getUser', {}, { query: { accountId }, allow404: true });
      const type = (response.body as { accountType?: unknown } | undefined)?.accountType;
      if (response.status === 200 && type === 'atlassian') known.add(accountId);
    }),
  );
  return meeting.actions.flatMap((a, i) =>
    a.kind === 'new' && !known.has(a.owner)
      ? [
          {
            path: `$.actions[${i}].owner`,
            message: `${a.owner} is no Jira user of the site who can own an issue`,
          },
        ]
      : [],
  );
}
