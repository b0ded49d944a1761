import { chunks } from '../chunks';
import { BULK_LIMITS, type JiraClient } from './jiraClient';
import type { JiraIssue } from './types';

/**
 * Writing the app's state to issues, for one issue or for a batch: an issue property and the
 * app's own field. One issue takes the single writes (`PUT /issue/{key}/properties/{key}`,
 * `PUT /app/field/{key}/value`); a batch takes the bulk ones (`POST /issue/properties/multi`
 * for up to 100 issues, `POST /app/field/value` for all of them). Each returns the failures by
 * issue id: a bulk request that fails fails every issue it carried, and only those.
 */

/** Writes one property on each issue; the failures, by issue id. */
export async function writeProperty(
  jira: JiraClient,
  propertyKey: string,
  values: readonly { readonly issue: JiraIssue; readonly value: unknown }[],
): Promise<Map<string, unknown>> {
  if (values.length === 0) return new Map();
  if (values.length === 1) {
    const { issue, value } = values[0]!;
    return failures([issue.id], () => jira.setIssueProperty(issue.key, propertyKey, value));
  }
  const results = await Promise.all(
    chunks(values, BULK_LIMITS.propertyIssues).map((batch) =>
      failures(
        batch.map(({ issue }) => issue.id),
        () =>
          jira.setPropertiesOfIssues(
            batch.map(({ issue, value }) => ({
              issueId: issue.id,
              properties: { [propertyKey]: value },
            })),
          ),
      ),
    ),
  );
  return new Map(results.flatMap((result) => [...result]));
}

/**
 * Sets the app's field `fieldKey` on each issue, issues with equal values in one update; the
 * failures, by issue id.
 */
export async function writeFieldValue(
  jira: JiraClient,
  fieldKey: string,
  values: readonly { readonly issueId: string; readonly value: unknown }[],
): Promise<Map<string, unknown>> {
  if (values.length === 0) return new Map();
  const ids = values.map((v) => v.issueId);
  if (values.length === 1) {
    const { issueId, value } = values[0]!;
    return failures(ids, () => jira.setAppFieldValue(fieldKey, [issueId], value));
  }
  const byValue = new Map<string, { issueIds: string[]; value: unknown }>();
  for (const { issueId, value } of values) {
    const text = JSON.stringify(value);
    const update = byValue.get(text) ?? { issueIds: [], value };
    update.issueIds.push(issueId);
    byValue.set(text, update);
  }
  return failures(ids, () =>
    jira.setAppFieldValues([...byValue.values()].map((u) => ({ fieldKey, ...u }))),
  );
}

/** Runs a write that concerns `issueIds`: each of them failed if it throws. */
async function failures(
  issueIds: readonly string[],
  write: () => Promise<void>,
): Promise<Map<string, unknown>> {
  try {
    await write();
    return new Map();
  } catch (error) {
    return new Map(issueIds.map((id) => [id, error]));
  }
}
