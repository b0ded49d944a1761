import type { EventKind } from '../contract';
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
  const created = Date.parse(issue.created);
  const entries = issue.history
    .map((entry, index) => ({ entry, index, at: Math.max(created, Date.parse(entry.at)) }))
    .filter(({ at }) => at <= now)
    .sort((a, b) => a.at - b.at || a.index - b.index);

  const firstOf = (type: 'status' | 'priority') =>
    issue.history.find((entry) => entry.type === type) as { from?: string } | undefined;
  let status = firstOf('status')?.from ?? issue.status;
  let priority = firstOf('priority')?.from ?? issue.priority;

  const moments: Moment[] = [];
  let events: IssueEvent[] = [{ kind: 'created' }];
  let at = created;
  const flush = () => moments.push({ at, events, status, priority });

  for (const { entry, index, at: entryAt } of entries) {
    if (entryAt !== at) {
      flush();
      events = [];
      at = entryAt;
    }
    events.push(...eventsOf(entry, index, status));
    if (entry.type === 'status') status = entry.to;
    if (entry.type === 'priority') priority = entry.to;
  }
  flush();
  return moments;
}

function eventsOf(entry: HistoryEntry, historyIndex: number, statusBefore: string): IssueEvent[] {
  switch (entry.type) {
    case 'status':
      return [
        { kind: 'statusLeft', status: entry.from ?? statusBefore, historyIndex },
        { kind: 'statusEntered', status: entry.to, historyIndex },
      ];
    case 'resolution':
      return [{ kind: entry.to === null ? 'resolutionCleared' : 'resolutionSet', historyIndex }];
    case 'comment':
      if (entry.author === 'customer') return [{ kind: 'commentByCustomer', historyIndex }];
      return entry.public === false ? [] : [{ kind: 'commentByAgent', historyIndex }];
    case 'priority':
      return [{ kind: 'priorityChanged', historyIndex }];
    case 'assignee':
      return [{ kind: 'assigneeChanged', historyIndex }];
    case 'field':
      return [{ kind: 'fieldChanged', field: entry.field, historyIndex }];
  }
}
