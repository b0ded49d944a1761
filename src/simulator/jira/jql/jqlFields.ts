/**
 * The fields JQL can search and sort, bound to an issue: how to read a field's values from an
 * issue, how to turn a literal into comparable values (names to ids, dates to instants) with
 * Jira's errors for values that do not exist, which operators the field takes, and its sort key.
 */
import { STATUS_CATEGORIES } from '../catalog';
import { parseJiraDateTime, parseJqlPeriod } from '../jiraTime';
import { indexedValues } from '../propertyIndex';
import { adfToText, visibleEmail } from '../representations';
import type { Actor, CustomFieldRecord, IssueRecord, JiraState } from '../state';
import type { IndexedPropertyDefinition } from '../types';
import type { FieldReference, Operand, Operator } from './ast';
import { JqlError } from './jqlError';

export type Scalar = string | number;

/** How a field compares. */
export type FieldKind =
  | 'entity' // ids: project, status, type, resolution, versions, options
  | 'ranked' // ids with an order: priority, status category
  | 'key'
  | 'user'
  | 'labels'
  | 'text' // matched with ~
  | 'date'
  | 'number'
  | 'string'
  | 'object';

export interface BoundField {
  /** The field as the query wrote it, for messages. */
  name: string;
  kind: FieldKind;
  operators: ReadonlySet<Operator>;
  /** The field's values on an issue; none when it is empty. */
  values(issue: IssueRecord): Scalar[];
  /** A literal (value or function) as comparable values; several when a name has many ids. */
  resolve(operand: Operand): Scalar[];
  /** For < <= > >=: maps a value to what is ordered (priority rank, key position). */
  order?(value: Scalar): Scalar;
  /** The sort key of an issue, null when empty; undefined: the field does not sort. */
  sortKey?(issue: IssueRecord): Scalar | null;
  /** The declared property path, for the index. */
  property?: IndexedPropertyDefinition;
}

export interface BindContext {
  jira: JiraState;
  actor: Actor;
  now: number;
}

const EQUALITY: Operator[] = ['=', '!=', 'IN', 'NOT IN', 'IS', 'IS NOT'];
const ORDERING: Operator[] = ['<', '<=', '>', '>='];
const TEXT: Operator[] = ['~', '!~', 'IS', 'IS NOT'];

const ops = (...groups: Operator[][]) => new Set(groups.flat());

/** Binds a field reference, or throws Jira's "does not exist" error. */
export function bindField(ref: FieldReference, fieldText: string, ctx: BindContext): BoundField {
  const { jira } = ctx;
  if (ref.kind === 'property') {
    return propertyField(fieldText, jira.propertyIndexes.byPath(ref.key, ref.path), ctx);
  }
  if (ref.kind === 'customField') {
    const field = jira.customFields.get(`customfield_${ref.id}`);
    if (!field) throw notAField(fieldText);
    return customField(fieldText, field, ctx);
  }
  const system = systemField(ref.name.toLowerCase(), fieldText, ctx);
  if (system) return system;
  const lower = ref.name.toLowerCase();
  const custom = [...jira.customFields.values()].find((f) => f.name.toLowerCase() === lower);
  if (custom) return customField(fieldText, custom, ctx);
  const alias = jira.propertyIndexes.byAlias(ref.name);
  if (alias) return propertyField(fieldText, alias, ctx);
  throw notAField(fieldText);
}

