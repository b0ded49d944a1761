import type { EventKind } from '../contract/types';
import { parseInstant } from '../instant';
import type { HistoryEntry, IssueSnapshot } from './types';

/** Something that happened on the issue, in the vocabulary of action-model rules. */
export interface IssueEvent {
  readonly kind: EventKind;
  readonly status?: string;
  readonly field?: string;
  /** The history entry it came from; `undefined` for `created`. */
  readonly historyIndex?: number;
}

/** Everything that happened at one instant, with the issue's status and priority after it. */
export interface Moment {
  readonly at: number;
  readonly events: readonly IssueEvent[];
  readonly status: string;
  readonly priority: string;
}

/**
 * Turns an issue's history into moments: entries grouped by instant, in time order, each with
 * the events it raises and the status and priority after **all** entries at that instant.
 * The first moment is the creation. Entries after `now` are ignored; entries stamped before
 * `created` (clock skew between Jira nodes) count as happening at `created`.
 */
export function issueTimeline(issue: IssueSnapshot, now: number): Moment[] {
  const created = parseInstant(issue.created);
  const { history } = issue;
  let status: string | undefined;
  let priority: string | undefined;
  let sorted = true;
  const at = new Float64Array(history.length);
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!;
    at[i] = Math.max(created, parseInstant(entry.at));
    if (i > 0 && at[i]! < at[i - 1]!) sorted = false;
    if (entry.type === 'status' && status === undefined) status = entry.from ?? issue.status;
    if (entry.type === 'priority' && priority === undefined)
      priority = entry.from ?? issue.priority;
  }
  status ??= issue.status;
  priority ??= issue.priority;
  // Jira gives the history in order; sort (stably) only when it is not.
  const order = history.map((_, i) => i);
  if (!sorted) order.sort((a, b) => at[a]! - at[b]! || a - b);

  const moments: Moment[] = [];
  let events: IssueEvent[] = [{ kind: 'created' }];
  let instant = created;
  for (const i of order) {
    if (at[i]! > now) break;
    if (at[i] !== instant) {
      moments.push({ at: instant, events, status, priority });
      events = [];
      instant = at[i]!;
    }
    const entry = history[i]!;
    addEvents(events, entry, i, status);
    if (entry.type === 'status') status = entry.to;
    if (entry.type === 'priority') priority = entry.to;
  }
  moments.push({ at: instant, events, status, priority });
  return moments;
}

function addEvents(
  events: IssueEvent[],
  entry: HistoryEntry,
  historyIndex: number,
  statusBefore: string,
): void {
  switch (entry.type) {
    case 'status':
      events.push(
        { kind: 'statusLeft', status: entry.from ?? statusBefore, historyIndex },
        { kind: 'statusEntered', status: entry.to, historyIndex },
      );
      return;
    case 'resolution':
      events.push({
        kind: entry.to === null ? 'resolutionCleared' : 'resolutionSet',
        historyIndex,
      });
      return;
    case 'comment':
      if (entry.author === 'customer') events.push({ kind: 'commentByCustomer', historyIndex });
      else if (entry.public !== false) events.push({ kind: 'commentByAgent', historyIndex });
      return;
    case 'priority':
      events.push({ kind: 'priorityChanged', historyIndex });
      return;
    case 'assignee':
      events.push({ kind: 'assigneeChanged', historyIndex });
      return;
    case 'field':
      events.push({ kind: 'fieldChanged', field: entry.field, historyIndex });
      return;
  }
}
