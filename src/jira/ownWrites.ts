import type { Changelog, JiraComment } from './types';

/** The changes the app makes on purpose to an issue's service, as an escalation's action. */
const SERVICE_FIELDS = new Set(['status', 'priority', 'assignee', 'resolution']);

/**
 * The history without the app's own bookkeeping, so that what the app writes never
 * moves the clocks it reports on. Left out, when the app's account wrote them: its comments
 * (escalation notices, not an agent's reply to the customer) and its changes to any other
 * field (escalation labels; the SLA field in entries written before it was set without a
 * changelog). Kept: a priority it raised or an assignee it set as an escalation's action,
 * which change the service and which the contract measures like anyone else's.
 */
export function withoutOwnWrites(
  changelog: readonly Changelog[],
  comments: readonly JiraComment[],
  appAccountId: string,
): { changelog: Changelog[]; comments: JiraComment[] } {
  return {
    changelog: changelog
      .map((entry) =>
        entry.author?.accountId === appAccountId
          ? { ...entry, items: entry.items.filter((i) => SERVICE_FIELDS.has(i.fieldId ?? i.field)) }
          : entry,
      )
      .filter((entry) => entry.items.length > 0),
    comments: comments.filter((comment) => comment.author?.accountId !== appAccountId),
  };
}
