/** Issue entity properties: list the keys, read, set and delete one; set many on many issues. */
import { API, selfUrl } from '../catalog';
import { JiraHttpError } from '../errors';
import { issuePropertyEvent } from '../events';
import { deleteIssueProperty, setIssueProperty, validateProperty } from '../issueProperties';
import { objectBody } from '../params';
import { canBrowseIssue, requireAgent } from '../permissions';
import { created, noContent, ok, param, type Route } from './route';
import { pathIssue } from './issueRoutes';
import { finishedTask } from './taskRoutes';

const PATH = `${API}/issue/{issueIdOrKey}/properties`;

/** "Up to 10 entity properties can be specified for each issue and up to 100 issues." */
const MAX_MULTI_ISSUES = 100;
const MAX_MULTI_PROPERTIES = 10;

/**
 * The issues and properties of a `MultiIssueEntityProperties` body, every key and value checked
 * as a single write checks it (32,768 bytes at most), or Jira's 400 before anything is written.
 */
function multiIssueProperties(
  body: unknown,
): { issueId: string; properties: [string, unknown][] }[] {
  const { issues, ...rest } = objectBody(body);
  const unknown = Object.keys(rest)[0];
  if (unknown) throw new JiraHttpError(400, [`Unrecognized field "${unknown}"`]);
  if (!Array.isArray(issues) || issues.length === 0 || issues.length > MAX_MULTI_ISSUES) {
    throw new JiraHttpError(400, [`issues must list between 1 and ${MAX_MULTI_ISSUES} issues.`]);
  }
  return issues.map((entry: unknown) => {
    const { issueID, properties, ...other } = objectBody(entry);
    const extra = Object.keys(other)[0];
    if (extra) throw new JiraHttpError(400, [`Unrecognized field "${extra}"`]);
    if (typeof issueID !== 'number' || !Number.isInteger(issueID)) {
      throw new JiraHttpError(400, ['Each issue needs its issueID, a number.']);
    }
    const values = Object.entries(objectBody(properties));
    if (values.length === 0 || values.length > MAX_MULTI_PROPERTIES) {
      throw new JiraHttpError(400, [
        `Each issue takes between 1 and ${MAX_MULTI_PROPERTIES} properties.`,
      ]);
    }
    for (const [key, value] of values) validateProperty(key, value);
    return { issueId: String(issueID), properties: values };
  });
}

function missing(key: string): JiraHttpError {
  return new JiraHttpError(404, [`The property with key '${key}' does not exist.`]);
}

export const propertyRoutes: Route[] = [
  {
    // Asynchronous on Jira (a task, 303 to its location); the simulator runs it at once. Each
    // property set raises its event as a single write does; issues not found are ignored.
    method: 'POST',
    path: `${API}/issue/properties/multi`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      requireAgent(actor);
      const updates = multiIssueProperties(ctx.body);
      for (const { issueId, properties } of updates) {
        const issue = jira.issues.get(issueId);
        if (!issue || !canBrowseIssue(actor, issue)) continue;
        for (const [key, value] of properties) {
          setIssueProperty(jira, issue, key, value);
          jira.emit(issuePropertyEvent(jira, issue, actor, { key, value }));
        }
      }
      return finishedTask(jira, actor.accountId, 'Bulk set issue properties by issue');
    },
  },
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
