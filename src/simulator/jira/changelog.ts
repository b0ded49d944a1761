/**
 * Recording a change to an issue: one changelog entry, `updated` bumped, and
 * `avi:jira:updated:issue` raised.
 */
import { issueUpdatedEvent } from './events';
import type { Actor, HistoryRecord, IssueRecord, JiraState } from './state';
import type { ChangelogItem } from './types';

/**
 * Records what changed on an issue as one changelog entry and raises the update event; does
 * nothing when nothing changed.
 */
export function recordUpdate(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  items: ChangelogItem[],
): HistoryRecord | null {
  if (items.length === 0) return null;
  const history = jira.recordHistory(issue, actor, items);
  issue.updated = history.created;
  jira.emit(issueUpdatedEvent(jira, issue, actor, history));
  return history;
}
