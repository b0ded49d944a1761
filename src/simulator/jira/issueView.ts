/**
 * An issue as `IssueBean`: which fields to include (`fields=*all,-comment`, `summary,status`,
 * `*navigable`, `id`), how each field renders, and the `expand` and `properties` extras.
 */
import { selfUrl } from './catalog';
import { visibleComments } from './comments';
import { customFieldSchema, RENDERED_SYSTEM_FIELD_IDS, SYSTEM_FIELDS } from './fields';
import { formatJiraTimestamp } from './jiraTime';
import {
  commentJson,
  customFieldValueJson,
  fixVersionJson,
  historyJson,
  issueSelf,
  issueTypeJson,
  linkTypeJson,
  priorityJson,
  projectSummary,
  resolutionJson,
  statusDetails,
  userDetailsOf,
} from './representations';
import type {
  Actor,
  IssueRecord,
  IssueTypeRecord,
  JiraState,
  ProjectRecord,
  StatusRecord,
  VersionRecord,
} from './state';
import { transitionsFrom } from './workflow';

/**
 * The most comments an issue's `comment` field carries (`GET /issue`, searches, bulk fetch); its
 * `total` still counts them all, so a reader knows to page through `GET /issue/{key}/comment`
 * for the rest. Jira caps the field without documenting the number; the simulator takes the
 * comment endpoint's page size, the oldest first.
 */
export const COMMENT_FIELD_LIMIT = 100;

/** The field ids a request asked for, from `fields` values (each may be comma-separated). */
export interface FieldSelection {
  /** Whether only `id` was asked for (the search default): issues then carry `id` alone. */
  idOnly: boolean;
  includes(fieldId: string): boolean;
}

/**
 * Reads a `fields` list: `*all`, `*navigable`, field ids, `-field` to exclude.
 *
 * @example parseFieldSelection(['summary,status'], '*all').includes('status') // true
 */
export function parseFieldSelection(
  jira: JiraState,
  values: readonly string[] | undefined,
  fallback: '*all' | '*navigable' | 'id',
): FieldSelection {
  const tokens = (values && values.length > 0 ? values : [fallback])
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const all = [...RENDERED_SYSTEM_FIELD_IDS, ...jira.customFields.keys()];
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const token of tokens) {
    if (token === '*all') all.forEach((f) => included.add(f));
    else if (token === '*navigable')
      all.filter((f) => f !== 'comment').forEach((f) => included.add(f));
    else if (token.startsWith('-')) excluded.add(token.slice(1));
    else included.add(token);
  }
  for (const f of excluded) included.delete(f);
  const idOnly = [...included].every((f) => f === 'id');
  return { idOnly, includes: (fieldId) => included.has(fieldId) };
}

/** The fields object of an issue for a selection. */
export function issueFields(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  selection: FieldSelection,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const id of RENDERED_SYSTEM_FIELD_IDS) {
    if (selection.includes(id)) fields[id] = systemFieldValue(jira, issue, actor, id);
  }
  for (const field of jira.customFields.values()) {
    if (selection.includes(field.id)) {
      fields[field.id] = customFieldValueJson(field, jira, issue.customFields.get(field.id));
    }
  }
  return fields;
}

function systemFieldValue(jira: JiraState, issue: IssueRecord, actor: Actor, id: string): unknown {
  switch (id) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description === null ? null : structuredClone(issue.description);
    case 'issuetype':
      return issueTypeJson(jira.issueTypes.get(issue.issueTypeId) as IssueTypeRecord);
    case 'project':
      return projectSummary(jira.projects.get(issue.projectId) as ProjectRecord);
    case 'status':
      return statusDetails(jira.statuses.get(issue.statusId) as StatusRecord);
    case 'priority': {
      const priority = issue.priorityId === null ? undefined : jira.priority(issue.priorityId);
      return priority ? priorityJson(priority) : null;
    }
    case 'assignee':
      return userDetailsOf(jira, issue.assigneeId);
    case 'reporter':
      return userDetailsOf(jira, issue.reporterId);
    case 'creator':
      return userDetailsOf(jira, issue.creatorId);
    case 'created':
      return formatJiraTimestamp(issue.created);
    case 'updated':
      return formatJiraTimestamp(issue.updated);
    case 'statuscategorychangedate':
      return formatJiraTimestamp(issue.statusCategoryChanged);
    case 'resolution': {
      const resolution =
        issue.resolutionId === null ? undefined : jira.resolution(issue.resolutionId);
      return resolution ? resolutionJson(resolution) : null;
    }
    case 'resolutiondate':
      return issue.resolutionDate === null ? null : formatJiraTimestamp(issue.resolutionDate);
    case 'labels':
      return [...issue.labels];
    case 'duedate':
      return issue.dueDate ?? null;
    case 'fixVersions':
      return issue.fixVersionIds.map((v) => fixVersionJson(jira.versions.get(v) as VersionRecord));
    case 'issuelinks':
      return issueLinks(jira, issue);
    case 'comment': {
      const visible = visibleComments(actor, issue);
      const comments = visible
        .slice(0, COMMENT_FIELD_LIMIT)
        .map((c) => commentJson(jira, issue, c));
      return {
        comments,
        self: selfUrl('issue', issue.id, 'comment'),
        maxResults: comments.length,
        total: visible.length,
        startAt: 0,
      };
    }
    default:
      return null;
  }
}

