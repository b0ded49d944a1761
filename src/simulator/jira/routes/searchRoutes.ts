/**
 * Enhanced JQL search, `GET` and `POST /search/jql` (the old `/search` is deprecated and not
 * served). Issues carry only `id` unless `fields` asks for more; `maxResults` defaults to 50 and
 * is capped at 5000 for ids and keys, 100 otherwise. Bad JQL is a 400 with Jira's message.
 */
import { API } from '../catalog';
import { JiraHttpError } from '../errors';
import {
  fieldNames,
  fieldSchemas,
  issueBean,
  issueFields,
  parseFieldSelection,
} from '../issueView';
import { JqlError } from '../jql/jqlError';
import { searchIssues } from '../jql/search';
import { intParam, listParam, objectBody } from '../params';
import type { JiraResponse } from '../types';
import { ok, type Route, type RouteContext } from './route';

interface SearchInput {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields: string[];
  expand: string[];
  properties: string[];
}

const BODY_KEYS = new Set([
  'jql',
  'nextPageToken',
  'maxResults',
  'fields',
  'expand',
  'properties',
  'fieldsByKeys',
  'reconcileIssues',
]);

function fromQuery(ctx: RouteContext): SearchInput {
  const q = ctx.query;
  return {
    jql: q.jql ?? '',
    ...(q.nextPageToken !== undefined ? { nextPageToken: q.nextPageToken } : {}),
    ...(q.maxResults !== undefined ? { maxResults: intParam(q.maxResults, 50) } : {}),
    fields: listParam(q.fields),
    expand: listParam(q.expand),
    properties: listParam(q.properties),
  };
}

function fromBody(ctx: RouteContext): SearchInput {
  const body = objectBody(ctx.body);
  const unknown = Object.keys(body).find((k) => !BODY_KEYS.has(k));
  if (unknown) {
    throw new JiraHttpError(400, [
      `Unrecognized field "${unknown}" (the enhanced search has no such field).`,
    ]);
  }
  const strings = (key: string): string[] => {
    const value = body[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw new JiraHttpError(400, [`${key} must be a list of strings.`]);
    }
    return value as string[];
  };
  const { jql, nextPageToken, maxResults, expand } = body;
  if (jql !== undefined && typeof jql !== 'string')
    throw new JiraHttpError(400, ['jql must be a string.']);
  if (nextPageToken !== undefined && nextPageToken !== null && typeof nextPageToken !== 'string') {
    throw new JiraHttpError(400, ['nextPageToken must be a string.']);
  }
  if (
    maxResults !== undefined &&
    (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 0)
  ) {
    throw new JiraHttpError(400, ['maxResults must be a non-negative integer.']);
  }
  if (expand !== undefined && typeof expand !== 'string')
    throw new JiraHttpError(400, ['expand must be a string.']);
  return {
    jql: jql ?? '',
    ...(typeof nextPageToken === 'string' ? { nextPageToken } : {}),
    ...(maxResults !== undefined ? { maxResults } : {}),
    fields: strings('fields'),
    expand: listParam(expand),
    properties: strings('properties').flatMap((p) => listParam(p)),
  };
}

function search(ctx: RouteContext, input: SearchInput): JiraResponse {
  const { jira, actor } = ctx;
  if (input.properties.length > 5) {
    throw new JiraHttpError(400, ['At most 5 issue properties can be requested.']);
  }
  const selection = parseFieldSelection(jira, input.fields, 'id');
  const keysOnly = input.fields
    .flatMap((f) => listParam(f))
    .every((f) => f === 'id' || f === 'key');
  const limit = keysOnly ? 5000 : 100;
  const maxResults = Math.max(1, Math.min(input.maxResults ?? 50, limit));
  let page;
  try {
    page = searchIssues(jira, actor, input.jql, {
      maxResults,
      ...(input.nextPageToken !== undefined ? { nextPageToken: input.nextPageToken } : {}),
    });
  } catch (error) {
    if (error instanceof JqlError) throw new JiraHttpError(400, [error.message]);
    throw error;
  }
  const expand = new Set(input.expand.filter((e) => e === 'changelog' || e === 'transitions'));
  const issues = page.issues.map((issue) =>
    issueBean(jira, issue, actor, { selection, expand, properties: input.properties }),
  );
  const first = page.issues[0];
  const shownFields = first ? Object.keys(issueFields(jira, first, actor, selection)) : [];
  return ok({
    issues,
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    isLast: page.nextPageToken === undefined,
    ...(input.expand.includes('names') ? { names: fieldNames(jira, shownFields) } : {}),
    ...(input.expand.includes('schema') ? { schema: fieldSchemas(jira, shownFields) } : {}),
  });
}

export const searchRoutes: Route[] = [
  { method: 'GET', path: `${API}/search/jql`, handler: (ctx) => search(ctx, fromQuery(ctx)) },
  { method: 'POST', path: `${API}/search/jql`, handler: (ctx) => search(ctx, fromBody(ctx)) },
];
