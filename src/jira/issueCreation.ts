import type { JiraClient } from './jiraClient';
import type { AdfDocument } from './types';

/**
 * Creating issues and linking them, through Jira REST v3: `POST /rest/api/3/issue` (Create
 * issue) and `POST /rest/api/3/issueLink` (Create issue link). REST v3 has no bulk link
 * operation: each link is one request (`linkIssues`), so callers link only what is not linked
 * yet. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-links/
 */

export interface NewIssue {
  readonly projectKey: string;
  readonly issueType: string;
  readonly summary: string;
  readonly description?: AdfDocument;
  /** Account id of the assignee. */
  readonly assignee?: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate?: string;
  readonly labels?: readonly string[];
  /** Other fields by id, as Jira takes them (e.g. a select's `{ value }`). */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Creates an issue; answers its key and id. */
export async function createIssue(
  jira: JiraClient,
  issue: NewIssue,
): Promise<{ key: string; id: string }> {
  const response = await jira.call(
    'createIssue',
    {},
    {
      body: {
        fields: {
          ...issue.fields,
          project: { key: issue.projectKey },
          issuetype: { name: issue.issueType },
          // Jira refuses a summary over 255 characters.
          summary: issue.summary.slice(0, 255),
          ...(issue.description && { description: issue.description }),
          ...(issue.assignee && { assignee: { accountId: issue.assignee } }),
          ...(issue.dueDate && { duedate: issue.dueDate }),
          ...(issue.labels && { labels: issue.labels }),
        },
      },
    },
  );
  const body = response.body as { key: string; id: string };
  return { key: body.key, id: body.id };
}

/**
 * Links two issues with a link type by name, e.g. "Relates": `inward` reads "<inward> relates to
 * <outward>". Jira does not make the same link twice.
 */
export async function linkIssues(
  jira: JiraClient,
  typeName: string,
  inwardKey: string,
  outwardKey: string,
): Promise<void> {
  await jira.call(
    'linkIssues',
    {},
    {
      body: {
        type: { name: typeName },
        inwardIssue: { key: inwardKey },
        outwardIssue: { key: outwardKey },
      },
    },
  );
}