/**
 * The issue's links. A link made with `inwardIssue: A, outwardIssue: B` shows on A as
 * `outwardIssue: B` (A blocks B) and on B as `inwardIssue: A` (B is blocked by A).
 */
function issueLinks(jira: JiraState, issue: IssueRecord): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const link of jira.links.values()) {
    const type = jira.linkTypes.find((t) => t.id === link.typeId);
    if (!type) continue;
    const base = { id: link.id, self: selfUrl('issueLink', link.id), type: linkTypeJson(type) };
    if (link.inwardIssueId === issue.id) {
      const other = jira.issues.get(link.outwardIssueId);
      if (other) out.push({ ...base, outwardIssue: linkedIssue(jira, other) });
    } else if (link.outwardIssueId === issue.id) {
      const other = jira.issues.get(link.inwardIssueId);
      if (other) out.push({ ...base, inwardIssue: linkedIssue(jira, other) });
    }
  }
  return out;
}

function linkedIssue(jira: JiraState, issue: IssueRecord): Record<string, unknown> {
  const priority = issue.priorityId === null ? undefined : jira.priority(issue.priorityId);
  return {
    id: issue.id,
    key: issue.key,
    self: issueSelf(issue),
    fields: {
      summary: issue.summary,
      status: statusDetails(jira.statuses.get(issue.statusId) as StatusRecord),
      ...(priority ? { priority: priorityJson(priority) } : {}),
      issuetype: issueTypeJson(jira.issueTypes.get(issue.issueTypeId) as IssueTypeRecord),
    },
  };
}

export interface IssueBeanOptions {
  selection: FieldSelection;
  /** `expand` values: `names`, `schema`, `changelog`, `transitions` are honoured. */
  expand: ReadonlySet<string>;
  /** Property keys to include (`properties=slm`); `*all` for every property. */
  properties: readonly string[];
  /** The most recent changelog entries `expand=changelog` carries: 100 unless said otherwise. */
  changelogLimit?: number;
}

/** The `IssueBean` of an issue. */
export function issueBean(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  options: IssueBeanOptions,
): Record<string, unknown> {
  if (options.selection.idOnly && options.expand.size === 0 && options.properties.length === 0) {
    return { id: issue.id };
  }
  const fields = issueFields(jira, issue, actor, options.selection);
  const bean: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(issue),
    key: issue.key,
  };
  if (options.properties.length > 0) {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of issue.properties) {
      if (options.properties.includes(key) || options.properties.includes('*all')) {
        properties[key] = structuredClone(value);
      }
    }
    bean.properties = properties;
  }
  bean.fields = fields;
  if (options.expand.has('names')) bean.names = fieldNames(jira, Object.keys(fields));
  if (options.expand.has('schema')) bean.schema = fieldSchemas(jira, Object.keys(fields));
  if (options.expand.has('transitions')) {
    const workflow = (jira.projects.get(issue.projectId) as ProjectRecord).workflow;
    bean.transitions = transitionsFrom(workflow, issue.statusId).map((t) =>
      transitionJson(jira, t.id, t.name, t.toStatusId),
    );
  }
  if (options.expand.has('changelog')) {
    const histories = issue.histories
      .slice(-(options.changelogLimit ?? 100))
      .reverse()
      .map((h) => historyJson(jira, h));
    bean.changelog = {
      startAt: 0,
      maxResults: histories.length,
      total: issue.histories.length,
      histories,
    };
  }
  return bean;
}

/** An `IssueTransition`. */
export function transitionJson(
  jira: JiraState,
  id: string,
  name: string,
  toStatusId: string,
): Record<string, unknown> {
  return {
    id,
    name,
    to: statusDetails(jira.statuses.get(toStatusId) as StatusRecord),
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
}

export function fieldNames(jira: JiraState, ids: string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) {
    const name = SYSTEM_FIELDS.find((f) => f.id === id)?.name ?? jira.customFields.get(id)?.name;
    if (name !== undefined) names[id] = name;
  }
  return names;
}

export function fieldSchemas(jira: JiraState, ids: string[]): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const id of ids) {
    const system = SYSTEM_FIELDS.find((f) => f.id === id)?.schema;
    const custom = jira.customFields.get(id);
    if (system) schemas[id] = system;
    else if (custom) schemas[id] = customFieldSchema(custom);
  }
  return schemas;
}
