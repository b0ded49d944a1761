/**
 * Running a JQL search: parse, compile, read the candidates (from an index when the plan has
 * one, else every issue), keep the matches the caller may see, sort them, and cut the page
 * after the `nextPageToken`'s position. Tokens carry the sort tuple of the last issue returned
 * (keyset paging), so issues that change between pages are neither skipped nor repeated.
 */
import { encodePageToken, decodePageToken } from '../pageToken';
import { canBrowseIssue } from '../permissions';
import type { Actor, IssueRecord, JiraState } from '../state';
import { compareTuples, compileJql, type SortValue } from './compile';
import { JqlError } from './jqlError';
import { parseJql } from './parser';

export interface SearchPage {
  issues: IssueRecord[];
  nextPageToken?: string;
  /** What the candidates came from: `scan`, `key` or `property <key>.<path>`. */
  plan: string;
  /** How many issues were read to answer (for tests of index use). */
  examined: number;
}

/**
 * One page of a search.
 *
 * @example searchIssues(jira, actor, 'project = SUP ORDER BY created DESC', { maxResults: 50 })
 */
export function searchIssues(
  jira: JiraState,
  actor: Actor,
  jql: string,
  options: { maxResults: number; nextPageToken?: string; useIndex?: boolean },
): SearchPage {
  const query = parseJql(jql);
  if (query.where === null) {
    throw new JqlError(
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
  }
  const compiled = compileJql(query, { jira, actor, now: jira.now() });
  const seen = new Set<number>();
  const matches: { issue: IssueRecord; tuple: SortValue[] }[] = [];
  let examined = 0;
  const consider = (issue: IssueRecord | undefined) => {
    if (!issue) return;
    examined++;
    if (canBrowseIssue(actor, issue) && compiled.matches(issue)) {
      matches.push({ issue, tuple: compiled.sortTuple(issue) });
    }
  };
  const plan = options.useIndex === false ? null : compiled.plan;
  if (plan) {
    for (const id of plan.candidates()) {
      if (seen.has(id)) continue;
      seen.add(id);
      consider(jira.issues.get(String(id)));
    }
  } else {
    for (const issue of jira.issues.values()) consider(issue);
  }
  matches.sort((a, b) => compareTuples(a.tuple, b.tuple, compiled.directions));

  let start = 0;
  if (options.nextPageToken !== undefined) {
    const after = decodePageToken(jql, options.nextPageToken) as SortValue[];
    let lo = 0;
    let hi = matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (
        compareTuples(
          (matches[mid] as (typeof matches)[number]).tuple,
          after,
          compiled.directions,
        ) <= 0
      )
        lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const page = matches.slice(start, start + options.maxResults);
  const last = page[page.length - 1];
  const more = start + page.length < matches.length;
  return {
    issues: page.map((m) => m.issue),
    ...(more && last ? { nextPageToken: encodePageToken(jql, last.tuple) } : {}),
    plan: plan?.description ?? 'scan',
    examined,
  };
}
