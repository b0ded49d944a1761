/**
 * Seeding: users, projects (with issue types and a workflow), custom fields, versions and
 * priorities, straight into the site's data, with no events and no request log.
 */
import { BUILT_IN_STATUS_IDS } from './catalog';
import type { JiraState, ProjectRecord, UserRecord, VersionRecord } from './state';
import type {
  CustomFieldInput,
  PriorityInput,
  ProjectInput,
  StatusCategoryKey,
  TeamInput,
  UserInput,
  VersionInput,
} from './types';
import { compileWorkflow, DEFAULT_SUPPORT_WORKFLOW } from './workflow';

export const DEFAULT_ISSUE_TYPES = ['Support request', 'Incident', 'Task'];

export function seedUser(jira: JiraState, input: UserInput): UserRecord {
  if (jira.users.has(input.accountId)) throw new Error(`User ${input.accountId} already exists`);
  const user: UserRecord = {
    accountId: input.accountId,
    displayName: input.displayName,
    ...(input.emailAddress !== undefined
      ? { emailAddress: input.emailAddress, emailVisibility: input.emailVisibility ?? 'onlyYou' }
      : {}),
    accountType: input.accountType ?? 'atlassian',
    groups: [...(input.groups ?? [])],
    timeZone: input.timeZone ?? 'UTC',
    active: input.active ?? true,
  };
  jira.users.set(user.accountId, user);
  return user;
}

/** The id of a status by name, made (with the category) when new. */
function statusId(jira: JiraState, name: string, category: StatusCategoryKey): string {
  const existing = jira.statusByName(name);
  if (existing) return existing.id;
  const builtIn = BUILT_IN_STATUS_IDS[name.toLowerCase()];
  const id = builtIn && !jira.statuses.has(builtIn) ? builtIn : jira.nextId('status', 10002);
  jira.statuses.set(id, { id, name, category });
  return id;
}

function issueTypeId(jira: JiraState, name: string): string {
  const existing = jira.issueTypeByName(name);
  if (existing) return existing.id;
  const id = jira.nextId('issuetype', 10001);
  jira.issueTypes.set(id, { id, name });
  return id;
}

export function seedProject(jira: JiraState, input: ProjectInput): ProjectRecord {
  const key = input.key.toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{0,9}$/.test(key)) throw new Error(`Invalid project key '${input.key}'`);
  if (jira.project(key)) throw new Error(`Project ${key} already exists`);
  const workflow = compileWorkflow(input.workflow ?? DEFAULT_SUPPORT_WORKFLOW, (name, category) =>
    statusId(jira, name, category),
  );
  const project: ProjectRecord = {
    id: jira.nextId('project'),
    key,
    name: input.name,
    projectTypeKey: input.projectTypeKey ?? 'service_desk',
    issueTypeIds: (input.issueTypes ?? DEFAULT_ISSUE_TYPES).map((name) => issueTypeId(jira, name)),
    workflow,
    leadAccountId: input.leadAccountId ?? null,
    nextIssueNumber: 1,
  };
  jira.projects.set(project.id, project);
  return project;
}

export function seedCustomField(jira: JiraState, input: CustomFieldInput): void {
  const m = /^customfield_(\d+)$/.exec(input.id);
  if (!m) throw new Error(`A custom field id looks like customfield_10050, not '${input.id}'`);
  if (jira.customFields.has(input.id)) throw new Error(`Custom field ${input.id} already exists`);
  jira.customFields.set(input.id, {
    id: input.id,
    numericId: Number(m[1]),
    name: input.name,
    type: input.type,
    options: input.options?.map((value) => ({ id: jira.nextId('option', 10100), value })) ?? null,
    madeOptions: [],
    ...(input.key !== undefined ? { key: input.key } : {}),
    ownedByApp: input.ownedByApp ?? false,
    ...(input.description !== undefined ? { description: input.description } : {}),
  });
}

export function seedVersion(jira: JiraState, input: VersionInput): VersionRecord {
  const project = jira.project(input.projectKey);
  if (!project) throw new Error(`No project ${input.projectKey}`);
  const version: VersionRecord = {
    id: jira.nextId('version'),
    projectId: project.id,
    name: input.name,
    ...(input.description !== undefined ? { description: input.description } : {}),
    released: input.released ?? false,
    archived: input.archived ?? false,
    ...(input.releaseDate !== undefined ? { releaseDate: input.releaseDate } : {}),
    ...(input.startDate !== undefined ? { startDate: input.startDate } : {}),
  };
  jira.versions.set(version.id, version);
  return version;
}

export function seedPriority(jira: JiraState, input: PriorityInput): void {
  const id = input.id ?? jira.nextId('priority', 10000);
  if (jira.priority(id)) throw new Error(`Priority ${id} already exists`);
  jira.priorities.push({
    id,
    name: input.name,
    statusColor: input.statusColor ?? '#707070',
    description: input.description ?? '',
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function seedTeam(jira: JiraState, input: TeamInput): void {
  if (!UUID.test(input.id)) throw new Error(`A team id is a UUID, not '${input.id}'`);
  if (jira.teams.has(input.id)) throw new Error(`Team ${input.id} already exists`);
  jira.teams.set(input.id, { id: input.id, name: input.name });
}
