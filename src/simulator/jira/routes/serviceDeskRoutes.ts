/**
 * Jira Service Management's feedback (CSAT) on a request, on JSM's REST paths
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-requestidorkey-feedback-get):
 * `GET` answers `{ type: 'csat', rating, comment: { body } }`, or 404 when the request has none;
 * `POST` is the request's reporter rating it 1–5. JSM answers errors in its own shape,
 * `{ errorMessage, i18nErrorMessage: { i18nKey, parameters } }`, not the platform's. JSM's
 * REST API is not in the platform's OpenAPI description, so these routes carry their OAuth 2.0
 * scopes themselves (`SERVICE_DESK_SCOPES`).
 */
import type { OperationScopes } from '../appScopes';
import { canBrowseIssue } from '../permissions';
import { serviceDeskError } from '../serviceDeskErrors';
import type { IssueRecord, JiraState } from '../state';
import type { JiraResponse } from '../types';
import {
  CREATE_REQUEST_PATH,
  customerRequestRoutes,
  DESK_REQUEST_TYPE_PATH,
  REQUEST_PATH,
  REQUEST_TYPES_PATH,
  SERVICE_DESK_PATH,
} from './customerRequestRoutes';
import { ok, param, type Route, type RouteContext } from './route';

export { serviceDeskError };

export const SERVICE_DESK_API = '/rest/servicedeskapi';

const FEEDBACK_PATH = `${SERVICE_DESK_API}/request/{requestIdOrKey}/feedback`;

/**
 * The scopes of each JSM operation served, as JSM's REST reference gives them: "Get feedback"
 * classic `read:servicedesk-request`, granular `read:request.feedback:jira-service-management`;
 * "Post feedback" classic `write:servicedesk-request`, granular
 * `write:request.feedback:jira-service-management`.
 */
export const SERVICE_DESK_SCOPES: Readonly<Record<string, OperationScopes>> = {
  [`GET ${FEEDBACK_PATH}`]: {
    classic: ['read:servicedesk-request'],
    granular: ['read:request.feedback:jira-service-management'],
  },
  [`POST ${FEEDBACK_PATH}`]: {
    classic: ['write:servicedesk-request'],
    granular: ['write:request.feedback:jira-service-management'],
  },
  // "Get all request types" and "Get request type by id": classic `read:servicedesk-request`,
  // granular `read:requesttype:jira-service-management`.
  [`GET ${REQUEST_TYPES_PATH}`]: {
    classic: ['read:servicedesk-request'],
    granular: ['read:requesttype:jira-service-management'],
  },
  // "Get service desk by id": classic `read:servicedesk-request`, granular
  // `read:servicedesk:jira-service-management`.
  [`GET ${SERVICE_DESK_PATH}`]: {
    classic: ['read:servicedesk-request'],
    granular: ['read:servicedesk:jira-service-management'],
  },
  [`GET ${DESK_REQUEST_TYPE_PATH}`]: {
    classic: ['read:servicedesk-request'],
    granular: ['read:requesttype:jira-service-management'],
  },
  // "Create customer request": classic `write:servicedesk-request`; granular
  // `read:request:jira-service-management`, `write:request:jira-service-management`,
  // `read:user:jira` (the answer embeds the reporter).
  [`POST ${CREATE_REQUEST_PATH}`]: {
    classic: ['write:servicedesk-request'],
    granular: [
      'read:request:jira-service-management',
      'write:request:jira-service-management',
      'read:user:jira',
    ],
  },
  // "Get customer request by id or key": classic `read:servicedesk-request`; granular
  // `read:request:jira-service-management`, `read:user:jira`.
  [`GET ${REQUEST_PATH}`]: {
    classic: ['read:servicedesk-request'],
    granular: ['read:request:jira-service-management', 'read:user:jira'],
  },
};

/** The request at the path, if the caller may view it and it is in a service project. */
function pathRequest(ctx: RouteContext): IssueRecord | JiraResponse {
  const issue = ctx.jira.issue(param(ctx, 'requestIdOrKey'));
  const project = issue && ctx.jira.projects.get(issue.projectId);
  if (!issue || !canBrowseIssue(ctx.actor, issue) || project?.projectTypeKey !== 'service_desk') {
    return serviceDeskError(
      404,
      'sd.request.error.not.found',
      'The request does not exist or you do not have permission to see it.',
    );
  }
  return issue;
}

const isResponse = (value: IssueRecord | JiraResponse): value is JiraResponse => 'status' in value;

function feedbackJson(jira: JiraState, issueId: string) {
  const feedback = jira.requestFeedback.get(issueId)!;
  return {
    type: 'csat',
    rating: feedback.rating,
    ...(feedback.comment !== null && { comment: { body: feedback.comment } }),
  };
}

export const serviceDeskRoutes: Route[] = [
  ...customerRequestRoutes,
  {
    method: 'GET',
    path: FEEDBACK_PATH,
    handler: (ctx) => {
      const request = pathRequest(ctx);
      if (isResponse(request)) return request;
      if (!ctx.jira.requestFeedback.has(request.id)) {
        return serviceDeskError(
          404,
          'sd.feedback.error.not.found',
          'No feedback has been given on this request.',
        );
      }
      return ok(feedbackJson(ctx.jira, request.id));
    },
  },
  {
    method: 'POST',
    path: FEEDBACK_PATH,
    handler: (ctx) => {
      const request = pathRequest(ctx);
      if (isResponse(request)) return request;
      // "Permissions required: User must be the reporter or an Atlassian Connect app."
      if (!ctx.actor.isApp && request.reporterId !== ctx.actor.accountId) {
        return serviceDeskError(
          403,
          'sd.feedback.error.not.reporter',
          'Only the reporter of the request can give feedback on it.',
        );
      }
      const body = (ctx.body ?? {}) as { type?: unknown; rating?: unknown; comment?: unknown };
      const rating = body.rating;
      if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
        return serviceDeskError(
          400,
          'sd.feedback.error.rating.invalid',
          'rating must be an integer value between 1 and 5.',
        );
      }
      if (body.type !== undefined && body.type !== 'csat') {
        return serviceDeskError(400, 'sd.feedback.error.type.invalid', 'type must be csat.');
      }
      const comment = (body.comment as { body?: unknown } | undefined)?.body;
      if (comment !== undefined && typeof comment !== 'string') {
        return serviceDeskError(
          400,
          'sd.feedback.error.comment.invalid',
          'comment.body must be a string.',
        );
      }
      ctx.jira.requestFeedback.set(request.id, {
        rating,
        comment: comment === undefined || comment === '' ? null : comment,
        at: ctx.jira.now(),
      });
      return ok(feedbackJson(ctx.jira, request.id));
    },
  },
];
