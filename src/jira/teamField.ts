import type { FieldMapping } from '../storage/appSettings';
import type { JiraField, JiraIssue } from './types';

/**
 * Jira's Team field (Atlassian Teams). Sites list it in `GET /rest/api/3/field` with the schema
 * `custom` type `com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team`; sites that
 * had Advanced Roadmaps' field still show `com.atlassian.teams:rm-teams-custom-field-team`.
 * An issue shows the value as `{ id, name, title, avatarUrl, isVisible, isShared }` (some
 * sites only the team's id), and it is set by the team's id as a string:
 * https://developer.atlassian.com/platform/teams/components/team-field-in-jira-rest-api/
 */
export const TEAM_FIELD_TYPES: readonly string[] = [
  'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
  'com.atlassian.teams:rm-teams-custom-field-team',
];

/** Whether a field of the site is a Team field. */
export const isTeamField = (field: JiraField): boolean =>
  field.custom && TEAM_FIELD_TYPES.includes(field.schema?.custom ?? '');

/** The team an issue's Team field names: its name, or its id where Jira gives only that. */
export function teamOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (!value || typeof value !== 'object') return null;
  const { id, name } = value as { id?: unknown; name?: unknown };
  if (typeof name === 'string' && name !== '') return name;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** The team of an issue read with `snapshotFields`, when the settings name a Team field. */
export const issueTeam = (issue: JiraIssue, mapping: FieldMapping): string | null =>
  mapping.team ? teamOf(issue.fields[mapping.team]) : null;
