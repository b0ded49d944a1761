/** Workflow transitions of an issue: the ones available now, and performing one. */
import { API } from '../catalog';
import { transitionJson } from '../issueView';
import { requireAgent } from '../permissions';
import type { ProjectRecord } from '../state';
import { transitionIssue } from '../transitionIssue';
import { transitionsFrom } from '../workflow';
import { noContent, ok, type Route } from './route';
import { pathIssue } from './issueRoutes';

export const transitionRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/issue/{issueIdOrKey}/transitions`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      const workflow = (ctx.jira.projects.get(issue.projectId) as ProjectRecord).workflow;
      const only = ctx.query.transitionId;
      return ok({
        expand: 'transitions',
        transitions: transitionsFrom(workflow, issue.statusId)
          .filter((t) => only === undefined || t.id === only)
          .map((t) => transitionJson(ctx.jira, t.id, t.name, t.toStatusId)),
      });
    },
  },
  {
    method: 'POST',
    path: `${API}/issue/{issueIdOrKey}/transitions`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      transitionIssue(ctx.jira, issue, ctx.actor, ctx.body);
      return noContent();
    },
  },
];
