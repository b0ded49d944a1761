/**
 * Records as Jira's REST v3 JSON: users, statuses, priorities, projects, versions, comments,
 * changelog entries. Each function returns a fresh object the caller may hand out.
 */
import { selfUrl, SITE_URL, statusCategory } from './catalog';
import type { IssueLinkTypeRecord } from './catalog';
import { formatJiraDate, formatJiraTimestamp } from './jiraTime';
import type {
  CommentRecord,
  CustomFieldRecord,
  HistoryRecord,
  IssueRecord,
  IssueTypeRecord,
  JiraState,
  PriorityRecord,
  ProjectRecord,
  ResolutionRecord,
  StatusRecord,
  UserRecord,
  VersionRecord,
} from './state';
import type { StatusCategoryKey } from './types';

function avatarUrls(kind: string, id: string): Record<string, string> {
  const url = (size: number) => `${SITE_URL}/avatar/${kind}/${encodeURIComponent(id)}?s=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
}

/** The user's e-mail address if their profile shows it to anyone; else nothing. */
export function visibleEmail(user: UserRecord): string | undefined {
  return user.emailVisibility === 'anyone' ? user.emailAddress : undefined;
}

/**
 * `UserDetails`: a user as issues, comments and changelogs show one, to `viewer`. The e-mail
 * address is left out unless the profile shows it to anyone, or the viewer is the user.
 */
export function userDetails(user: UserRecord, viewer?: string): Record<string, unknown> {
  const email = viewer === user.accountId ? user.emailAddress : visibleEmail(user);
  return {
    self: `${selfUrl('user')}?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    ...(email !== undefined ? { emailAddress: email } : {}),
    avatarUrls: avatarUrls('user', user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

/** `UserDetails` of an account id, or null for none. Unknown ids show as inactive users. */
export function userDetailsOf(
  jira: JiraState,
  accountId: string | null,
): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = jira.users.get(accountId) ?? {
    accountId,
    displayName: 'Former user',
    accountType: 'atlassian' as const,
    groups: [],
    timeZone: 'UTC',
    active: false,
  };
  return userDetails(user);
}

/** `User`: a user as `/myself` and `/user` return one; `groups` with `expand=groups`. */
export function userBean(
  user: UserRecord,
  expandGroups: boolean,
  viewer?: string,
): Record<string, unknown> {
  const groups = user.groups.map(groupName);
  return {
    ...userDetails(user, viewer),
    locale: 'en_US',
    ...(expandGroups ? { groups: { size: groups.length, items: groups } } : {}),
  };
}

/** `GroupName`. */
export function groupName(name: string): Record<string, unknown> {
  return { name, groupId: groupId(name), self: `${selfUrl('group')}?groupId=${groupId(name)}` };
}

function groupId(name: string): string {
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `00000000-0000-4000-8000-${hash.toString(16).padStart(12, '0')}`;
}

/** `StatusCategory`. */
export function statusCategoryJson(key: StatusCategoryKey): Record<string, unknown> {
  const category = statusCategory(key);
  return {
    self: selfUrl('statuscategory', String(category.id)),
    id: category.id,
    key: category.key,
    colorName: category.colorName,
    name: category.name,
  };
}

/** `StatusDetails`. */
export function statusDetails(status: StatusRecord): Record<string, unknown> {
  return {
    self: selfUrl('status', status.id),
    description: '',
    iconUrl: `${SITE_URL}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: statusCategoryJson(status.category),
  };
}

/** `Priority`. */
export function priorityJson(
  priority: PriorityRecord,
  withDetails = false,
): Record<string, unknown> {
  return {
    self: selfUrl('priority', priority.id),
    iconUrl: `${SITE_URL}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
    ...(withDetails
      ? { statusColor: priority.statusColor, description: priority.description }
      : {}),
  };
}

/** `IssueTypeDetails`. */
export function issueTypeJson(type: IssueTypeRecord): Record<string, unknown> {
  return {
    self: selfUrl('issuetype', type.id),
    id: type.id,
    description: '',
    iconUrl: `${SITE_URL}/images/icons/issuetypes/${type.id}.svg`,
    name: type.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

/** `ResolutionJsonBean` / the issue's `resolution` field. */
export function resolutionJson(resolution: ResolutionRecord): Record<string, unknown> {
  return {
    self: selfUrl('resolution', resolution.id),
    id: resolution.id,
    description: resolution.description,
    name: resolution.name,
  };
}

/** `IssueLinkType`. */
export function linkTypeJson(type: IssueLinkTypeRecord): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    inward: type.inward,
    outward: type.outward,
    self: selfUrl('issueLinkType', type.id),
  };
}

/** A project as issues and searches show it. */
export function projectSummary(project: ProjectRecord): Record<string, unknown> {
  return {
    self: selfUrl('project', project.id),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    avatarUrls: avatarUrls('project', project.id),
  };
}

/** `Project` as `GET /project/{key}` returns it. */
export function projectJson(jira: JiraState, project: ProjectRecord): Record<string, unknown> {
  const lead = project.leadAccountId ? jira.users.get(project.leadAccountId) : undefined;
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectSummary(project),
    description: '',
    ...(lead ? { lead: userBean(lead, false) } : {}),
    components: [],
    issueTypes: project.issueTypeIds.map((id) =>
      issueTypeJson(jira.issueTypes.get(id) as IssueTypeRecord),
    ),
    assigneeType: 'UNASSIGNED',
    versions: [...jira.versions.values()]
      .filter((v) => v.projectId === project.id)
      .map((v) => versionJson(v, jira.now())),
    roles: {},
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

/** `Version`; overdue when unreleased past its release date. */
export function versionJson(version: VersionRecord, now: number): Record<string, unknown> {
  return {
    self: selfUrl('version', version.id),
    id: version.id,
    ...(version.description !== undefined ? { description: version.description } : {}),
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.startDate !== undefined ? { startDate: version.startDate } : {}),
    ...(version.releaseDate !== undefined
      ? {
          releaseDate: version.releaseDate,
          overdue: !version.released && version.releaseDate < formatJiraDate(now),
          userReleaseDate: version.releaseDate,
        }
      : {}),
    projectId: Number(version.projectId),
  };
}

/** A version as an issue's `fixVersions` lists it. */
export function fixVersionJson(version: VersionRecord): Record<string, unknown> {
  return {
    self: selfUrl('version', version.id),
    id: version.id,
    ...(version.description !== undefined ? { description: version.description } : {}),
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.releaseDate !== undefined ? { releaseDate: version.releaseDate } : {}),
  };
}

