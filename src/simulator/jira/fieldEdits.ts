/**
 * Field changes from an `IssueUpdateDetails` body (`fields` to set, `update` with `set`, `add`
 * and `remove` operations), as create, edit and transitions apply them: every field is
 * validated before anything changes (one 400 lists every bad field, as Jira does), then the
 * issue is changed and the changelog items of what actually changed are returned.
 */
import { fieldErrors } from './errors';
import { parseJiraDateTime } from './jiraTime';
import { adfToText, customFieldChangeValue, isAdfDocument } from './representations';
import type { CustomFieldRecord, IssueRecord, JiraState } from './state';
import type { ChangelogItem } from './types';

export type EditMode = 'create' | 'edit' | 'transition';

export interface EditInput {
  fields?: unknown;
  update?: unknown;
}

export interface AppliedEdits {
  items: ChangelogItem[];
  /** `update.comment` `add` operations, for the caller to add as comments. */
  comments: unknown[];
}

type Operation = { op: 'set' | 'add' | 'remove'; value: unknown };
type Change = (issue: IssueRecord) => ChangelogItem[];

/** A field's value was refused; the message goes into the 400's `errors` under the field. */
export class FieldRejection extends Error {}

/** Validates every edit, then applies them all to the issue. */
export function applyFieldEdits(
  jira: JiraState,
  issue: IssueRecord,
  input: EditInput,
  mode: EditMode,
): AppliedEdits {
  const operations = collectOperations(input);
  const errors: Record<string, string> = {};
  const changes: Change[] = [];
  const comments: unknown[] = [];
  for (const [fieldId, ops] of operations) {
    try {
      if (fieldId === 'comment') {
        for (const op of ops) {
          if (op.op !== 'add') throw new FieldRejection('Comments can only be added.');
          comments.push(op.value);
        }
        continue;
      }
      changes.push(planField(jira, issue, fieldId, ops, mode));
    } catch (error) {
      if (!(error instanceof FieldRejection)) throw error;
      errors[fieldId] = error.message;
    }
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return { items: changes.flatMap((change) => change(issue)), comments };
}

function collectOperations(input: EditInput): Map<string, Operation[]> {
  const operations = new Map<string, Operation[]>();
  const add = (fieldId: string, op: Operation) =>
    operations.set(fieldId, [...(operations.get(fieldId) ?? []), op]);
  if (input.fields !== undefined && input.fields !== null) {
    if (typeof input.fields !== 'object' || Array.isArray(input.fields)) {
      throw fieldErrors({ fields: 'The fields must be an object.' });
    }
    for (const [fieldId, value] of Object.entries(input.fields)) add(fieldId, { op: 'set', value });
  }
  if (input.update !== undefined && input.update !== null) {
    if (typeof input.update !== 'object' || Array.isArray(input.update)) {
      throw fieldErrors({ update: 'The update must be an object.' });
    }
    for (const [fieldId, list] of Object.entries(input.update)) {
      if (!Array.isArray(list)) {
        throw fieldErrors({ [fieldId]: 'The update of a field must be a list of operations.' });
      }
      for (const entry of list) {
        const keys = typeof entry === 'object' && entry !== null ? Object.keys(entry) : [];
        const op = keys[0];
        if (keys.length !== 1 || (op !== 'set' && op !== 'add' && op !== 'remove')) {
          throw fieldErrors({
            [fieldId]: `Unsupported operation on '${fieldId}'; use set, add or remove.`,
          });
        }
        add(fieldId, { op, value: (entry as Record<string, unknown>)[op] });
      }
    }
  }
  return operations;
}

function item(
  field: string,
  fieldId: string,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
  fieldtype = 'jira',
): ChangelogItem {
  return { field, fieldtype, fieldId, from, fromString, to, toString };
}

function onlySet(fieldId: string, ops: Operation[]): unknown {
  const last = ops[ops.length - 1] as Operation;
  if (ops.some((o) => o.op !== 'set')) {
    throw new FieldRejection(`Field '${fieldId}' only supports the set operation.`);
  }
  return last.value;
}

function planField(
  jira: JiraState,
  issue: IssueRecord,
  fieldId: string,
  ops: Operation[],
  mode: EditMode,
): Change {
  switch (fieldId) {
    case 'summary': {
      const value = onlySet(fieldId, ops);
      if (typeof value !== 'string' || value.trim() === '') {
        throw new FieldRejection('You must specify a summary of the issue.');
      }
      if (value.length > 255) throw new FieldRejection('Summary must be less than 255 characters.');
      return (i) => {
        if (i.summary === value) return [];
        const old = i.summary;
        i.summary = value;
        return [item('summary', 'summary', null, old, null, value)];
      };
    }
    case 'description': {
      const value = onlySet(fieldId, ops);
      if (value !== null && !isAdfDocument(value)) {
        throw new FieldRejection(
          'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
        );
      }
      return (i) => {
        const old = i.description;
        if (JSON.stringify(old) === JSON.stringify(value)) return [];
        i.description = structuredClone(value);
        return [item('description', 'description', null, textOrNull(old), null, textOrNull(value))];
      };
    }
    case 'priority': {
      const priority = byIdOrName(onlySet(fieldId, ops), jira.priorities);
      if (!priority) throw new FieldRejection('The priority selected is invalid.');
      return (i) => {
        if (i.priorityId === priority.id) return [];
        const old = i.priorityId === null ? undefined : jira.priority(i.priorityId);
        i.priorityId = priority.id;
        return [
          item(
            'priority',
            'priority',
            old?.id ?? null,
            old?.name ?? null,
            priority.id,
            priority.name,
          ),
        ];
      };
    }
    case 'assignee':
    case 'reporter': {
      const accountId = userReference(jira, onlySet(fieldId, ops), fieldId === 'reporter');
      const key = fieldId === 'assignee' ? 'assigneeId' : 'reporterId';
      return (i) => userChange(jira, i, key, fieldId, accountId);
    }
    case 'duedate': {
      // A date without time, `YYYY-MM-DD`, or null to clear it (IssueUpdateDetails examples).
      const value = onlySet(fieldId, ops);
      if (
        value !== null &&
        (typeof value !== 'string' ||
          !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
          Number.isNaN(Date.parse(value)))
      ) {
        throw new FieldRejection('Error parsing date string: ' + String(value));
      }
      return (i) => {
        const old = i.dueDate ?? null;
        if (old === value) return [];
        i.dueDate = value;
        return [item('duedate', 'duedate', old, old, value, value)];
      };
    }
    case 'labels':
      return planLabels(issue, ops);
    case 'fixVersions':
      return planFixVersions(jira, issue, ops);
    case 'resolution': {
      if (mode !== 'transition') {
        throw new FieldRejection(
          "Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown.",
        );
      }
      const value = onlySet(fieldId, ops);
      const resolution = value === null ? null : byIdOrName(value, jira.resolutions);
      if (resolution === undefined) throw new FieldRejection('The resolution selected is invalid.');
      return (i) => resolutionChange(jira, i, resolution?.id ?? null);
    }
    default: {
      const field = fieldId.startsWith('customfield_') ? jira.customFields.get(fieldId) : undefined;
      if (!field) {
        throw new FieldRejection(
          `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`,
        );
      }
      const raw = customFieldInput(jira, field, onlySet(fieldId, ops));
      return (i) => customFieldChange(jira, i, field, raw);
    }
  }
}

function textOrNull(doc: unknown): string | null {
  return doc === null || doc === undefined ? null : adfToText(doc);
}

function byIdOrName<T extends { id: string; name: string }>(
  value: unknown,
  list: T[],
): T | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name } = value as { id?: unknown; name?: unknown };
  if (typeof id === 'string' || typeof id === 'number')
    return list.find((x) => x.id === String(id));
  if (typeof name === 'string') {
    return list.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }
  return undefined;
}

