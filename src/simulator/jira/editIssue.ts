/**
 * Editing an issue (`PUT /issue/{issue}`): `fields` and `update` applied together, recorded as
 * one changelog entry; `update.comment` adds comments and `properties` sets issue properties.
 */
import { recordUpdate } from './changelog';
import { addComment } from './comments';
import { JiraHttpError } from './errors';
import { issuePropertyEvent } from './events';
import { applyFieldEdits } from './fieldEdits';
import { setIssueProperty, validateProperty } from './issueProperties';
import { objectBody } from './params';
import type { Actor, IssueRecord, JiraState } from './state';

/**
 * Edits an issue; nothing is recorded when nothing changes.
 *
 * @example editIssue(jira, issue, actor, { update: { labels: [{ add: 'vip' }] } })
 */
export function editIssue(jira: JiraState, issue: IssueRecord, actor: Actor, input: unknown): void {
  const body = objectBody(input);
  const properties = Array.isArray(body.properties) ? body.properties : [];
  for (const p of properties) {
    if (typeof p?.key !== 'string') throw new JiraHttpError(400, ['A property needs a key.']);
    validateProperty(p.key, p.value);
  }
  const { items, comments } = applyFieldEdits(
    jira,
    issue,
    { fields: body.fields, update: body.update },
    'edit',
  );
  for (const p of properties) setIssueProperty(jira, issue, p.key, p.value);
  recordUpdate(jira, issue, actor, items);
  for (const p of properties) {
    jira.emit(issuePropertyEvent(jira, issue, actor, { key: p.key, value: p.value }));
  }
  for (const comment of comments) addComment(jira, issue, actor, comment);
}
