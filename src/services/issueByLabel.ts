import type { AppContext } from './appContext';
import { jqlString } from './jqlString';

/**
 * The key of the issue carrying `label`, if any: how a run finds the issue an interrupted one
 * created after its claim (enhanced JQL search, `POST /rest/api/3/search/jql`,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post).
 */
export async function issueKeyByLabel(ctx: AppContext, label: string): Promise<string | null> {
  const page = await ctx.jira.searchPage({
    jql: `labels = ${jqlString(label)}`,
    fields: ['summary'],
    maxResults: 1,
  });
  return page.issues[0]?.key ?? null;
}
