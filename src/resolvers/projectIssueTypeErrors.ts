import type { ValidationError } from '../domain/validation';
import type { JiraClient } from '../jira/jiraClient';

/** A project and issue type named in settings, with the JSON paths of the two fields. */
export interface ProjectIssueType {
  readonly projectKey: string;
  readonly issueType: string;
  readonly projectPath: string;
  readonly issueTypePath: string;
}

/**
 * Whether each project exists for the app with the issue type named
 * (`GET /rest/api/3/project/{projectIdOrKey}`, its `issueTypes`:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get);
 * each project is read once, however many settings name it.
 */
export async function projectIssueTypeErrors(
  jira: JiraClient,
  targets: readonly ProjectIssueType[],
): Promise<ValidationError[]> {
  const types = new Map<string, Promise<string[] | null>>();
  const issueTypesOf = (key: string) => {
    let found = types.get(key);
    if (!found) {
      found = jira
        .call('getProject', { projectIdOrKey: key }, { allow404: true })
        .then((response) =>
          response.status === 404
            ? null
            : ((response.body as { issueTypes?: { name: string }[] }).issueTypes ?? []).map(
                (t) => t.name,
              ),
        );
      types.set(key, found);
    }
    return found;
  };
  const errors: ValidationError[] = [];
  for (const target of targets) {
    const names = await issueTypesOf(target.projectKey);
    if (names === null) {
      errors.push({
        path: target.projectPath,
        message: `project ${target.projectKey} does not exist, or the app cannot see it`,
      });
    } else if (!names.includes(target.issueType)) {
      errors.push({
        path: target.issueTypePath,
        message: `${target.projectKey} has no issue type "${target.issueType}"; it has ${names.join(', ') || 'none'}`,
      });
    }
  }
  return errors;
}
