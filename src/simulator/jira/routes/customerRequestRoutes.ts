/**
 * Jira Service Management's request types and customer requests, on JSM's REST paths:
 * - `GET /requesttype`: the request types the caller may use, paged `{ size, start, limit,
 *   isLastPage, values }` (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/#api-rest-servicedeskapi-requesttype-get);
 *   a customer sees only those of the desks they are a customer of.
 * - `GET /servicedesk/{serviceDeskId}`: a desk the caller may use (its project's id, key, name).
 * - `GET /servicedesk/{serviceDeskId}/requesttype/{requestTypeId}`
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-requesttypeid-get).
 * - `POST /request`: creates a customer request as the caller, `{ serviceDeskId, requestTypeId,
 *   requestFieldValues }`, answering 201 with the `CustomerRequestDTO`; it raises the same
 *   created-issue event as creating an issue does. `requestFieldValues` may hold only the
 *   request type's fields ("requestFieldValues: … the fields of the request type")
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post).
 * - `GET /request/{issueIdOrKey}`: one request the caller may see, its `currentStatus` under
 *   the name the request type shows customers (`{ status, statusCategory, statusDate }`)
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get).
 */
import { SITE_URL } from '../catalog';
import { createIssue } from '../createIssue';
import { JiraHttpError } from '../errors';
import { formatJiraTimestamp } from '../jiraTime';
import { canBrowseIssue } from '../permissions';
import { adfToText, userDetails } from '../representations';
import { ServiceDeskHttpError } from '../serviceDeskErrors';
import {
  canUseServiceDesk,
  requestTypeJson,
  serviceDeskByRef,
  serviceDeskOfIssue,
} from '../serviceDesks';
import type { IssueRecord, JiraState, RequestTypeRecord, ServiceDeskRecord } from '../state';
import type { JiraResponse } from '../types';
import { created, ok, param, type Route, type RouteContext } from './route';

const API = '/rest/servicedeskapi';
export const REQUEST_TYPES_PATH = `${API}/requesttype`;
export const SERVICE_DESK_PATH = `${API}/servicedesk/{serviceDeskId}`;
export const DESK_REQUEST_TYPE_PATH = `${API}/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}`;
export const CREATE_REQUEST_PATH = `${API}/request`;
export const REQUEST_PATH = `${API}/request/{issueIdOrKey}`;

/** JSM's page size when `limit` is not given, and the most it answers at once. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

/** A paging parameter: a non-negative integer, or JSM's 400 naming it. */
function pagingParam(ctx: RouteContext, name: 'start' | 'limit', fallback: number): number {
  const text = ctx.query[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || (name === 'limit' && value === 0)) {
    throw new ServiceDeskHttpError(
      400,
      'sd.paging.error.invalid',
      `${name} must be a ${name === 'limit' ? 'positive' : 'non-negative'} integer.`,
    );
  }
  return value;
}

