/**
 * `POST /issue/{issue}/notify`: the e-mail is not sent but recorded in `notifications`, with
 * its recipients resolved: listed users, members of listed groups, and the reporter, assignee
 * and watchers when asked (watchers are the reporter, creator and assignee). Without `to`, the
 * watchers are notified. As the OpenAPI description's 400 says, Jira refuses an invalid
 * recipient (an unknown user or group, or the assignee of an unassigned issue, the 400's own
 * example) and fields with invalid values (`subject`, `textBody`, `htmlBody` are strings, `to`
 * an object, its lists lists); `subject` is optional (it defaults to the issue's key and
 * summary). Jira documents no message text for these refusals: the simulator's are its own.
 */
import { API } from '../catalog';
import { JiraHttpError } from '../errors';
import { objectBody } from '../params';
import type { IssueRecord, JiraState } from '../state';
import { noContent, type Route } from './route';
import { pathIssue } from './issueRoutes';

interface Recipients {
  users?: { accountId?: unknown }[];
  groups?: { name?: unknown; groupId?: unknown }[];
  reporter?: boolean;
  assignee?: boolean;
  watchers?: boolean;
}

function recipientsOf(jira: JiraState, issue: IssueRecord, to: Recipients): string[] {
  for (const list of ['users', 'groups'] as const) {
    if (to[list] !== undefined && !Array.isArray(to[list])) {
      throw new JiraHttpError(400, [`to.${list} must be a list.`]);
    }
  }
  const ids = new Set<string>();
  for (const user of to.users ?? []) {
    const id = user?.accountId;
    if (typeof id !== 'string' || !jira.users.has(id)) {
      throw new JiraHttpError(400, [`The recipient with account id '${String(id)}' is invalid.`]);
    }
    ids.add(id);
  }
  for (const group of to.groups ?? []) {
    const name = group?.name;
    const members = [...jira.users.values()].filter(
      (u) => typeof name === 'string' && u.groups.includes(name),
    );
    if (typeof name !== 'string' || members.length === 0) {
      throw new JiraHttpError(400, [`The recipient group '${String(name)}' is invalid.`]);
    }
    members.forEach((u) => ids.add(u.accountId));
  }
  const add = (id: string | null) => id !== null && ids.add(id);
  if (to.reporter) add(issue.reporterId);
  if (to.assignee) {
    if (issue.assigneeId === null) {
      throw new JiraHttpError(400, [
        `The recipient 'assignee' is invalid: issue ${issue.key} is unassigned.`,
      ]);
    }
    add(issue.assigneeId);
  }
  if (to.watchers) [issue.reporterId, issue.creatorId, issue.assigneeId].forEach(add);
  return [...ids];
}

export const notifyRoutes: Route[] = [
  {
    method: 'POST',
    path: `${API}/issue/{issueIdOrKey}/notify`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      const issue = pathIssue(ctx);
      const body = objectBody(ctx.body);
      const to = (body.to ?? { watchers: true }) as Recipients;
      if (typeof to !== 'object' || to === null || Array.isArray(to)) {
        throw new JiraHttpError(400, ['to must be an object of recipients.']);
      }
      for (const key of ['subject', 'textBody', 'htmlBody']) {
        if (body[key] !== undefined && typeof body[key] !== 'string') {
          throw new JiraHttpError(400, [`${key} must be a string.`]);
        }
      }
      const text = (key: string) =>
        typeof body[key] === 'string' ? { [key]: body[key] as string } : {};
      jira.notifications.push({
        issueId: issue.id,
        issueKey: issue.key,
        from: actor.accountId,
        at: jira.now(),
        ...text('subject'),
        ...text('textBody'),
        ...text('htmlBody'),
        to: structuredClone(to),
        ...(body.restrict !== undefined ? { restrict: structuredClone(body.restrict) } : {}),
        recipients: recipientsOf(jira, issue, to),
      });
      return noContent();
    },
  },
];
