/**
 * The fields issues have: Jira's system fields the simulator models and the seeded custom
 * fields, as `GET /field` lists them (`FieldDetails`).
 */
import type { CustomFieldRecord, JiraState } from './state';

export interface SystemField {
  id: string;
  name: string;
  schema?: { type: string; system: string; items?: string };
  clauseNames: string[];
  navigable: boolean;
  orderable: boolean;
}

/** The system fields an issue renders, in Jira's order. */
export const SYSTEM_FIELDS: readonly SystemField[] = [
  {
    id: 'issuekey',
    name: 'Key',
    clauseNames: ['id', 'issue', 'issuekey', 'key'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'summary',
    name: 'Summary',
    schema: { type: 'string', system: 'summary' },
    clauseNames: ['summary'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'description',
    name: 'Description',
    schema: { type: 'string', system: 'description' },
    clauseNames: ['description'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'issuetype',
    name: 'Issue Type',
    schema: { type: 'issuetype', system: 'issuetype' },
    clauseNames: ['issuetype', 'type'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'project',
    name: 'Project',
    schema: { type: 'project', system: 'project' },
    clauseNames: ['project'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'status',
    name: 'Status',
    schema: { type: 'status', system: 'status' },
    clauseNames: ['status'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'statusCategory',
    name: 'Status Category',
    schema: { type: 'statusCategory', system: 'statusCategory' },
    clauseNames: ['statusCategory'],
    navigable: false,
    orderable: false,
  },
  {
    id: 'priority',
    name: 'Priority',
    schema: { type: 'priority', system: 'priority' },
    clauseNames: ['priority'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'assignee',
    name: 'Assignee',
    schema: { type: 'user', system: 'assignee' },
    clauseNames: ['assignee'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'reporter',
    name: 'Reporter',
    schema: { type: 'user', system: 'reporter' },
    clauseNames: ['reporter'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'creator',
    name: 'Creator',
    schema: { type: 'user', system: 'creator' },
    clauseNames: ['creator'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'created',
    name: 'Created',
    schema: { type: 'datetime', system: 'created' },
    clauseNames: ['created', 'createdDate'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'updated',
    name: 'Updated',
    schema: { type: 'datetime', system: 'updated' },
    clauseNames: ['updated', 'updatedDate'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'statuscategorychangedate',
    name: 'Status Category Changed',
    schema: { type: 'datetime', system: 'statuscategorychangedate' },
    clauseNames: ['statusCategoryChangedDate'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'resolution',
    name: 'Resolution',
    schema: { type: 'resolution', system: 'resolution' },
    clauseNames: ['resolution'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'resolutiondate',
    name: 'Resolved',
    schema: { type: 'datetime', system: 'resolutiondate' },
    clauseNames: ['resolutiondate', 'resolved'],
    navigable: true,
    orderable: false,
  },
  {
    id: 'duedate',
    name: 'Due date',
    schema: { type: 'date', system: 'duedate' },
    clauseNames: ['due', 'duedate'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'labels',
    name: 'Labels',
    schema: { type: 'array', items: 'string', system: 'labels' },
    clauseNames: ['labels'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'fixVersions',
    name: 'Fix versions',
    schema: { type: 'array', items: 'version', system: 'fixVersions' },
    clauseNames: ['fixVersion'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'issuelinks',
    name: 'Linked Issues',
    schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' },
    clauseNames: ['issueLink'],
    navigable: true,
    orderable: true,
  },
  {
    id: 'comment',
    name: 'Comment',
    schema: { type: 'comments-page', system: 'comment' },
    clauseNames: ['comment'],
    navigable: false,
    orderable: true,
  },
];

/** Field ids an issue renders (`statusCategory` and `issuekey` are searchable, not fields). */
export const RENDERED_SYSTEM_FIELD_IDS: readonly string[] = SYSTEM_FIELDS.map((f) => f.id).filter(
  (id) => id !== 'issuekey' && id !== 'statusCategory',
);

const CUSTOM_TYPE_SCHEMA: Record<CustomFieldRecord['type'], { type: string; custom: string }> = {
  option: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
  string: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' },
  number: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
  datetime: {
    type: 'datetime',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime',
  },
  object: { type: 'object', custom: 'ari:cloud:ecosystem::extension/forge-object-field' },
  // Jira's Team field (Atlassian Teams), often customfield_10001:
  // https://developer.atlassian.com/platform/teams/components/team-field-in-jira-rest-api/
  team: {
    type: 'team',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
  },
};

/** A custom field's `schema` (`JsonTypeBean`). */
export function customFieldSchema(field: CustomFieldRecord): Record<string, unknown> {
  return { ...CUSTOM_TYPE_SCHEMA[field.type], customId: field.numericId };
}

/** `FieldDetails` of every field, system fields first. */
export function fieldDetailsList(jira: JiraState): Record<string, unknown>[] {
  const system = SYSTEM_FIELDS.map((f) => ({
    id: f.id,
    key: f.id,
    name: f.name,
    custom: false,
    orderable: f.orderable,
    navigable: f.navigable,
    searchable: true,
    clauseNames: f.clauseNames,
    ...(f.schema ? { schema: f.schema } : {}),
  }));
  const custom = [...jira.customFields.values()].map((f) => ({
    id: f.id,
    key: f.key ?? f.id,
    name: f.name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${f.numericId}]`, f.name],
    schema: customFieldSchema(f),
  }));
  return [...system, ...custom];
}
