/**
 * Changelogs: one issue's, a page at a time (`PageBeanChangelog`), and many issues' at once
 * (`POST /changelog/bulkfetch`), oldest first, optionally only for some fields.
 */
import { API, selfUrl } from '../catalog';
import { JiraHttpError } from '../errors';
import { decodePageToken, encodePageToken } from '../pageToken';
import { intParam, objectBody } from '../params';
import { canBrowseIssue } from '../permissions';
import { historyJson } from '../representations';
import type { HistoryRecord, IssueRecord } from '../state';
import { ok, type Route } from './route';
import { pathIssue } from './issueRoutes';

const BULK_KEYS = new Set(['issueIdsOrKeys', 'fieldIds', 'maxResults', 'nextPageToken']);

export const historyRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/issue/{issueIdOrKey}/changelog`,
    handler: (ctx) => {
      const issue = pathIssue(ctx);
      const startAt = intParam(ctx.query.startAt, 0);
      const maxResults = intParam(ctx.query.maxResults, 100, 100);
      const values = issue.histories.slice(startAt, startAt + maxResults);
      const isLast = startAt + values.length >= issue.histories.length;
      const self = `${selfUrl('issue', issue.key, 'changelog')}?maxResults=${maxResults}&startAt=${startAt}`;
      return ok({
        self,
        ...(isLast
          ? {}
          : {
              nextPage: `${selfUrl('issue', issue.key, 'changelog')}?maxResults=${maxResults}&startAt=${startAt + values.length}`,
            }),
        maxResults,
        startAt,
        total: issue.histories.length,
        isLast,
        values: values.map((h) => historyJson(ctx.jira, h)),
      });
    },
  },
  {
    method: 'POST',
    path: `${API}/changelog/bulkfetch`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      const body = objectBody(ctx.body);
      const unknown = Object.keys(body).find((k) => !BULK_KEYS.has(k));
      if (unknown) throw new JiraHttpError(400, [`Unrecognized field "${unknown}"`]);
      const refs = body.issueIdsOrKeys;
      if (!Array.isArray(refs) || refs.length === 0 || refs.length > 1000) {
        throw new JiraHttpError(400, [
          'issueIdsOrKeys must list between 1 and 1000 issue ids or keys.',
        ]);
      }
      const fieldIds = body.fieldIds ?? [];
      if (!Array.isArray(fieldIds) || fieldIds.length > 10) {
        throw new JiraHttpError(400, ['fieldIds must list at most 10 field ids.']);
      }
      const maxResults = body.maxResults ?? 1000;
      if (
        typeof maxResults !== 'number' ||
        !Number.isInteger(maxResults) ||
        maxResults < 1 ||
        maxResults > 10000
      ) {
        throw new JiraHttpError(400, ['maxResults must be between 1 and 10000.']);
      }
      const issues = refs
        .map((ref) => jira.issue(String(ref)))
        .filter((i): i is IssueRecord => i !== undefined && canBrowseIssue(actor, i));
      const entries: { issue: IssueRecord; history: HistoryRecord }[] = [];
      for (const issue of new Set(issues)) {
        for (const history of issue.histories) {
          const items =
            fieldIds.length === 0
              ? history.items
              : history.items.filter((i) => fieldIds.includes(i.fieldId));
          if (items.length > 0) entries.push({ issue, history: { ...history, items } });
        }
      }
      entries.sort(
        (a, b) =>
          a.history.created - b.history.created ||
          Number(a.issue.id) - Number(b.issue.id) ||
          Number(a.history.id) - Number(b.history.id),
      );
      const request = JSON.stringify([refs, fieldIds]);
      const start =
        typeof body.nextPageToken === 'string'
          ? (decodePageToken(request, body.nextPageToken) as number)
          : 0;
      const page = entries.slice(start, start + maxResults);
      const byIssue = new Map<string, Record<string, unknown>[]>();
      for (const { issue, history } of page) {
        const list = byIssue.get(issue.id) ?? [];
        list.push(historyJson(jira, history));
        byIssue.set(issue.id, list);
      }
      const next = start + page.length;
      return ok({
        issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({
          issueId,
          changeHistories,
        })),
        ...(next < entries.length ? { nextPageToken: encodePageToken(request, next) } : {}),
      });
    },
  },
];
