/**
 * Issue entity properties: any JSON value under a key, at most 32,768 characters of JSON as
 * Jira allows, kept in step with the JQL property index on every write.
 */
import { JiraHttpError } from './errors';
import type { IssueRecord, JiraState } from './state';

/** Jira's limit on a property value: its JSON text, in characters. */
export const MAX_PROPERTY_VALUE_LENGTH = 32_768;
/** Jira's limit on a property key. */
export const MAX_PROPERTY_KEY_LENGTH = 255;

/** Checks a key and a value as Jira does, or throws its 400. */
export function validateProperty(key: string, value: unknown): void {
  if (key === '' || key.length > MAX_PROPERTY_KEY_LENGTH) {
    throw new JiraHttpError(400, [
      `The property key must be between 1 and ${MAX_PROPERTY_KEY_LENGTH} characters long.`,
    ]);
  }
  if (value === undefined) {
    throw new JiraHttpError(400, ['The property value must be valid, non-empty JSON.']);
  }
  const length = JSON.stringify(value).length;
  if (length > MAX_PROPERTY_VALUE_LENGTH) {
    throw new JiraHttpError(400, [
      `The property value is too long: ${length} characters, the maximum is ${MAX_PROPERTY_VALUE_LENGTH}.`,
    ]);
  }
}

/** Sets a property (validated) and re-indexes it; true when it is new. */
export function setIssueProperty(
  jira: JiraState,
  issue: IssueRecord,
  key: string,
  value: unknown,
): boolean {
  validateProperty(key, value);
  const created = !issue.properties.has(key);
  const copy = structuredClone(value);
  issue.properties.set(key, copy);
  jira.propertyIndexes.update(Number(issue.id), key, copy);
  return created;
}

/** Deletes a property and takes it out of the index; false when there was none. */
export function deleteIssueProperty(jira: JiraState, issue: IssueRecord, key: string): boolean {
  if (!issue.properties.delete(key)) return false;
  jira.propertyIndexes.update(Number(issue.id), key, undefined);
  return true;
}