/** A custom field's value as the issue's `customfield_…` shows it. */
export function customFieldValueJson(
  field: CustomFieldRecord,
  jira: JiraState,
  raw: unknown,
): unknown {
  if (raw === undefined || raw === null) return null;
  switch (field.type) {
    case 'option': {
      const option = jira.fieldOptions(field).find((o) => o.id === raw);
      return option
        ? { self: selfUrl('customFieldOption', option.id), value: option.value, id: option.id }
        : null;
    }
    case 'datetime':
      return formatJiraTimestamp(raw as number);
    case 'team':
      return teamJson(jira, raw as string);
    default:
      return structuredClone(raw);
  }
}

/**
 * A Team field's value as an issue shows it, per "Getting an issue with Team" in
 * https://developer.atlassian.com/platform/teams/components/team-field-in-jira-rest-api/
 */
function teamJson(jira: JiraState, id: string): Record<string, unknown> {
  const name = jira.teams.get(id)?.name ?? id;
  return { id, name, avatarUrl: '', isVisible: true, title: name, isShared: true };
}

/** A custom field's value as a changelog writes it: `[from/to, from/toString]`. */
export function customFieldChangeValue(
  field: CustomFieldRecord,
  jira: JiraState,
  raw: unknown,
): [string | null, string | null] {
  if (raw === undefined || raw === null) return [null, null];
  switch (field.type) {
    case 'option':
      return [raw as string, jira.fieldOptions(field).find((o) => o.id === raw)?.value ?? null];
    case 'datetime':
      return [null, formatJiraTimestamp(raw as number)];
    case 'object':
      return [null, JSON.stringify(raw)];
    case 'team':
      return [raw as string, jira.teams.get(raw as string)?.name ?? null];
    default:
      return [null, String(raw)];
  }
}

/** The `self` of an issue. */
export function issueSelf(issue: IssueRecord): string {
  return selfUrl('issue', issue.id);
}

/** `Comment`. */
export function commentJson(
  jira: JiraState,
  issue: IssueRecord,
  comment: CommentRecord,
): Record<string, unknown> {
  return {
    self: selfUrl('issue', issue.id, 'comment', comment.id),
    id: comment.id,
    author: userDetailsOf(jira, comment.authorId),
    body: structuredClone(comment.body),
    updateAuthor: userDetailsOf(jira, comment.updateAuthorId),
    created: formatJiraTimestamp(comment.created),
    updated: formatJiraTimestamp(comment.updated),
    ...(comment.visibility ? { visibility: { ...comment.visibility } } : {}),
    jsdPublic: comment.jsdPublic,
  };
}

/** `Changelog`. */
export function historyJson(jira: JiraState, history: HistoryRecord): Record<string, unknown> {
  return {
    id: history.id,
    author: userDetailsOf(jira, history.authorId),
    created: formatJiraTimestamp(history.created),
    items: history.items.map((item) => ({ ...item })),
  };
}

/**
 * The plain text of an Atlassian Document: text nodes joined, blocks on their own lines.
 *
 * @example adfToText({ type: 'doc', version: 1, content: [{ type: 'paragraph',
 *   content: [{ type: 'text', text: 'Hello' }] }] }) // 'Hello'
 */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: unknown; text?: unknown; content?: unknown; attrs?: unknown };
  if (n.type === 'text' && typeof n.text === 'string') return n.text;
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') {
    const text = (n.attrs as { text?: unknown } | undefined)?.text;
    return typeof text === 'string' ? text : '';
  }
  if (!Array.isArray(n.content)) return '';
  const inline = n.type === 'paragraph' || n.type === 'heading';
  const parts = n.content.map(adfToText);
  return inline ? parts.join('') : parts.filter((p) => p !== '').join('\n');
}

/** Whether a value is an Atlassian Document (`{ type: 'doc', version: 1, content: [...] }`). */
export function isAdfDocument(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as { type?: unknown; version?: unknown; content?: unknown };
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content);
}
