import { chunks } from '../chunks';
import { BULK_LIMITS, type BulkIssues, type JiraClient } from './jiraClient';
import type { Changelog, JiraComment, JiraIssue } from './types';

/**
 * Reading issues and their whole history from Jira, for one issue or for a batch. One issue is
 * read as the issue panel reads it: `GET /issue/{key}`, then its changelog and its comments page
 * by page. A batch takes Jira's bulk operations: `POST /issue/bulkfetch` for up to 100 issues
 * with their comments in the `comment` field, and `POST /changelog/bulkfetch` for the changelogs
 * of up to 1000; an issue's comments are paged on their own only when the field was cut short.
 * Either way the result is the same issue, changelog and comments, and a failure is told apart
 * per issue so that the others of a batch go on.
 */

/** An issue asked for: its key, and its id when known (a moved issue keeps its id). */
export interface IssueRef {
  readonly issueKey: string;
  readonly issueId?: string;
}

/** How reading an asked-for issue went. */
export type IssueRead =
  | { readonly kind: 'found'; readonly issue: JiraIssue }
  /** Jira has no such issue, or the app may not see it. */
  | { readonly kind: 'gone' }
  | { readonly kind: 'failed'; readonly error: unknown };

/** An issue's whole history: its changelog and its comments, oldest first. */
export interface IssueHistory {
  readonly changelog: readonly Changelog[];
  readonly comments: readonly JiraComment[];
}

/** How reading an issue's history went. */
export type HistoryRead = IssueHistory | { readonly error: unknown };

/** The field that carries an issue's comments in a bulk fetch. */
const COMMENT_FIELD = 'comment';

/**
 * Reads the issues asked for, with `fields` and the issue `properties` named; the outcome of
 * each by the key it was asked for.
 */
export async function readIssues(
  jira: JiraClient,
  refs: readonly IssueRef[],
  fields: readonly string[],
  properties: readonly string[],
): Promise<Map<string, IssueRead>> {
  if (refs.length === 1) {
    const { issueKey } = refs[0]!;
    try {
      const issue = await jira.getIssue(issueKey, fields, properties);
      return new Map([[issueKey, issue ? { kind: 'found', issue } : { kind: 'gone' }]]);
    } catch (error) {
      return new Map([[issueKey, { kind: 'failed', error }]]);
    }
  }
  const reads = await Promise.all(
    chunks(refs, BULK_LIMITS.issues).map((batch) =>
      readBatch(jira, batch, [...fields, COMMENT_FIELD], properties),
    ),
  );
  return new Map(reads.flatMap((read) => [...read]));
}

/** Up to 100 issues in one bulk fetch, each matched back to the ref that asked for it. */
async function readBatch(
  jira: JiraClient,
  refs: readonly IssueRef[],
  fields: readonly string[],
  properties: readonly string[],
): Promise<Map<string, IssueRead>> {
  let fetched: BulkIssues;
  try {
    fetched = await jira.bulkFetchIssues(
      refs.map((r) => r.issueKey),
      fields,
      properties,
    );
  } catch (error) {
    return new Map(refs.map((r) => [r.issueKey, { kind: 'failed', error }]));
  }
  const byKey = new Map(fetched.issues.map((issue) => [issue.key.toUpperCase(), issue]));
  const byId = new Map(fetched.issues.map((issue) => [issue.id, issue]));
  const errors = new Map(fetched.issueErrors.map((e) => [e.id, new Error(e.errorMessage)]));
  const reads = new Map<string, IssueRead>();
  for (const ref of refs) {
    const issue =
      byKey.get(ref.issueKey.toUpperCase()) ?? (ref.issueId ? byId.get(ref.issueId) : undefined);
    const error = ref.issueId ? errors.get(ref.issueId) : undefined;
    if (issue) reads.set(ref.issueKey, { kind: 'found', issue });
    else if (error) reads.set(ref.issueKey, { kind: 'failed', error });
    // Jira names the issues it could not read only by id: one without a known id may be
    // among them, so it is not taken for gone (which would drop its record).
    else if (errors.size > 0 && !ref.issueId) {
      reads.set(ref.issueKey, { kind: 'failed', error: [...errors.values()][0] });
    } else reads.set(ref.issueKey, { kind: 'gone' });
  }
  return reads;
}

/**
 * The histories of issues read by `readIssues`, by issue id. `changelogFields`, when given,
 * limits a batch's changelogs to the items of those fields (at most 10), which is all the
 * evaluation reads of them; one issue's changelog is read whole.
 */
export async function readHistories(
  jira: JiraClient,
  issues: readonly JiraIssue[],
  changelogFields?: readonly string[],
): Promise<Map<string, HistoryRead>> {
  if (issues.length === 1) {
    const { id, key } = issues[0]!;
    try {
      const [changelog, comments] = await Promise.all([jira.changelog(key), jira.comments(key)]);
      return new Map([[id, { changelog, comments }]]);
    } catch (error) {
      return new Map([[id, { error }]]);
    }
  }
  const reads = new Map<string, HistoryRead>();
  await Promise.all(
    chunks(issues, BULK_LIMITS.changelogIssues).map(async (batch) => {
      let changelogs: Map<string, Changelog[]>;
      try {
        changelogs = await jira.bulkChangelogs(
          batch.map((issue) => issue.id),
          changelogFields,
        );
      } catch (error) {
        for (const issue of batch) reads.set(issue.id, { error });
        return;
      }
      await Promise.all(
        batch.map(async (issue) => {
          try {
            const comments = await commentsOf(jira, issue);
            reads.set(issue.id, { changelog: changelogs.get(issue.id) ?? [], comments });
          } catch (error) {
            reads.set(issue.id, { error });
          }
        }),
      );
    }),
  );
  return reads;
}

/** The comments a bulk fetch carried, or all of them, paged, when Jira cut the field short. */
async function commentsOf(jira: JiraClient, issue: JiraIssue): Promise<readonly JiraComment[]> {
  const field = issue.fields.comment;
  const complete =
    field !== undefined &&
    (field.startAt ?? 0) === 0 &&
    field.comments.length >= (field.total ?? field.comments.length);
  return complete ? field.comments : jira.comments(issue.key);
}
