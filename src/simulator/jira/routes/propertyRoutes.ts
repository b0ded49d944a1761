/** Issue entity properties: list the keys, read, set and delete one. */
import { API, selfUrl } from '../catalog';
import { JiraHttpError } from '../errors';
import { issuePropertyEvent } from '../events';
import { deleteIssueProperty, setIssueProperty } from '../issueProperties';
import { requireAgent } from '../permissions';
import { created, noContent, ok, param, type Route } from './route';
import { pathIssue } from './issueRoutes';

const PATH = `${API}/issue/{issueIdOrKey}/properties`;

function missing(key: string): JiraHttpError {
  return new JiraHttpError(404, [`The property with key '${key}' does not exist.`]);
}

export const propertyRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      return ok({
        keys: [...issue.properties.keys()].map((key) => ({
          self: selfUrl('issue', issue.id, 'properties', encodeURIComponent(key)),
          key,
        })),
      });
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{propertyKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      const key = param(ctx, 'propertyKey');
      if (!issue.properties.has(key)) throw missing(key);
      return ok({ key, value: structuredClone(issue.properties.get(key)) });
    },
  },
  {
    method: 'PUT',
    path: `${PATH}/{propertyKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      const key = param(ctx, 'propertyKey');
      const isNew = setIssueProperty(ctx.jira, issue, key, ctx.body);
      ctx.jira.emit(issuePropertyEvent(ctx.jira, issue, ctx.actor, { key, value: ctx.body }));
      return isNew ? created() : { status: 200 };
    },
  },
  {
    method: 'DELETE',
    path: `${PATH}/{propertyKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      const key = param(ctx, 'propertyKey');
      if (!deleteIssueProperty(ctx.jira, issue, key)) throw missing(key);
      ctx.jira.emit(issuePropertyEvent(ctx.jira, issue, ctx.actor, { key }));
      return noContent();
    },
  },
];
