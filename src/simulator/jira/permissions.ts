/**
 * Who may see and do what, kept simple: the app may do everything; agents (`atlassian`
 * accounts) browse and work on every project; customers see only the issues they reported,
 * where they may comment; members of `jira-administrators` or `site-admins` administer Jira.
 */
import { ADMIN_GROUPS, PERMISSION_KEYS, type PermissionKey } from './catalog';
import { issueNotFound, JiraHttpError } from './errors';
import type { Actor, IssueRecord, JiraState, ProjectRecord } from './state';

/** Whether the actor administers Jira. */
export function isAdmin(actor: Actor): boolean {
  return actor.isApp || actor.user.groups.some((g) => ADMIN_GROUPS.includes(g));
}

/** Whether the actor may see the issue (Browse projects, plus the customer's own issues). */
export function canBrowseIssue(actor: Actor, issue: IssueRecord): boolean {
  if (actor.isApp || actor.user.accountType === 'atlassian') return true;
  return issue.reporterId === actor.accountId;
}

/** Whether the actor may browse the project as a whole. */
export function canBrowseProject(actor: Actor): boolean {
  return actor.isApp || actor.user.accountType === 'atlassian';
}

/** The issue by id or key, or the 404 Jira gives for missing and hidden issues alike. */
export function visibleIssue(jira: JiraState, actor: Actor, idOrKey: string): IssueRecord {
  const issue = jira.requireIssue(idOrKey);
  if (!canBrowseIssue(actor, issue)) throw issueNotFound();
  return issue;
}

/** Fails with 403 unless the actor may change the issue (customers may only comment). */
export function requireAgent(actor: Actor): void {
  if (!canBrowseProject(actor)) {
    throw new JiraHttpError(403, ['You do not have permission to edit issues in this project.']);
  }
}

const CUSTOMER_ISSUE_PERMISSIONS = new Set(['BROWSE_PROJECTS', 'ADD_COMMENTS', 'CREATE_ISSUES']);

/**
 * Whether the actor holds a permission, globally (no project or issue), in a project, or on an
 * issue.
 */
export function hasPermission(
  actor: Actor,
  permission: PermissionKey,
  context: { project?: ProjectRecord; issue?: IssueRecord },
): boolean {
  if (actor.isApp) return true;
  if (permission.type === 'GLOBAL') {
    if (permission.key === 'SYSTEM_ADMIN') return actor.user.groups.includes('site-admins');
    if (permission.key === 'ADMINISTER') return isAdmin(actor);
    return actor.user.accountType === 'atlassian';
  }
  if (actor.user.accountType !== 'atlassian') {
    return (
      context.issue !== undefined &&
      canBrowseIssue(actor, context.issue) &&
      CUSTOMER_ISSUE_PERMISSIONS.has(permission.key)
    );
  }
  if (permission.key === 'ADMINISTER_PROJECTS') return isAdmin(actor);
  return true;
}

/** The permission keys of a `permissions=` list, or Jira's 400 for an empty or unknown one. */
export function parsePermissionKeys(list: string | undefined): PermissionKey[] {
  const keys = (list ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (keys.length === 0) {
    throw new JiraHttpError(400, ['The permissions query parameter is required.']);
  }
  return keys.map((key) => {
    const found = PERMISSION_KEYS.find((p) => p.key === key);
    if (!found) throw new JiraHttpError(400, [`Permission key '${key}' does not exist.`]);
    return found;
  });
}