function notAField(name: string): JqlError {
  return new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

function noValue(value: string, field: string): JqlError {
  return new JqlError(`The value '${value}' does not exist for the field '${field}'.`);
}

/** The text of a value operand, or an error for a function the field does not take. */
function literalText(operand: Operand, field: string): string {
  if (operand.kind === 'value') return operand.value;
  if (operand.kind === 'function') {
    throw new JqlError(
      `The function '${operand.name}' is not supported by the field '${field}'${
        ['currentuser', 'now'].includes(operand.name.toLowerCase()) ? '' : ' or does not exist'
      }.`,
    );
  }
  throw new JqlError(`A value is needed for the field '${field}'.`);
}

/** Resolves a literal against records by id or (case-insensitive) name. */
function byIdOrName<T extends { id: string; name: string }>(
  operand: Operand,
  field: string,
  records: Iterable<T>,
): string[] {
  const text = literalText(operand, field);
  const lower = text.toLowerCase();
  const ids: string[] = [];
  for (const r of records) if (r.id === text || r.name.toLowerCase() === lower) ids.push(r.id);
  if (ids.length === 0) throw noValue(text, field);
  return ids;
}

function instant(operand: Operand, field: string, now: number): number {
  if (operand.kind === 'function') {
    if (operand.name.toLowerCase() === 'now' && operand.args.length === 0) return now;
    literalText(operand, field);
  }
  const text = literalText(operand, field);
  const absolute = parseJiraDateTime(text);
  if (!Number.isNaN(absolute)) return absolute;
  const period = parseJqlPeriod(text);
  if (!Number.isNaN(period)) return now + period;
  throw new JqlError(
    `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

/**
 * The account ids a user operand names: `currentUser()`, the members of a group with
 * `membersOf("group")` (group names are case-insensitive, as in Jira), or one user by account
 * id, e-mail address (when the user lets it be seen) or display name.
 */
function accountIds(operand: Operand, field: string, ctx: BindContext): string[] {
  if (operand.kind === 'function' && operand.name.toLowerCase() === 'currentuser') {
    return [ctx.actor.accountId];
  }
  if (operand.kind === 'function' && operand.name.toLowerCase() === 'membersof') {
    return groupMembers(operand.name, operand.args, ctx);
  }
  const text = literalText(operand, field);
  if (ctx.jira.users.has(text)) return [text];
  const lower = text.toLowerCase();
  for (const user of ctx.jira.users.values()) {
    const email = visibleEmail(user)?.toLowerCase();
    if (email === lower || user.displayName.toLowerCase() === lower) return [user.accountId];
  }
  return [text];
}

function groupMembers(name: string, args: string[], ctx: BindContext): string[] {
  if (args.length !== 1) {
    throw new JqlError(`Function '${name}' expected '1' arguments but received '${args.length}'.`);
  }
  const group = (args[0] as string).toLowerCase();
  const members = [...ctx.jira.users.values()].filter((u) =>
    u.groups.some((g) => g.toLowerCase() === group),
  );
  if (members.length === 0) {
    throw new JqlError(
      `Function '${name}' can not generate a list of usernames for group '${args[0]}'; the group does not exist.`,
    );
  }
  return members.map((u) => u.accountId);
}

const lowerOrNull = (s: string | null | undefined) => (s == null ? null : s.toLowerCase());

function userName(jira: JiraState, id: string | null): string | null {
  return id === null ? null : (jira.users.get(id)?.displayName ?? id).toLowerCase();
}

function userField(
  name: string,
  ctx: BindContext,
  get: (issue: IssueRecord) => string | null,
): BoundField {
  return {
    name,
    kind: 'user',
    operators: ops(EQUALITY),
    values: (issue) => {
      const v = get(issue);
      return v === null ? [] : [v];
    },
    resolve: (operand) => accountIds(operand, name, ctx),
    sortKey: (issue) => userName(ctx.jira, get(issue)),
  };
}

function dateField(
  name: string,
  ctx: BindContext,
  get: (issue: IssueRecord) => number | null,
): BoundField {
  return {
    name,
    kind: 'date',
    operators: ops(EQUALITY, ORDERING),
    values: (issue) => {
      const v = get(issue);
      return v === null ? [] : [v];
    },
    resolve: (operand) => [instant(operand, name, ctx.now)],
    sortKey: get,
  };
}

function textField(
  name: string,
  get: (issue: IssueRecord) => string[],
  sortable = false,
): BoundField {
  return {
    name,
    kind: 'text',
    operators: ops(TEXT),
    values: get,
    resolve: (operand) => [literalText(operand, name)],
    ...(sortable ? { sortKey: (issue: IssueRecord) => lowerOrNull(get(issue)[0]) } : {}),
  };
}

function keyPosition(key: string): string {
  const m = /^([A-Z][A-Z0-9_]*)-(\d+)$/i.exec(key);
  return m ? `${(m[1] as string).toUpperCase()}-${(m[2] as string).padStart(12, '0')}` : key;
}

function systemField(lower: string, name: string, ctx: BindContext): BoundField | undefined {
  const { jira } = ctx;
  switch (lower) {
    case 'project':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => [issue.projectId],
        resolve: (operand) => {
          const text = literalText(operand, name);
          const project =
            jira.project(text) ??
            [...jira.projects.values()].find((p) => p.name.toLowerCase() === text.toLowerCase());
          if (!project) throw noValue(text, name);
          return [project.id];
        },
        sortKey: (issue) => jira.projects.get(issue.projectId)?.key ?? null,
      };
    case 'key':
    case 'issuekey':
    case 'issue':
    case 'id':
      return {
        name,
        kind: 'key',
        operators: ops(EQUALITY, ORDERING),
        values: (issue) => [issue.id],
        resolve: (operand) => {
          const text = literalText(operand, name);
          const issue = jira.issue(text);
          if (issue) return [issue.id];
          if (!/^\d+$/.test(text) && !/^[A-Z][A-Z0-9_]*-\d+$/i.test(text)) {
            throw new JqlError(`The issue key '${text}' for field '${name}' is invalid.`);
          }
          throw new JqlError(`An issue with key '${text}' does not exist for field '${name}'.`);
        },
        order: (id) => keyPosition(jira.issues.get(String(id))?.key ?? String(id)),
        sortKey: (issue) => keyPosition(issue.key),
      };
    case 'status':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => [issue.statusId],
        resolve: (operand) => byIdOrName(operand, name, jira.statuses.values()),
        sortKey: (issue) => jira.statuses.get(issue.statusId)?.name.toLowerCase() ?? null,
      };
    case 'statuscategory': {
      const rank = (key: Scalar) => STATUS_CATEGORIES.findIndex((c) => c.key === key);
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => [jira.statuses.get(issue.statusId)?.category ?? 'new'],
        resolve: (operand) => {
          const text = literalText(operand, name).toLowerCase();
          const category = STATUS_CATEGORIES.find(
            (c) => c.name.toLowerCase() === text || c.key === text || String(c.id) === text,
          );
          if (!category) throw noValue(literalText(operand, name), name);
          return [category.key];
        },
        sortKey: (issue) => rank(jira.statuses.get(issue.statusId)?.category ?? 'new'),
      };
    }
    case 'priority': {
      // Higher priorities rank higher: `priority > Medium` is High and Highest.
      const rank = (id: Scalar) =>
        jira.priorities.length - jira.priorities.findIndex((p) => p.id === id);
      return {
        name,
        kind: 'ranked',
        operators: ops(EQUALITY, ORDERING),
        values: (issue) => (issue.priorityId === null ? [] : [issue.priorityId]),
        resolve: (operand) => byIdOrName(operand, name, jira.priorities),
        order: rank,
        sortKey: (issue) => (issue.priorityId === null ? null : rank(issue.priorityId)),
      };
    }
    case 'issuetype':
    case 'type':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => [issue.issueTypeId],
        resolve: (operand) => byIdOrName(operand, name, jira.issueTypes.values()),
        sortKey: (issue) => jira.issueTypes.get(issue.issueTypeId)?.name.toLowerCase() ?? null,
      };
    case 'resolution':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => (issue.resolutionId === null ? [] : [issue.resolutionId]),
        resolve: (operand) =>
          operand.kind === 'value' && operand.value.toLowerCase() === 'unresolved'
            ? []
            : byIdOrName(operand, name, jira.resolutions),
        sortKey: (issue) =>
          issue.resolutionId === null
            ? null
            : (jira.resolution(issue.resolutionId)?.name.toLowerCase() ?? null),
      };
    case 'assignee':
      return userField(name, ctx, (issue) => issue.assigneeId);
    case 'reporter':
      return userField(name, ctx, (issue) => issue.reporterId);
    case 'creator':
      return userField(name, ctx, (issue) => issue.creatorId);
    case 'labels':
    case 'label':
      return {
        name,
        kind: 'labels',
        operators: ops(EQUALITY),
        values: (issue) => issue.labels,
        resolve: (operand) => [literalText(operand, name)],
        sortKey: (issue) => (issue.labels.length === 0 ? null : [...issue.labels].sort().join(' ')),
      };
    case 'fixversion':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: (issue) => issue.fixVersionIds,
        resolve: (operand) => byIdOrName(operand, name, jira.versions.values()),
        sortKey: (issue) => {
          const first = issue.fixVersionIds[0];
          return first === undefined
            ? null
            : (jira.versions.get(first)?.name.toLowerCase() ?? null);
        },
      };
    case 'summary':
      return textField(name, (issue) => [issue.summary], true);
    case 'description':
      return textField(name, (issue) =>
        issue.description === null ? [] : [adfToText(issue.description)],
      );
    case 'comment':
      return textField(name, (issue) => issue.comments.map((c) => adfToText(c.body)));
    case 'text':
      return textField(name, (issue) => [
        issue.summary,
        ...(issue.description === null ? [] : [adfToText(issue.description)]),
        ...issue.comments.map((c) => adfToText(c.body)),
        ...[...jira.customFields.values()]
          .filter((f) => f.type === 'string')
          .map((f) => issue.customFields.get(f.id))
          .filter((v): v is string => typeof v === 'string'),
      ]);
    case 'created':
    case 'createddate':
      return dateField(name, ctx, (issue) => issue.created);
    case 'updated':
    case 'updateddate':
      return dateField(name, ctx, (issue) => issue.updated);
    case 'resolutiondate':
    case 'resolved':
      return dateField(name, ctx, (issue) => issue.resolutionDate);
    case 'statuscategorychangeddate':
      return dateField(name, ctx, (issue) => issue.statusCategoryChanged);
    default:
      return undefined;
  }
}

function customField(name: string, field: CustomFieldRecord, ctx: BindContext): BoundField {
  const { jira } = ctx;
  const raw = (issue: IssueRecord) => {
    const v = issue.customFields.get(field.id);
    return v === undefined || v === null ? [] : [v as Scalar];
  };
  switch (field.type) {
    case 'option':
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: raw,
        resolve: (operand) => {
          const text = literalText(operand, name);
          const options = jira
            .fieldOptions(field)
            .filter((o) => o.id === text || o.value.toLowerCase() === text.toLowerCase());
          if (options.length === 0) {
            throw new JqlError(`The option '${text}' for field '${name}' does not exist.`);
          }
          return options.map((o) => o.id);
        },
        sortKey: (issue) => {
          const id = issue.customFields.get(field.id);
          return (
            jira
              .fieldOptions(field)
              .find((o) => o.id === id)
              ?.value.toLowerCase() ?? null
          );
        },
      };
    case 'string':
      return textField(name, (issue) => raw(issue).map(String), true);
    case 'number':
      return {
        name,
        kind: 'number',
        operators: ops(EQUALITY, ORDERING),
        values: raw,
        resolve: (operand) => [numberLiteral(operand, name)],
        sortKey: (issue) => (raw(issue)[0] as number | undefined) ?? null,
      };
    case 'datetime':
      return dateField(name, ctx, (issue) => (raw(issue)[0] as number | undefined) ?? null);
    case 'team':
      // Jira searches the Team field by team id (`Team[Team] = <id>`).
      return {
        name,
        kind: 'entity',
        operators: ops(EQUALITY),
        values: raw,
        resolve: (operand) => {
          const text = literalText(operand, name);
          if (!jira.teams.has(text)) {
            throw new JqlError(`The value '${text}' does not exist for the field '${name}'.`);
          }
          return [text];
        },
        sortKey: (issue) => {
          const id = issue.customFields.get(field.id) as string | undefined;
          return id === undefined ? null : (jira.teams.get(id)?.name.toLowerCase() ?? id);
        },
      };
    case 'object':
      return {
        name,
        kind: 'object',
        operators: ops(['IS', 'IS NOT']),
        values: (issue) => (issue.customFields.has(field.id) ? ['*'] : []),
        resolve: () => [],
      };
  }
}

function numberLiteral(operand: Operand, name: string): number {
  const text = literalText(operand, name);
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) {
    throw new JqlError(`The value '${text}' for field '${name}' is not a valid number.`);
  }
  return n;
}

/**
 * An entity property path: typed by its declaration; a path no `jira:entityProperty` module
 * declares is not indexed, so it has no values (as in Jira, it matches only `IS EMPTY`). Only
 * `number` and `date` values are indexed "for range ordering"; `string` is "indexed as is and
 * allows searching for the exact phrase only", so ORDER BY refuses the others
 * (developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/).
 */
function propertyField(
  name: string,
  definition: IndexedPropertyDefinition | undefined,
  ctx: BindContext,
): BoundField {
  if (!definition) {
    return {
      name,
      kind: 'string',
      operators: ops(EQUALITY, ORDERING, TEXT),
      values: () => [],
      resolve: (operand) => [literalText(operand, name)],
      sortKey: () => null,
    };
  }
  const values = (issue: IssueRecord) =>
    indexedValues(definition, issue.properties.get(definition.propertyKey));
  const first = (issue: IssueRecord) => {
    const v = values(issue);
    return v.length === 0 ? null : (v.reduce((a, b) => (b < a ? b : a)) as Scalar);
  };
  switch (definition.type) {
    case 'date':
      return {
        name,
        kind: 'date',
        operators: ops(EQUALITY, ORDERING),
        values,
        resolve: (operand) => [instant(operand, name, ctx.now)],
        sortKey: first,
        property: definition,
      };
    case 'number':
      return {
        name,
        kind: 'number',
        operators: ops(EQUALITY, ORDERING),
        values,
        resolve: (operand) => [numberLiteral(operand, name)],
        sortKey: first,
        property: definition,
      };
    case 'user':
      return {
        name,
        kind: 'user',
        operators: ops(EQUALITY),
        values,
        resolve: (operand) => accountIds(operand, name, ctx),
        property: definition,
      };
    case 'text':
      return { ...textField(name, (issue) => values(issue).map(String)), property: definition };
    case 'string':
      return {
        name,
        kind: 'string',
        operators: ops(EQUALITY, ORDERING),
        values,
        resolve: (operand) => [literalText(operand, name)],
        property: definition,
      };
  }
}

/** The values of an operand (a list's items), and whether it includes EMPTY. */
export function operandValues(
  operand: Operand,
  field: BoundField,
): { values: Scalar[]; empty: boolean } {
  const items = operand.kind === 'list' ? operand.items : [operand];
  const values: Scalar[] = [];
  let empty = false;
  for (const item of items) {
    if (item.kind === 'empty') empty = true;
    else {
      const resolved = field.resolve(item);
      // `resolution = Unresolved` resolves to no value: it means EMPTY.
      if (resolved.length === 0 && field.kind === 'entity') empty = true;
      values.push(...resolved);
    }
  }
  return { values, empty };
}