function requestTypesPage(ctx: RouteContext): JiraResponse {
  const { jira, actor } = ctx;
  const start = pagingParam(ctx, 'start', 0);
  const limit = Math.min(pagingParam(ctx, 'limit', DEFAULT_LIMIT), MAX_LIMIT);
  const desks = (ctx.query.serviceDeskId ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const search = (ctx.query.searchQuery ?? '').toLowerCase();
  const visible = [...jira.requestTypes.values()].filter((type) => {
    const desk = jira.serviceDesks.get(type.serviceDeskId)!;
    if (!canUseServiceDesk(actor, desk)) return false;
    if (desks.length > 0 && !desks.includes(desk.id)) return false;
    return (
      search === '' ||
      type.name.toLowerCase().includes(search) ||
      type.description.toLowerCase().includes(search)
    );
  });
  const values = visible.slice(start, start + limit).map((type) => requestTypeJson(jira, type));
  return ok({
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= visible.length,
    _links: { base: `${SITE_URL}${API}`, context: '', self: `${SITE_URL}${REQUEST_TYPES_PATH}` },
    values,
  });
}

const deskNotFound = () =>
  new ServiceDeskHttpError(
    404,
    'sd.servicedesk.error.not.found',
    'The service desk does not exist or you do not have permission to access it.',
  );
const requestTypeNotFound = () =>
  new ServiceDeskHttpError(
    404,
    'sd.requesttype.error.not.found',
    'The request type does not exist or you do not have permission to access it.',
  );

/** The desk and request type a caller names, if the caller may use them. */
function usableRequestType(
  ctx: RouteContext,
  deskRef: string,
  typeId: string,
): { desk: ServiceDeskRecord; type: RequestTypeRecord } {
  const desk = serviceDeskByRef(ctx.jira, deskRef);
  if (!desk || !canUseServiceDesk(ctx.actor, desk)) throw deskNotFound();
  const type = ctx.jira.requestTypes.get(typeId);
  if (!type || type.serviceDeskId !== desk.id) throw requestTypeNotFound();
  return { desk, type };
}

/** A plain-text field value in Atlassian Document Format, for the platform's `description`. */
function textToAdf(text: string): unknown {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

/** An id member of the create body: a string or number of digits, or JSM's 400 naming it. */
function idMember(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if ((typeof value === 'string' && /^\d+$/.test(value)) || Number.isInteger(value))
    return String(value);
  throw new ServiceDeskHttpError(400, 'sd.request.create.error', `${name} is required.`);
}

function createRequest(ctx: RouteContext): JiraResponse {
  const { jira, actor } = ctx;
  const body = ctx.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ServiceDeskHttpError(
      400,
      'sd.request.create.error',
      'The request must be a JSON object.',
    );
  const input = body as Record<string, unknown>;
  const { desk, type } = usableRequestType(
    ctx,
    idMember(input, 'serviceDeskId'),
    idMember(input, 'requestTypeId'),
  );
  // "raiseOnBehalfOf is not available to users who have the customer permission only."
  if (input.raiseOnBehalfOf !== undefined && !actor.isApp && actor.user.accountType !== 'atlassian')
    throw new ServiceDeskHttpError(
      403,
      'sd.request.create.error.raiseonbehalfof',
      'You do not have permission to raise requests on behalf of customers.',
    );
  const values = input.requestFieldValues ?? {};
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    throw new ServiceDeskHttpError(
      400,
      'sd.request.create.error',
      'requestFieldValues must be an object of field ids and values.',
    );
  // JSM takes only the fields on the request type's form: anything else (the Customer field,
  // say) is refused, naming it, and nothing is created.
  const offForm = Object.keys(values).find((fieldId) => !type.fieldIds.includes(fieldId));
  if (offForm !== undefined)
    throw new ServiceDeskHttpError(
      400,
      'sd.request.create.error.field.not.on.requesttype',
      `requestFieldValues.${offForm}: the field ${offForm} is not on the request type ${type.name} and cannot be set.`,
    );
  const { summary, description, ...others } = values as Record<string, unknown>;
  if (typeof summary !== 'string' || summary.trim() === '')
    throw new ServiceDeskHttpError(
      400,
      'sd.request.create.error.summary.required',
      'requestFieldValues.summary: Summary is required.',
    );
  if (description !== undefined && typeof description !== 'string')
    throw new ServiceDeskHttpError(
      400,
      'sd.request.create.error',
      'requestFieldValues.description must be text.',
    );
  let issue: IssueRecord;
  try {
    issue = createIssue(jira, actor, {
      fields: {
        ...others,
        project: { id: desk.projectId },
        issuetype: { id: type.issueTypeId },
        summary,
        ...(description !== undefined &&
          description !== '' && { description: textToAdf(description) }),
      },
    });
  } catch (error) {
    if (!(error instanceof JiraHttpError) || error instanceof ServiceDeskHttpError) throw error;
    const problems = [
      ...error.errorMessages,
      ...Object.entries(error.errors).map(
        ([field, text]) => `requestFieldValues.${field}: ${text}`,
      ),
    ];
    throw new ServiceDeskHttpError(error.status, 'sd.request.create.error', problems.join(' '));
  }
  jira.requestTypeOfIssue.set(issue.id, type.id);
  return created(customerRequestJson(jira, issue, actor.accountId));
}

/** `CustomerRequestDTO`: the request as JSM shows it to `viewer`. */
export function customerRequestJson(
  jira: JiraState,
  issue: IssueRecord,
  viewer: string,
): Record<string, unknown> {
  const desk = serviceDeskOfIssue(jira, issue);
  const status = jira.statuses.get(issue.statusId)!;
  const typeId = jira.requestTypeOfIssue.get(issue.id);
  const type = typeId === undefined ? undefined : jira.requestTypes.get(typeId);
  const reporter = issue.reporterId ? jira.users.get(issue.reporterId) : undefined;
  const date = (ms: number) => ({
    iso8601: formatJiraTimestamp(ms),
    jira: formatJiraTimestamp(ms),
    friendly: formatJiraTimestamp(ms),
    epochMillis: ms,
  });
  return {
    _expands: [
      'participant',
      'status',
      'sla',
      'requestType',
      'serviceDesk',
      'attachment',
      'action',
      'comment',
    ],
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: typeId ?? null,
    serviceDeskId: desk?.id ?? null,
    createdDate: date(issue.created),
    reporter: reporter ? userDetails(reporter, viewer) : null,
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      ...(issue.description
        ? [{ fieldId: 'description', label: 'Description', value: adfToText(issue.description) }]
        : []),
    ],
    // `CustomerRequestStatusDTO`: the name customers see, its category and date; nothing more.
    currentStatus: {
      status: type?.customerStatusNames[status.name] ?? status.name,
      statusCategory:
        status.category === 'done' ? 'DONE' : status.category === 'new' ? 'NEW' : 'INDETERMINATE',
      statusDate: date(issue.statusCategoryChanged),
    },
    _links: {
      jiraRest: `${SITE_URL}/rest/api/2/issue/${issue.id}`,
      web: `${SITE_URL}/servicedesk/customer/portal/${desk?.portalId ?? ''}/${issue.key}`,
      self: `${SITE_URL}${API}/request/${issue.id}`,
    },
  };
}

export const customerRequestRoutes: Route[] = [
  { method: 'GET', path: REQUEST_TYPES_PATH, handler: requestTypesPage },
  {
    // https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-get
    method: 'GET',
    path: SERVICE_DESK_PATH,
    handler: (ctx) => {
      const desk = serviceDeskByRef(ctx.jira, param(ctx, 'serviceDeskId'));
      if (!desk || !canUseServiceDesk(ctx.actor, desk)) throw deskNotFound();
      const project = ctx.jira.projects.get(desk.projectId)!;
      return ok({
        id: desk.id,
        projectId: project.id,
        projectName: project.name,
        projectKey: project.key,
        _links: { self: `${SITE_URL}${API}/servicedesk/${desk.id}` },
      });
    },
  },
  {
    method: 'GET',
    path: DESK_REQUEST_TYPE_PATH,
    handler: (ctx) => {
      const { type } = usableRequestType(
        ctx,
        param(ctx, 'serviceDeskId'),
        param(ctx, 'requestTypeId'),
      );
      return ok(requestTypeJson(ctx.jira, type));
    },
  },
  { method: 'POST', path: CREATE_REQUEST_PATH, handler: createRequest },
  {
    method: 'GET',
    path: REQUEST_PATH,
    handler: (ctx) => {
      const issue = ctx.jira.issue(param(ctx, 'issueIdOrKey'));
      if (!issue || !canBrowseIssue(ctx.actor, issue) || !serviceDeskOfIssue(ctx.jira, issue))
        throw new ServiceDeskHttpError(
          404,
          'sd.request.error.not.found',
          'The request does not exist or you do not have permission to see it.',
        );
      return ok(customerRequestJson(ctx.jira, issue, ctx.actor.accountId));
    },
  },
];
