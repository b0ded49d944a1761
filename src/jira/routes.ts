/**
 * Every Jira REST operation the app uses, as the OpenAPI description names it. The client only
 * sends requests through these, and a test checks each one exists in Jira's OpenAPI
 * description and is not deprecated.
 */
export const JIRA_ROUTES = {
  getIssue: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}' },
  bulkFetchIssues: { method: 'POST', path: '/rest/api/3/issue/bulkfetch' },
  editIssue: { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}' },
  changelog: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/changelog' },
  bulkChangelogs: { method: 'POST', path: '/rest/api/3/changelog/bulkfetch' },
  comments: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/comment' },
  addComment: { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/comment' },
  assign: { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}/assignee' },
  notify: { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/notify' },
  getProperty: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}' },
  setProperty: { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}' },
  setPropertiesOfIssues: { method: 'POST', path: '/rest/api/3/issue/properties/multi' },
  searchJql: { method: 'POST', path: '/rest/api/3/search/jql' },
  createIssue: { method: 'POST', path: '/rest/api/3/issue' },
  linkIssues: { method: 'POST', path: '/rest/api/3/issueLink' },
  issueLinkTypes: { method: 'GET', path: '/rest/api/3/issueLinkType' },
  getProject: { method: 'GET', path: '/rest/api/3/project/{projectIdOrKey}' },
  projectVersions: { method: 'GET', path: '/rest/api/3/project/{projectIdOrKey}/versions' },
  getTransitions: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/transitions' },
  doTransition: { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/transitions' },
  getUser: { method: 'GET', path: '/rest/api/3/user' },
  bulkGetUsers: { method: 'GET', path: '/rest/api/3/user/bulk' },
  myPermissions: { method: 'GET', path: '/rest/api/3/mypermissions' },
  myself: { method: 'GET', path: '/rest/api/3/myself' },
  getIssueType: { method: 'GET', path: '/rest/api/3/issuetype/{id}' },
  fields: { method: 'GET', path: '/rest/api/3/field' },
  setAppFieldValue: { method: 'PUT', path: '/rest/api/3/app/field/{fieldIdOrKey}/value' },
  setAppFieldValues: { method: 'POST', path: '/rest/api/3/app/field/value' },
} as const;

/**
 * Jira Service Management's REST operations the app uses. They are not in the platform's
 * OpenAPI description; each names its scope here (manifest.yml must grant it):
 * - `requestFeedback`: a request's CSAT rating, `read:servicedesk-request`
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-requestidorkey-feedback-get).
 * - `customerRequest`: one request as the caller may see it on the portal (404 when they may
 *   not), `read:servicedesk-request`
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get).
 * - `requestTypes`: the request types the caller may use, paged, `read:servicedesk-request`
 *   (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/#api-rest-servicedeskapi-requesttype-get).
 */
export const SERVICE_DESK_ROUTES = {
  customerRequest: {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{issueIdOrKey}',
    scope: 'read:servicedesk-request',
  },
  requestFeedback: {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{requestIdOrKey}/feedback',
    scope: 'read:servicedesk-request',
  },
  requestTypes: {
    method: 'GET',
    path: '/rest/servicedeskapi/requesttype',
    scope: 'read:servicedesk-request',
  },
} as const;

const ALL_ROUTES = { ...JIRA_ROUTES, ...SERVICE_DESK_ROUTES };

export type JiraRouteName = keyof typeof ALL_ROUTES;

/** Fills a route's `{parameters}`, URL-encoding each value. */
/** A route's method. */
export const routeMethod = (name: JiraRouteName) => ALL_ROUTES[name].method;

export function routePath(
  name: JiraRouteName,
  params: Readonly<Record<string, string>> = {},
): string {
  return ALL_ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`route ${name}: missing parameter ${key}`);
    return encodeURIComponent(value);
  });
}