/** A `{ accountId }` reference (or null) to a known user; `-1` is the default assignee. */
function userReference(jira: JiraState, value: unknown, required: boolean): string | null {
  if (value === null) {
    if (required) throw new FieldRejection('Reporter is required.');
    return null;
  }
  const accountId =
    typeof value === 'object' ? (value as { accountId?: unknown }).accountId : undefined;
  if (accountId === null || accountId === '-1') {
    if (required) throw new FieldRejection('Reporter is required.');
    return null;
  }
  if (typeof accountId !== 'string') throw new FieldRejection('Specify a user as { accountId }.');
  if (!jira.users.has(accountId)) throw new FieldRejection(`User '${accountId}' does not exist.`);
  return accountId;
}

/** Sets an issue's assignee or reporter and returns the changelog items. */
export function userChange(
  jira: JiraState,
  issue: IssueRecord,
  key: 'assigneeId' | 'reporterId',
  fieldId: 'assignee' | 'reporter',
  accountId: string | null,
): ChangelogItem[] {
  const old = issue[key];
  if (old === accountId) return [];
  issue[key] = accountId;
  const name = (id: string | null) =>
    id === null ? null : (jira.users.get(id)?.displayName ?? id);
  return [item(fieldId, fieldId, old, name(old), accountId, name(accountId))];
}

/** Sets an issue's resolution (and resolution date) and returns the changelog items. */
export function resolutionChange(
  jira: JiraState,
  issue: IssueRecord,
  resolutionId: string | null,
): ChangelogItem[] {
  if (issue.resolutionId === resolutionId) return [];
  const old = issue.resolutionId === null ? undefined : jira.resolution(issue.resolutionId);
  const next = resolutionId === null ? undefined : jira.resolution(resolutionId);
  issue.resolutionId = resolutionId;
  issue.resolutionDate = resolutionId === null ? null : jira.now();
  return [
    item(
      'resolution',
      'resolution',
      old?.id ?? null,
      old?.name ?? null,
      next?.id ?? null,
      next?.name ?? null,
    ),
  ];
}

