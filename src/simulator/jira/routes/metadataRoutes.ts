/**
 * The site's configuration: fields, statuses, status categories, priorities (through the
 * default priority scheme: `GET /priority` and `/priority/search` are deprecated), resolutions
 * and issue link types.
 */
import { API, selfUrl, STATUS_CATEGORIES, DEFAULT_PRIORITY_ID } from '../catalog';
import { JiraHttpError } from '../errors';
import { fieldDetailsList } from '../fields';
import { intParam, listParam, pageOf } from '../params';
import {
  issueTypeJson,
  linkTypeJson,
  priorityJson,
  resolutionJson,
  statusCategoryJson,
  statusDetails,
} from '../representations';
import { canUseServiceDesk } from '../serviceDesks';
import type { Actor, JiraState } from '../state';
import { ok, param, type Route } from './route';

/** The one priority scheme of the simulated site, holding every priority. */
export const DEFAULT_PRIORITY_SCHEME_ID = '1';

function prioritiesWithSequence(jira: JiraState) {
  return jira.priorities.map((p, i) => ({
    ...priorityJson(p, true),
    isDefault: p.id === DEFAULT_PRIORITY_ID,
    sequence: String(i + 1),
  }));
}

/**
 * Whether the actor may see an issue type: "Browse projects" in a project that uses it. Agents
 * and the app browse every project; a portal customer, the service projects whose desk they are
 * a customer of (JSM grants customers portal access, not the project's other issue types).
 */
function canSeeIssueType(jira: JiraState, actor: Actor, issueTypeId: string): boolean {
  if (actor.isApp || actor.user.accountType === 'atlassian') return true;
  return [...jira.serviceDesks.values()].some(
    (desk) =>
      canUseServiceDesk(actor, desk) &&
      jira.projects.get(desk.projectId)!.issueTypeIds.includes(issueTypeId),
  );
}

export const metadataRoutes: Route[] = [
  { method: 'GET', path: `${API}/field`, handler: (ctx) => ok(fieldDetailsList(ctx.jira)) },
  {
    // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-types/#api-rest-api-3-issuetype-id-get
    method: 'GET',
    path: `${API}/issuetype/{id}`,
    handler: (ctx) => {
      const id = param(ctx, 'id');
      const type = ctx.jira.issueTypes.get(id);
      if (!type || !canSeeIssueType(ctx.jira, ctx.actor, id))
        throw new JiraHttpError(404, [`The issue type with id '${id}' does not exist.`]);
      return ok(issueTypeJson(type));
    },
  },
  {
    method: 'GET',
    path: `${API}/status`,
    handler: (ctx) => ok([...ctx.jira.statuses.values()].map(statusDetails)),
  },
  {
    method: 'GET',
    path: `${API}/statuscategory`,
    handler: () => ok(STATUS_CATEGORIES.map((c) => statusCategoryJson(c.key))),
  },
  {
    method: 'GET',
    path: `${API}/priorityscheme`,
    handler: (ctx) => {
      const priorities = prioritiesWithSequence(ctx.jira);
      const scheme = {
        id: DEFAULT_PRIORITY_SCHEME_ID,
        name: 'Default Priority Scheme',
        description: 'This is the default scheme used by all new and unassigned projects',
        isDefault: true,
        default: true,
        defaultPriorityId: DEFAULT_PRIORITY_ID,
        self: selfUrl('priorityscheme', DEFAULT_PRIORITY_SCHEME_ID),
        priorities: pageOf(priorities, 0, priorities.length),
      };
      return ok(
        pageOf([scheme], intParam(ctx.query.startAt, 0), intParam(ctx.query.maxResults, 50)),
      );
    },
  },
  {
    method: 'GET',
    path: `${API}/priorityscheme/{schemeId}/priorities`,
    handler: (ctx) => {
      if (param(ctx, 'schemeId') !== DEFAULT_PRIORITY_SCHEME_ID) {
        throw new JiraHttpError(404, ['The priority scheme was not found.']);
      }
      const startAt = intParam(ctx.query.startAt, 0);
      const maxResults = intParam(ctx.query.maxResults, 50);
      return ok(pageOf(prioritiesWithSequence(ctx.jira), startAt, maxResults));
    },
  },
  {
    method: 'GET',
    path: `${API}/priority/{id}`,
    handler: (ctx) => {
      const priority = ctx.jira.priority(param(ctx, 'id'));
      if (!priority)
        throw new JiraHttpError(404, [`The priority with ID '${param(ctx, 'id')}' was not found.`]);
      return ok({
        ...priorityJson(priority, true),
        isDefault: priority.id === DEFAULT_PRIORITY_ID,
      });
    },
  },
  {
    method: 'GET',
    path: `${API}/resolution/search`,
    handler: (ctx) => {
      const ids = listParam(ctx.query.id);
      const resolutions = ctx.jira.resolutions
        .filter((r) => ids.length === 0 || ids.includes(r.id))
        .map((r) => ({ ...resolutionJson(r), default: false }));
      return ok(
        pageOf(resolutions, intParam(ctx.query.startAt, 0), intParam(ctx.query.maxResults, 50)),
      );
    },
  },
  {
    method: 'GET',
    path: `${API}/issueLinkType`,
    handler: (ctx) => ok({ issueLinkTypes: ctx.jira.linkTypes.map(linkTypeJson) }),
  },
];
