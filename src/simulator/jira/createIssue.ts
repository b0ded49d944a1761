/**
 * Creating an issue from an `IssueUpdateDetails` body: project and issue type first, then every
 * other field through the same validation as an edit. The new issue starts in its workflow's
 * first status, at the default priority, reported by the caller unless `reporter` says otherwise.
 */
import { addComment } from './comments';
import { DEFAULT_PRIORITY_ID } from './catalog';
import { JiraHttpError } from './errors';
import { issueCreatedEvent } from './events';
import { applyFieldEdits } from './fieldEdits';
import { setIssueProperty, validateProperty } from './issueProperties';
import { objectBody } from './params';
import type { Actor, IssueRecord, JiraState, ProjectRecord } from './state';

/**
 * Creates an issue; with `silent` it raises no event (seeding).
 *
 * @example createIssue(jira, actor, { fields: { project: { key: 'SUP' },
 *   issuetype: { name: 'Incident' }, summary: 'Printer on fire' } })
 */
export function createIssue(
  jira: JiraState,
  actor: Actor,
  input: unknown,
  options: { silent?: boolean; created?: number } = {},
): IssueRecord {
  const body = objectBody(input);
  const fields = body.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new JiraHttpError(400, [], { project: 'Specify a valid project ID or key' });
  }
  const { project: projectRef, issuetype: typeRef, ...rest } = fields as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const project = projectOf(jira, projectRef);
  if (!project) errors.project = 'Specify a valid project ID or key';
  const issueTypeId = project ? issueTypeOf(jira, project, typeRef) : undefined;
  if (project && !issueTypeId) {
    errors.issuetype =
      typeRef === undefined ? 'Specify an issue type' : 'The issue type selected is invalid.';
  }
  if (rest.summary === undefined) errors.summary = 'You must specify a summary of the issue.';
  const properties = propertiesOf(body.properties);
  if (!project || !issueTypeId) throw new JiraHttpError(400, [], errors);

  const now = options.created ?? jira.now();
  const issue: IssueRecord = {
    id: jira.nextId('issue'),
    key: `${project.key}-${project.nextIssueNumber}`,
    projectId: project.id,
    number: project.nextIssueNumber,
    summary: '',
    description: null,
    issueTypeId,
    statusId: project.workflow.initialStatusId,
    priorityId: DEFAULT_PRIORITY_ID,
    assigneeId: null,
    reporterId: actor.accountId,
    creatorId: actor.accountId,
    created: now,
    updated: now,
    statusCategoryChanged: now,
    resolutionId: null,
    resolutionDate: null,
    labels: [],
    fixVersionIds: [],
    customFields: new Map(),
    properties: new Map(),
    comments: [],
    histories: [],
  };
  const comments = (() => {
    try {
      return applyFieldEdits(jira, issue, { fields: rest, update: body.update }, 'create').comments;
    } catch (error) {
      if (!(error instanceof JiraHttpError)) throw error;
      throw new JiraHttpError(400, error.errorMessages, { ...error.errors, ...errors });
    }
  })();
  if (Object.keys(errors).length > 0) throw new JiraHttpError(400, [], errors);

  project.nextIssueNumber++;
  jira.addIssue(issue);
  for (const { key, value } of properties) setIssueProperty(jira, issue, key, value);
  if (!options.silent) jira.emit(issueCreatedEvent(jira, issue, actor));
  for (const comment of comments) addComment(jira, issue, actor, comment);
  return issue;
}

function projectOf(jira: JiraState, ref: unknown): ProjectRecord | undefined {
  if (typeof ref !== 'object' || ref === null) return undefined;
  const { id, key } = ref as { id?: unknown; key?: unknown };
  if (typeof id === 'string' || typeof id === 'number') return jira.projects.get(String(id));
  return typeof key === 'string' ? jira.project(key) : undefined;
}

function issueTypeOf(jira: JiraState, project: ProjectRecord, ref: unknown): string | undefined {
  if (typeof ref !== 'object' || ref === null) return undefined;
  const { id, name } = ref as { id?: unknown; name?: unknown };
  const candidates = project.issueTypeIds;
  if (typeof id === 'string' || typeof id === 'number') {
    return candidates.find((t) => t === String(id));
  }
  if (typeof name !== 'string') return undefined;
  return candidates.find((t) => jira.issueTypes.get(t)?.name.toLowerCase() === name.toLowerCase());
}

function propertiesOf(value: unknown): { key: string; value: unknown }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new JiraHttpError(400, ['properties must be a list of { key, value }.']);
  return value.map((p: unknown) => {
    const { key, value: v } = (p ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== 'string') throw new JiraHttpError(400, ['A property needs a key.']);
    validateProperty(key, v);
    return { key, value: v };
  });
}
