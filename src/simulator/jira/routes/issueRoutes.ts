/** Issues: create, read (one, or up to 100 at once), edit, delete and assign. */
import { API } from '../catalog';
import { createIssue } from '../createIssue';
import { editIssue } from '../editIssue';
import { JiraHttpError } from '../errors';
import { recordUpdate } from '../changelog';
import { issueDeletedEvent } from '../events';
import { userChange } from '../fieldEdits';
import { issueBean, parseFieldSelection } from '../issueView';
import { boolParam, listParam, objectBody } from '../params';
import { canBrowseIssue, requireAgent, visibleIssue } from '../permissions';
import { issueSelf } from '../representations';
import type { IssueRecord, JiraState } from '../state';
import { created, noContent, ok, param, type Route, type RouteContext } from './route';

/** The issue of the `{issueIdOrKey}` path parameter, as the caller may see it. */
export function pathIssue(ctx: RouteContext) {
  return visibleIssue(ctx.jira, ctx.actor, param(ctx, 'issueIdOrKey'));
}

function beanOf(ctx: RouteContext, issue: ReturnType<typeof pathIssue>) {
  return issueBean(ctx.jira, issue, ctx.actor, {
    selection: parseFieldSelection(ctx.jira, listParam(ctx.query.fields), '*all'),
    expand: new Set(listParam(ctx.query.expand)),
    properties: listParam(ctx.query.properties),
  });
}

/** `BulkFetchIssueRequestBean`: its members, and its limits (`bulkFetchIssues`). */
const BULK_FETCH_KEYS = new Set([
  'issueIdsOrKeys',
  'fields',
  'fieldsByKeys',
  'properties',
  'expand',
]);
/** "You can request up to 100 issues." */
const MAX_BULK_ISSUES = 100;
/** "A maximum of 5 issue property keys can be specified." */
const MAX_BULK_PROPERTIES = 5;
/** `expand=changelog` on a bulk fetch "returns a maximum of 40 changelogs". */
const BULK_CHANGELOG_LIMIT = 40;

/** A list member of a request body: strings, or Jira's 400 naming the member. */
function stringList(body: Record<string, unknown>, name: string): string[] | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new JiraHttpError(400, [`${name} must be a list of strings.`]);
  }
  return value as string[];
}

/**
 * `POST /issue/bulkfetch`: up to 100 issues by id or key, as `GET /issue/{key}` shows each
 * (`*navigable` fields unless told; `fieldsByKeys` names custom fields by key), in ascending id
 * order. Issues that do not exist or that the caller may not see are left out, not reported;
 * `issueErrors` lists only issues Jira could not read for a passing reason, which never happens
 * here.
 */
function bulkFetch(ctx: RouteContext): { issues: Record<string, unknown>[]; issueErrors: [] } {
  const { jira, actor } = ctx;
  const body = objectBody(ctx.body);
  const unknown = Object.keys(body).find((k) => !BULK_FETCH_KEYS.has(k));
  if (unknown) throw new JiraHttpError(400, [`Unrecognized field "${unknown}"`]);
  const refs = stringList(body, 'issueIdsOrKeys') ?? [];
  if (refs.length === 0 || refs.length > MAX_BULK_ISSUES) {
    throw new JiraHttpError(400, [
      `issueIdsOrKeys must list between 1 and ${MAX_BULK_ISSUES} issue ids or keys.`,
    ]);
  }
  const properties = stringList(body, 'properties') ?? [];
  if (properties.length > MAX_BULK_PROPERTIES) {
    throw new JiraHttpError(400, [
      `At most ${MAX_BULK_PROPERTIES} issue properties can be requested.`,
    ]);
  }
  if (body.fieldsByKeys !== undefined && typeof body.fieldsByKeys !== 'boolean') {
    throw new JiraHttpError(400, ['fieldsByKeys must be true or false.']);
  }
  const byKeys = body.fieldsByKeys === true;
  const fields = stringList(body, 'fields')?.map((f) => (byKeys ? fieldIdOfKey(jira, f) : f));
  const options = {
    selection: parseFieldSelection(jira, fields, '*navigable'),
    expand: new Set(stringList(body, 'expand') ?? []),
    properties,
    changelogLimit: BULK_CHANGELOG_LIMIT,
  };
  const issues = new Map<string, IssueRecord>();
  for (const ref of refs) {
    const issue = jira.issue(ref);
    if (issue && canBrowseIssue(actor, issue)) issues.set(issue.id, issue);
  }
  return {
    issues: [...issues.values()]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((issue) => {
        const bean = issueBean(jira, issue, actor, options);
        return byKeys ? { ...bean, fields: fieldsByKey(jira, bean.fields) } : bean;
      }),
    issueErrors: [],
  };
}

/** A `fields` token naming a custom field by its key (`-key` too), as the field's id. */
function fieldIdOfKey(jira: JiraState, token: string): string {
  const exclude = token.startsWith('-');
  const field = jira.customField(exclude ? token.slice(1) : token);
  return field ? `${exclude ? '-' : ''}${field.id}` : token;
}

/** An issue's fields with each custom field under its key. */
function fieldsByKey(jira: JiraState, fields: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).map(([id, value]) => [
      jira.customFields.get(id)?.key ?? id,
      value,
    ]),
  );
}

export const issueRoutes: Route[] = [
  {
    method: 'POST',
    path: `${API}/issue`,
    handler: (ctx) => {
      const issue = createIssue(ctx.jira, ctx.actor, ctx.body);
      return created({ id: issue.id, key: issue.key, self: issueSelf(issue) });
    },
  },
  {
    method: 'GET',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => ok(beanOf(ctx, pathIssue(ctx))),
  },
  {
    method: 'POST',
    path: `${API}/issue/bulkfetch`,
    handler: (ctx) => ok(bulkFetch(ctx)),
  },
  {
    method: 'PUT',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      editIssue(ctx.jira, issue, ctx.actor, ctx.body);
      return boolParam(ctx.query.returnIssue, false) ? ok(beanOf(ctx, issue)) : noContent();
    },
  },
  {
    method: 'DELETE',
    path: `${API}/issue/{issueIdOrKey}`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      requireAgent(ctx.actor);
      ctx.jira.removeIssue(issue);
      ctx.jira.emit(issueDeletedEvent(ctx.jira, issue, ctx.actor));
      return noContent();
    },
  },
  {
    method: 'PUT',
    path: `${API}/issue/{issueIdOrKey}/assignee`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      const issue = pathIssue(ctx);
      requireAgent(actor);
      const body = objectBody(ctx.body);
      if (!('accountId' in body)) {
        throw new JiraHttpError(400, ['accountId must be given (null to unassign).']);
      }
      const accountId = body.accountId === '-1' ? null : body.accountId;
      if (accountId !== null && (typeof accountId !== 'string' || !jira.users.has(accountId))) {
        throw new JiraHttpError(400, [], {
          assignee: `User '${String(accountId)}' does not exist.`,
        });
      }
      recordUpdate(
        jira,
        issue,
        actor,
        userChange(jira, issue, 'assigneeId', 'assignee', accountId),
      );
      return noContent();
    },
  },
];
