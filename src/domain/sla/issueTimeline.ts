import { EVENT_KINDS, type EventKind } from '../contract/types';
import { parseInstant } from '../instant';
import type { HistoryEntry, IssueSnapshot } from './types';

/** Something that happened on the issue, in the vocabulary of action-model rules. */
export interface IssueEvent {
  readonly kind: EventKind;
  readonly status: string | undefined;
  readonly field: string | undefined;
  /** The history entry it came from; `undefined` for `created`. */
  readonly historyIndex: number | undefined;
}

/**
 * One bit per event kind, so a set of kinds is a number: whether a moment raises any kind a
 * goal's rules name is a single `&`, which lets each goal's clock skip most moments cheaply.
 */
export const KIND_BIT = Object.fromEntries(EVENT_KINDS.map((kind, i) => [kind, 1 << i])) as {
  readonly [kind in EventKind]: number;
};

/** Everything that happened at one instant, with the issue's status and priority after it. */
export interface Moment {
  readonly at: number;
  readonly events: readonly IssueEvent[];
  /** The kinds of `events` as bits (`KIND_BIT`). */
  readonly kinds: number;
  readonly status: string;
  readonly priority: string;
}

/**
 * Turns an issue's history into moments: entries grouped by instant, in time order, each with
 * the events it raises and the status and priority after **all** entries at that instant.
 * The first moment is the creation. Entries after `now` are ignored; entries stamped before
 * `created` (clock skew between Jira nodes) count as happening at `created`.
 */
export function issueTimeline(
  issue: IssueSnapshot,
  now: number,
  created = parseInstant(issue.created),
): Moment[] {
  const { history } = issue;
  let status: string | undefined;
  let priority: string | undefined;
  let sorted = true;
  const at: number[] = [];
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!;
    at.push(Math.max(created, parseInstant(entry.at)));
    if (i > 0 && at[i]! < at[i - 1]!) sorted = false;
    if (entry.type === 'status' && status === undefined) status = entry.from ?? issue.status;
    if (entry.type === 'priority' && priority === undefined)
      priority = entry.from ?? issue.priority;
  }
  status ??= issue.status;
  priority ??= issue.priority;
  // Jira gives the history in order; sort (stably) only when it is not.
  const order = sorted
    ? undefined
    : history.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);

  const moments: Moment[] = [];
  let events: IssueEvent[] = [issueEvent('created', undefined)];
  let kinds = KIND_BIT.created;
  let instant = created;
  for (let k = 0; k < history.length; k++) {
    const i = order ? order[k]! : k;
    if (at[i]! > now) break;
    if (at[i] !== instant) {
      moments.push({ at: instant, events, kinds, status, priority });
      events = [];
      kinds = 0;
      instant = at[i]!;
    }
    const entry = history[i]!;
    kinds |= addEvents(events, entry, i, status);
    if (entry.type === 'status') status = entry.to;
    if (entry.type === 'priority') priority = entry.to;
  }
  moments.push({ at: instant, events, kinds, status, priority });
  return moments;
}

/** Every event has the same fields, so code that reads events sees one object shape. */
function issueEvent(
  kind: EventKind,
  historyIndex: number | undefined,
  status?: string,
  field?: string,
): IssueEvent {
  return { kind, status, field, historyIndex };
}

/** Adds the events a history entry raises; returns their kinds as bits. */
function addEvents(
  events: IssueEvent[],
  entry: HistoryEntry,
  historyIndex: number,
  statusBefore: string,
): number {
  switch (entry.type) {
    case 'status':
      events.push(
        issueEvent('statusLeft', historyIndex, entry.from ?? statusBefore),
        issueEvent('statusEntered', historyIndex, entry.to),
      );
      return KIND_BIT.statusLeft | KIND_BIT.statusEntered;
    case 'resolution': {
      const kind = entry.to === null ? 'resolutionCleared' : 'resolutionSet';
      events.push(issueEvent(kind, historyIndex));
      return KIND_BIT[kind];
    }
    case 'comment':
      if (entry.author === 'customer') {
        events.push(issueEvent('commentByCustomer', historyIndex));
        return KIND_BIT.commentByCustomer;
      }
      if (entry.public !== false) {
        events.push(issueEvent('commentByAgent', historyIndex));
        return KIND_BIT.commentByAgent;
      }
      return 0;
    case 'priority':
      events.push(issueEvent('priorityChanged', historyIndex));
      return KIND_BIT.priorityChanged;
    case 'assignee':
      events.push(issueEvent('assigneeChanged', historyIndex));
      return KIND_BIT.assigneeChanged;
    case 'field':
      events.push(issueEvent('fieldChanged', historyIndex, undefined, entry.field));
      return KIND_BIT.fieldChanged;
  }
}
