/** Comments of an issue: a page of them (`PageOfComments`) and adding one. */
import { API } from '../catalog';
import { addComment, visibleComments } from '../comments';
import { JiraHttpError } from '../errors';
import { intParam } from '../params';
import { commentJson } from '../representations';
import { created, ok, type Route } from './route';
import { pathIssue } from './issueRoutes';

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/issue/{issueIdOrKey}/comment`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      const orderBy = ctx.query.orderBy;
      if (orderBy !== undefined && !['created', '+created', '-created'].includes(orderBy)) {
        throw new JiraHttpError(400, [
          `orderBy must be created, +created or -created, not '${orderBy}'.`,
        ]);
      }
      const startAt = intParam(ctx.query.startAt, 0);
      const maxResults = intParam(ctx.query.maxResults, 100, 100);
      const comments = visibleComments(ctx.actor, issue);
      if (orderBy === '-created') comments.reverse();
      return ok({
        startAt,
        maxResults,
        total: comments.length,
        comments: comments
          .slice(startAt, startAt + maxResults)
          .map((c) => commentJson(ctx.jira, issue, c)),
      });
    },
  },
  {
    method: 'POST',
    path: `${API}/issue/{issueIdOrKey}/comment`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      const comment = addComment(ctx.jira, issue, ctx.actor, ctx.body);
      return created(commentJson(ctx.jira, issue, comment));
    },
  },
];
