/**
 * Issue entity properties: any JSON value under a key, at most 32,768 bytes of JSON, kept in
 * step with the JQL property index on every write.
 */
import { JiraHttpError } from './errors';
import type { IssueRecord, JiraState } from './state';

/**
 * Jira's limit on a property value's JSON. The OpenAPI description of `setIssueProperty` says
 * both "32768 characters" and "32768 bytes"; bytes (UTF-8) is the stricter reading, so a value
 * the simulator accepts fits either.
 */
export const MAX_PROPERTY_VALUE_BYTES = 32_768;
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
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > MAX_PROPERTY_VALUE_BYTES) {
    throw new JiraHttpError(400, [
      `The property value is too long: ${bytes} bytes, the maximum is ${MAX_PROPERTY_VALUE_BYTES}.`,
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