function planLabels(issue: IssueRecord, ops: Operation[]): Change {
  let labels = [...issue.labels];
  const label = (value: unknown): string => {
    if (typeof value !== 'string' || value === '')
      throw new FieldRejection('A label must be a text.');
    if (/\s/.test(value))
      throw new FieldRejection(`The label '${value}' contains spaces which is invalid.`);
    if (value.length > 255) throw new FieldRejection('A label must be at most 255 characters.');
    return value;
  };
  for (const op of ops) {
    if (op.op === 'set') {
      if (!Array.isArray(op.value)) throw new FieldRejection('Labels must be a list of texts.');
      labels = [...new Set(op.value.map(label))];
    } else if (op.op === 'add') {
      const value = label(op.value);
      if (!labels.includes(value)) labels.push(value);
    } else {
      const value = label(op.value);
      labels = labels.filter((l) => l !== value);
    }
  }
  return (i) => {
    const old = i.labels;
    if (old.length === labels.length && old.every((l, n) => l === labels[n])) return [];
    i.labels = labels;
    return [item('labels', 'labels', null, old.join(' '), null, labels.join(' '))];
  };
}

function planFixVersions(jira: JiraState, issue: IssueRecord, ops: Operation[]): Change {
  const projectVersions = [...jira.versions.values()].filter(
    (v) => v.projectId === issue.projectId,
  );
  const version = (value: unknown) => {
    const found = byIdOrName(value, projectVersions);
    if (!found) throw new FieldRejection(`Version ${JSON.stringify(value)} is not valid.`);
    return found.id;
  };
  let ids = [...issue.fixVersionIds];
  for (const op of ops) {
    if (op.op === 'set') {
      if (!Array.isArray(op.value))
        throw new FieldRejection('Fix versions must be a list of versions.');
      ids = [...new Set(op.value.map(version))];
    } else if (op.op === 'add') {
      const id = version(op.value);
      if (!ids.includes(id)) ids.push(id);
    } else {
      const id = version(op.value);
      ids = ids.filter((v) => v !== id);
    }
  }
  return (i) => {
    const name = (id: string) => jira.versions.get(id)?.name ?? id;
    const removed = i.fixVersionIds.filter((v) => !ids.includes(v));
    const added = ids.filter((v) => !i.fixVersionIds.includes(v));
    i.fixVersionIds = ids;
    return [
      ...removed.map((v) => item('Fix Version', 'fixVersions', v, name(v), null, null)),
      ...added.map((v) => item('Fix Version', 'fixVersions', null, null, v, name(v))),
    ];
  };
}

/** A custom field's request value in the simulator's stored form, or a rejection. */
export function customFieldInput(
  jira: JiraState,
  field: CustomFieldRecord,
  value: unknown,
): unknown {
  if (value === null) return null;
  switch (field.type) {
    case 'option': {
      const { id, value: text } =
        typeof value === 'object' ? (value as { id?: unknown; value?: unknown }) : { value };
      const options = jira.fieldOptions(field);
      if (id !== undefined) {
        const found = options.find((o) => o.id === String(id));
        if (!found) throw new FieldRejection(`Option id '${String(id)}' is not valid.`);
        return found.id;
      }
      if (typeof text !== 'string')
        throw new FieldRejection('Specify an option as { value } or { id }.');
      const found = options.find((o) => o.value === text);
      if (found) return found.id;
      if (field.options !== null) throw new FieldRejection(`Option value '${text}' is not valid.`);
      const made = { id: jira.nextId('option', 10100), value: text };
      field.madeOptions.push(made);
      return made.id;
    }
    case 'string':
      if (typeof value !== 'string') throw new FieldRejection(`${field.name} must be a text.`);
      if (value.length > 255) {
        throw new FieldRejection(
          'The entered text is too long. It exceeds the allowed limit of 255 characters.',
        );
      }
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new FieldRejection(`${field.name} must be a number.`);
      }
      return value;
    case 'datetime': {
      const ms = typeof value === 'string' ? parseJiraDateTime(value) : NaN;
      if (Number.isNaN(ms)) throw new FieldRejection(`${field.name} must be a date-time.`);
      return ms;
    }
    case 'object':
      return structuredClone(value);
    case 'team':
      // Set by the team's id, a string: "Creating or updating an issue with Team" in
      // https://developer.atlassian.com/platform/teams/components/team-field-in-jira-rest-api/
      if (typeof value !== 'string')
        throw new FieldRejection(`Specify ${field.name} by its team id.`);
      if (!jira.teams.has(value)) throw new FieldRejection(`Team '${value}' does not exist.`);
      return value;
  }
}

/** Sets a custom field's stored value and returns the changelog items. */
export function customFieldChange(
  jira: JiraState,
  issue: IssueRecord,
  field: CustomFieldRecord,
  raw: unknown,
): ChangelogItem[] {
  const old = issue.customFields.get(field.id) ?? null;
  if (JSON.stringify(old) === JSON.stringify(raw)) return [];
  if (raw === null) issue.customFields.delete(field.id);
  else issue.customFields.set(field.id, raw);
  const [from, fromString] = customFieldChangeValue(field, jira, old);
  const [to, toString] = customFieldChangeValue(field, jira, raw);
  return [item(field.name, field.id, from, fromString, to, toString, 'custom')];
}
