/**
 * Defect density per month from Jira: the versions of the release projects (one request per
 * project, `GET /rest/api/3/project/{projectIdOrKey}/versions`, all of a project's versions in
 * one answer:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-versions/#api-rest-api-3-project-projectidorkey-versions-get),
 * then ONE enhanced JQL search over the releases of the months, paged by `nextPageToken`
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post),
 * asking only `fixVersions` and `issuetype`: the defects, and with the `fixed-issues` size the
 * other issues fixed in them too, come back in the same pages. Without a release in the months,
 * no search is made.
 */
import {
  defectDensityByMonth,
  releaseMonth,
  type FixedIssue,
  type ReleaseVersion,
} from '../../domain/kpi/defectDensity';
import type { KpiSourceSettings } from '../../domain/kpi/kpiSourceSettings';
import type { JiraClient } from '../../jira/jiraClient';

/** Fields of a search page's issue that the count reads. */
interface SearchedIssue {
  readonly fields?: {
    readonly issuetype?: { readonly name?: string };
    readonly fixVersions?: readonly { readonly id: string }[];
  };
}

/** A release project of the settings that Jira does not have, or does not show the app. */
export class ReleaseProjectNotFoundError extends Error {
  constructor(readonly project: string) {
    super(`release project ${project} is not in Jira or not visible to the app`);
    this.name = 'ReleaseProjectNotFoundError';
  }
}

export async function releaseVersions(
  jira: JiraClient,
  projects: readonly string[],
): Promise<ReleaseVersion[]> {
  const versions: ReleaseVersion[] = [];
  for (const project of projects) {
    const response = await jira.call(
      'projectVersions',
      { projectIdOrKey: project },
      { allow404: true },
    );
    if (response.status === 404) throw new ReleaseProjectNotFoundError(project);
    for (const v of response.body as { id: string; released?: boolean; releaseDate?: string }[])
      versions.push({
        id: String(v.id),
        released: v.released === true,
        ...(v.releaseDate !== undefined && { releaseDate: v.releaseDate }),
      });
  }
  return versions;
}

/** A JQL string literal. */
const jqlString = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The JQL of the issues to read: all fixed in `versionIds`, or their defects only. */
export function fixedIssuesJql(
  versionIds: readonly string[],
  settings: KpiSourceSettings['defectDensity'],
): string {
  const fixVersion = `fixVersion in (${versionIds.join(', ')})`;
  return settings.releaseSize === 'fixed-issues'
    ? fixVersion
    : `${fixVersion} AND issuetype in (${settings.defectIssueTypes.map(jqlString).join(', ')})`;
}

export async function defectDensityMetricByMonth(
  jira: JiraClient,
  settings: KpiSourceSettings['defectDensity'],
  months: readonly string[],
): Promise<Map<string, number | null>> {
  const nothing = new Map(months.map((m): [string, number | null] => [m, null]));
  if (settings.releaseProjects.length === 0 || months.length === 0) return nothing;
  const versions = await releaseVersions(jira, settings.releaseProjects);
  const wanted = new Set(months);
  const released = versions.filter((v) => {
    const month = releaseMonth(v);
    return month !== null && wanted.has(month);
  });
  if (released.length === 0) return nothing;
  const issues: FixedIssue[] = [];
  for await (const issue of jira.search({
    jql: fixedIssuesJql(
      released.map((v) => v.id),
      settings,
    ),
    fields: ['fixVersions', 'issuetype'],
  })) {
    const fields = (issue as SearchedIssue).fields;
    issues.push({
      issueType: fields?.issuetype?.name ?? '',
      fixVersionIds: (fields?.fixVersions ?? []).map((v) => String(v.id)),
    });
  }
  return defectDensityByMonth(
    released,
    issues,
    months,
    settings.defectIssueTypes,
    settings.releaseSize,
  );
}
