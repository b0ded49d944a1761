import { isObjectOf } from '../fieldReaders';
import { field, index, isRecord, type ValidationError } from '../validation';
import type { Checked } from './customerRelationship';

/**
 * The relationship register's settings (KVS, versioned): the issue types whose issues are
 * complaints, by name, as Jira names them (a complaint joins the quality loop's feedback), and
 * where the actions agreed at customer meetings are created (no project: none are created).
 */
export interface RelationshipSettings {
  readonly complaintIssueTypes: readonly string[];
  readonly meetingActions: { readonly projectKey: string | null; readonly issueType: string };
}

export const DEFAULT_RELATIONSHIP_SETTINGS: RelationshipSettings = {
  complaintIssueTypes: ['Complaint'],
  meetingActions: { projectKey: null, issueType: 'Task' },
};

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,99}$/;

const MAX_TYPES = 20;

export function checkRelationshipSettings(value: unknown): Checked<RelationshipSettings> {
  const errors: ValidationError[] = [];
  const known = ['complaintIssueTypes', 'meetingActions'];
  if (!isObjectOf(errors, value, '$', known, 'the settings')) return { ok: false, errors };
  const types = value.complaintIssueTypes;
  const names: string[] = [];
  if (!Array.isArray(types) || types.length > MAX_TYPES) {
    errors.push({
      path: '$.complaintIssueTypes',
      message: `must be a list of at most ${MAX_TYPES} issue type names (empty: no complaints)`,
    });
  } else {
    types.forEach((t, i) => {
      const name = typeof t === 'string' ? t.trim() : '';
      if (name === '' || name.length > 255) {
        errors.push({
          path: index('$.complaintIssueTypes', i),
          message: 'must be an issue type name',
        });
      } else if (names.some((n) => n.toLowerCase() === name.toLowerCase())) {
        errors.push({ path: index('$.complaintIssueTypes', i), message: 'is listed twice' });
      } else names.push(name);
    });
  }
  const meetingActions = checkMeetingActions(value.meetingActions, errors);
  return errors.length > 0 || !meetingActions
    ? { ok: false, errors }
    : { ok: true, value: { complaintIssueTypes: names, meetingActions } };
}

function checkMeetingActions(
  value: unknown,
  errors: ValidationError[],
): RelationshipSettings['meetingActions'] | null {
  const path = '$.meetingActions';
  if (!isRecord(value)) {
    errors.push({ path, message: 'must be an object: { projectKey, issueType }' });
    return null;
  }
  const before = errors.length;
  for (const name of Object.keys(value).filter((k) => k !== 'projectKey' && k !== 'issueType')) {
    errors.push({ path: field(path, name), message: 'is not a field of the meeting actions' });
  }
  const projectKey = value.projectKey ?? null;
  if (projectKey !== null && (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey))) {
    errors.push({ path: `${path}.projectKey`, message: 'must be a project key, or null' });
  }
  const issueType = typeof value.issueType === 'string' ? value.issueType.trim() : '';
  if (issueType === '' || issueType.length > 255) {
    errors.push({ path: `${path}.issueType`, message: 'must be an issue type name' });
  }
  return errors.length > before ? null : { projectKey: projectKey as string | null, issueType };
}

/** Whether an issue of type `issueTypeName` is a complaint (names compared as Jira shows them, case aside). */
export const isComplaintType = (
  settings: Pick<RelationshipSettings, 'complaintIssueTypes'>,
  issueTypeName: string,
): boolean =>
  settings.complaintIssueTypes.some((t) => t.toLowerCase() === issueTypeName.toLowerCase());
