/**
 * Users, groups and permissions: `/myself`, `/user`, `/group/member`,
 * `/mypermissions`.
 */
import { API } from '../catalog';
import { JiraHttpError } from '../errors';
import { intParam, listParam } from '../params';
import { canBrowseProject, hasPermission, parsePermissionKeys, visibleIssue } from '../permissions';
import { userBean, userDetails } from '../representations';
import type { IssueRecord, ProjectRecord } from '../state';
import { ok, type Route, type RouteContext } from './route';

function userOf(ctx: RouteContext) {
  const accountId = ctx.query.accountId;
  if (!accountId) throw new JiraHttpError(400, ['The accountId query parameter is required.']);
  const user = ctx.jira.users.get(accountId);
  if (!user) {
    throw new JiraHttpError(404, [
      'Specified user does not exist or you do not have required permissions',
    ]);
  }
  return user;
}

/** The most users one page of `GET /user/bulk` holds. */
export const USER_BULK_PAGE_MAX = 100;

export const userRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/myself`,
    handler: (ctx) =>
      ok(
        userBean(
          ctx.actor.user,
          listParam(ctx.query.expand).includes('groups'),
          ctx.actor.accountId,
        ),
      ),
  },
  {
    method: 'GET',
    path: `${API}/user`,
    handler: (ctx) =>
      ok(
        userBean(userOf(ctx), listParam(ctx.query.expand).includes('groups'), ctx.actor.accountId),
      ),
  },
  {
    // Bulk get users: the known accounts among the `accountId`s, paged; ids Jira does not know
    // are left out. The documentation gives no page maximum; its example answers 100.
    // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
    method: 'GET',
    path: `${API}/user/bulk`,
    handler: (ctx) => {
      const accountIds = [...new Set(listParam(ctx.query.accountId))];
      if (accountIds.length === 0) {
        throw new JiraHttpError(400, ['The accountId query parameter is required.']);
      }
      const known = accountIds.flatMap((id) => {
        const user = ctx.jira.users.get(id);
        return user ? [user] : [];
      });
      const startAt = intParam(ctx.query.startAt, 0);
      const maxResults = intParam(ctx.query.maxResults, 10, USER_BULK_PAGE_MAX);
      const page = known.slice(startAt, startAt + maxResults);
      return ok({
        startAt,
        maxResults,
        total: known.length,
        isLast: startAt + page.length >= known.length,
        values: page.map((user) => userDetails(user, ctx.actor.accountId)),
      });
    },
  },
  {
    method: 'GET',
    path: `${API}/group/member`,
    handler: (ctx) => {
      const name = ctx.query.groupname;
      if (!name) throw new JiraHttpError(400, ['You must specify a group name or group id.']);
      const members = [...ctx.jira.users.values()].filter((u) => u.groups.includes(name));
      if (
        members.length === 0 &&
        ![...ctx.jira.users.values()].some((u) => u.groups.includes(name))
      ) {
        throw new JiraHttpError(404, [`Group ${name} does not exist.`]);
      }
      const startAt = Number(ctx.query.startAt ?? 0);
      const maxResults = Math.min(Number(ctx.query.maxResults ?? 50), 50);
      const page = members.slice(startAt, startAt + maxResults);
      return ok({
        startAt,
        maxResults,
        total: members.length,
        isLast: startAt + page.length >= members.length,
        values: page.map((user) => userDetails(user)),
      });
    },
  },
  {
    method: 'GET',
    path: `${API}/mypermissions`,
    handler: (ctx) => {
      const { jira, actor, query } = ctx;
      const keys = parsePermissionKeys(query.permissions);
      let issue: IssueRecord | undefined;
      let project: ProjectRecord | undefined;
      const issueRef = query.issueKey ?? query.issueId;
      if (issueRef) {
        issue = visibleIssue(jira, actor, issueRef);
        project = jira.projects.get(issue.projectId);
      } else {
        const projectRef = query.projectKey ?? query.projectId;
        if (projectRef) {
          project = jira.project(projectRef);
          if (!project || !canBrowseProject(actor)) {
            throw new JiraHttpError(404, [`No project could be found with key '${projectRef}'.`]);
          }
        }
      }
      const permissions: Record<string, unknown> = {};
      for (const definition of keys) {
        permissions[definition.key] = {
          id: definition.id,
          key: definition.key,
          name: definition.name,
          type: definition.type,
          description: definition.name,
          havePermission: hasPermission(actor, definition, {
            ...(project ? { project } : {}),
            ...(issue ? { issue } : {}),
          }),
        };
      }
      return ok({ permissions });
    },
  },
];
