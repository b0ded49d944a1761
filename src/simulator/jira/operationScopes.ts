/**
 * The OAuth 2.0 scopes of every operation the simulated Jira serves, as Jira's OpenAPI
 * description gives them in `x-atlassian-oauth2-scopes`: the classic scopes (state `Current`)
 * and the granular ones (state `Beta`). `test/simulator/jiraScopes.test.ts` checks each entry
 * against the description.
 */
import type { OperationScopes } from './appScopes';
import { API } from './catalog';

/** Scopes by `METHOD path template`, e.g. `GET /rest/api/3/myself`. */
export const OPERATION_SCOPES: Readonly<Record<string, OperationScopes>> = {
  [`GET ${API}/issuetype/{id}`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-type:jira',
      'read:avatar:jira',
      'read:project-category:jira',
      'read:project:jira',
    ],
  },
  [`GET ${API}/myself`]: {
    classic: ['read:jira-user'],
    granular: [
      'read:application-role:jira',
      'read:group:jira',
      'read:user:jira',
      'read:avatar:jira',
    ],
  },
  [`GET ${API}/user`]: {
    classic: ['read:jira-user'],
    granular: [
      'read:application-role:jira',
      'read:group:jira',
      'read:user:jira',
      'read:avatar:jira',
    ],
  },
  [`GET ${API}/user/bulk`]: {
    classic: ['read:jira-user'],
    granular: [
      'read:application-role:jira',
      'read:group:jira',
      'read:user:jira',
      'read:avatar:jira',
    ],
  },
  [`GET ${API}/group/member`]: {
    classic: ['manage:jira-configuration'],
    granular: ['read:group:jira', 'read:user:jira', 'read:avatar:jira'],
  },
  [`GET ${API}/mypermissions`]: {
    classic: ['read:jira-work'],
    granular: ['read:permission:jira'],
  },
  [`GET ${API}/field`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:field:jira',
      'read:avatar:jira',
      'read:project-category:jira',
      'read:project:jira',
      'read:field-configuration:jira',
    ],
  },
  [`GET ${API}/status`]: {
    classic: ['read:jira-work'],
    granular: ['read:status:jira'],
  },
  [`GET ${API}/statuscategory`]: {
    classic: ['read:jira-work'],
    granular: ['read:status:jira'],
  },
  [`GET ${API}/priorityscheme`]: {
    classic: ['manage:jira-configuration'],
    granular: ['read:priority-scheme:jira'],
  },
  [`GET ${API}/priorityscheme/{schemeId}/priorities`]: {
    classic: ['manage:jira-configuration'],
    granular: ['read:priority-scheme:jira'],
  },
  [`GET ${API}/priority/{id}`]: {
    classic: ['read:jira-work'],
    granular: ['read:priority:jira'],
  },
  [`GET ${API}/resolution/search`]: {
    classic: ['read:jira-work'],
    granular: ['read:resolution:jira'],
  },
  [`GET ${API}/issueLinkType`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue-link-type:jira'],
  },
  [`GET ${API}/project/search`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-type:jira',
      'read:project:jira',
      'read:project.property:jira',
      'read:user:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
      'read:issue-type-hierarchy:jira',
      'read:project-category:jira',
      'read:project-version:jira',
      'read:project.component:jira',
    ],
  },
  [`GET ${API}/project/{projectIdOrKey}`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-type:jira',
      'read:project:jira',
      'read:project.property:jira',
      'read:user:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
      'read:issue-type-hierarchy:jira',
      'read:project-category:jira',
      'read:project-version:jira',
      'read:project.component:jira',
    ],
  },
  [`GET ${API}/project/{projectIdOrKey}/versions`]: {
    classic: ['read:jira-work'],
    granular: ['read:project-version:jira'],
  },
  [`GET ${API}/project/{projectIdOrKey}/statuses`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue-status:jira', 'read:issue-type:jira', 'read:status:jira'],
  },
  [`POST ${API}/version`]: {
    classic: ['manage:jira-project'],
    granular: ['write:project-version:jira', 'read:project-version:jira'],
  },
  [`GET ${API}/version/{id}`]: {
    classic: ['read:jira-work'],
    granular: ['read:project-version:jira'],
  },
  [`PUT ${API}/version/{id}`]: {
    classic: ['manage:jira-project'],
    granular: ['write:project-version:jira', 'read:project-version:jira'],
  },
  [`POST ${API}/issue`]: {
    classic: ['write:jira-work'],
    granular: [
      'write:issue:jira',
      'write:comment:jira',
      'write:comment.property:jira',
      'write:attachment:jira',
      'read:issue:jira',
    ],
  },
  [`GET ${API}/issue/{issueIdOrKey}`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-meta:jira',
      'read:issue-security-level:jira',
      'read:issue.vote:jira',
      'read:issue.changelog:jira',
      'read:avatar:jira',
      'read:issue:jira',
      'read:status:jira',
      'read:user:jira',
      'read:field-configuration:jira',
    ],
  },
  [`PUT ${API}/issue/{issueIdOrKey}`]: {
    classic: ['write:jira-work'],
    granular: ['write:issue:jira'],
  },
  [`DELETE ${API}/issue/{issueIdOrKey}`]: {
    classic: ['write:jira-work'],
    granular: ['delete:issue:jira'],
  },
  [`PUT ${API}/issue/{issueIdOrKey}/assignee`]: {
    classic: ['write:jira-work'],
    granular: ['write:issue:jira'],
  },
  [`POST ${API}/issue/bulkfetch`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-meta:jira',
      'read:issue-security-level:jira',
      'read:issue.vote:jira',
      'read:issue.changelog:jira',
      'read:avatar:jira',
      'read:issue:jira',
      'read:status:jira',
      'read:user:jira',
      'read:field-configuration:jira',
    ],
  },
  [`GET ${API}/issue/{issueIdOrKey}/changelog`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue-meta:jira', 'read:avatar:jira', 'read:issue.changelog:jira'],
  },
  [`POST ${API}/changelog/bulkfetch`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue-meta:jira', 'read:avatar:jira', 'read:issue.changelog:jira'],
  },
  [`GET ${API}/issue/{issueIdOrKey}/comment`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:comment:jira',
      'read:comment.property:jira',
      'read:group:jira',
      'read:project:jira',
      'read:project-role:jira',
      'read:user:jira',
      'read:avatar:jira',
    ],
  },
  [`POST ${API}/issue/{issueIdOrKey}/comment`]: {
    classic: ['write:jira-work'],
    granular: [
      'read:comment:jira',
      'read:comment.property:jira',
      'read:group:jira',
      'read:project:jira',
      'read:project-role:jira',
      'read:user:jira',
      'write:comment:jira',
      'read:avatar:jira',
    ],
  },
  [`GET ${API}/issue/{issueIdOrKey}/transitions`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue.transition:jira', 'read:status:jira', 'read:field-configuration:jira'],
  },
  [`POST ${API}/issue/{issueIdOrKey}/transitions`]: {
    classic: ['write:jira-work'],
    granular: ['write:issue:jira', 'write:issue.property:jira'],
  },
  [`GET ${API}/issue/{issueIdOrKey}/properties`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue.property:jira'],
  },
  [`GET ${API}/issue/{issueIdOrKey}/properties/{propertyKey}`]: {
    classic: ['read:jira-work'],
    granular: ['read:issue.property:jira'],
  },
  [`PUT ${API}/issue/{issueIdOrKey}/properties/{propertyKey}`]: {
    classic: ['write:jira-work'],
    granular: ['write:issue.property:jira'],
  },
  [`POST ${API}/issue/properties/multi`]: {
    classic: ['write:jira-work'],
    granular: ['write:issue.property:jira'],
  },
  [`GET ${API}/task/{taskId}`]: {
    classic: ['read:jira-work'],
    granular: [],
  },
  [`DELETE ${API}/issue/{issueIdOrKey}/properties/{propertyKey}`]: {
    classic: ['write:jira-work'],
    granular: ['delete:issue.property:jira'],
  },
  [`POST ${API}/issue/{issueIdOrKey}/notify`]: {
    classic: ['write:jira-work'],
    granular: ['send:notification:jira'],
  },
  [`POST ${API}/issueLink`]: {
    classic: ['write:jira-work'],
    granular: ['write:comment:jira', 'write:issue:jira', 'write:issue-link:jira'],
  },
  [`PUT ${API}/app/field/{fieldIdOrKey}/value`]: {
    classic: [],
    granular: ['write:app-data:jira'],
  },
  [`POST ${API}/app/field/value`]: {
    classic: [],
    granular: ['write:app-data:jira'],
  },
  [`GET ${API}/search/jql`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-details:jira',
      'read:audit-log:jira',
      'read:avatar:jira',
      'read:field-configuration:jira',
      'read:issue-meta:jira',
    ],
  },
  [`POST ${API}/search/jql`]: {
    classic: ['read:jira-work'],
    granular: [
      'read:issue-details:jira',
      'read:field.default-value:jira',
      'read:field.option:jira',
      'read:field:jira',
      'read:group:jira',
    ],
  },
};
