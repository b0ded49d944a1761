/** Issues: create, read, edit, delete and assign. */
import { API } from '../catalog';
import { createIssue } from '../createIssue';
import { editIssue } from '../editIssue';
import { JiraHttpError } from '../errors';
import { recordUpdate } from '../changelog';
import { issueDeletedEvent } from '../events';
import { userChange } from '../fieldEdits';
import { issueBean, parseFieldSelection } from '../issueView';
import { boolParam, listParam, objectBody } from '../params';
import { requireAgent, visibleIssue } from '../permissions';
import { issueSelf } from '../representations';
import { created, noContent, ok, param, type Route, type RouteContext } from './route';

/** The issue of the `{issueIdOrKey}` path parameter, as the caller may see it. */
export function pathIssue(ctx: RouteContext) {
  return visibleIssue(ctx.jira, ctx.actor, param(ctx, 'issueIdOrKey'));
}

function beanOf(ctx: RouteContext, issue: ReturnType<typeof pathIssue>) {
  return issueBean(ctx.jira, issue, ctx.actor, {
    selection: parseFieldSelection(ctx.jira, listParam(ctx.query.fields), '*all'),
    expand: new Set(listParam(ctx.query.expand)),
    properties: listParam(ctx.query.properties),
  });
}

export const issueRoutes: Route[] = [
  {
    method: 'POST',
    path: `${API}/issue`,
    handler: (ctx) => {
      const issue = createIssue(ctx.jira, ctx.actor, ctx.body);
      return created({ id: issue.id, key: issue.key, self: issueSelf(issue) });
    },
  },
  {
    method: 'GET',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => ok(beanOf(ctx, pathIssue(ctx))),
  },
  {
    method: 'PUT',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      editIssue(ctx.jira, issue, ctx.actor, ctx.body);
      return boolParam(ctx.query.returnIssue, false) ? ok(beanOf(ctx, issue)) : noContent();
    },
  },
  {
    method: 'DELETE',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      ctx.jira.removeIssue(issue);
      ctx.jira.emit(issueDeletedEvent(ctx.jira, issue, ctx.actor));
      return noContent();
    },
  },
  {
    method: 'PUT',
    path: `${API}/issue/{issueIdOrKey}/assignee`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      const issue = pathIssue(ctx);
      requireAgent(actor);
      const body = objectBody(ctx.body);
      if (!('accountId' in body)) {
        throw new JiraHttpError(400, ['accountId must be given (null to unassign).']);
      }
      const accountId = body.accountId === '-1' ? null : body.accountId;
      if (accountId !== null && (typeof accountId !== 'string' || !jira.users.has(accountId))) {
        throw new JiraHttpError(400, [], {
          assignee: `User '${String(accountId)}' does not exist.`,
        });
      }
      recordUpdate(
        jira,
        issue,
        actor,
        userChange(jira, issue, 'assigneeId', 'assignee', accountId),
      );
      return noContent();
    },
  },
];
