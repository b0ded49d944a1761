import type { Feedback } from './feedback';
import type { RecurrenceRule } from './qualityRules';

const DAY_MS = 86_400_000;

/** What negative feedback is grouped by: the same customer, product, component or reason. */
export const RECURRENCE_DIMENSIONS = ['customer', 'product', 'component', 'reason'] as const;
export type RecurrenceDimension = (typeof RECURRENCE_DIMENSIONS)[number];

export interface RecurrenceGroup {
  readonly dimension: RecurrenceDimension;
  readonly value: string;
}

/** A stable key of a group, e.g. `customer:acme`: one open non-conformity per key. */
export const groupKey = (group: RecurrenceGroup): string => `${group.dimension}:${group.value}`;

/** The groups a piece of feedback belongs to: one per dimension it has a value for. */
export function groupsOf(feedback: Feedback): RecurrenceGroup[] {
  return RECURRENCE_DIMENSIONS.flatMap((dimension) => {
    const value = feedback[dimension];
    return value === null || value === '' ? [] : [{ dimension, value }];
  });
}

/** A group whose negative feedback crossed the rule, with the evidence. */
export interface Recurrence {
  readonly group: RecurrenceGroup;
  /** The negative feedback in the window, oldest first. */
  readonly feedback: readonly Feedback[];
  /** Negative feedback of the group in the baseline before the window (rate rule only). */
  readonly baselineCount: number | null;
}

/**
 * The groups whose negative feedback crosses `rule` at `now`: at least `count` answers in the
 * window `(now − windowDays, now]`, and with a rate rule also a daily rate at least `factor`
 * times that of the baseline just before the window (a group with no baseline feedback passes).
 * `negative` must hold negative feedback only. Ordered by group key.
 */
export function findRecurrences(
  negative: readonly Feedback[],
  rule: RecurrenceRule,
  now: number,
): Recurrence[] {
  const windowStart = now - rule.windowDays * DAY_MS;
  const baselineStart = rule.rate ? windowStart - rule.rate.baselineDays * DAY_MS : windowStart;
  const byGroup = new Map<
    string,
    { group: RecurrenceGroup; inWindow: Feedback[]; before: number }
  >();
  for (const feedback of negative) {
    if (feedback.answeredAt > now || feedback.answeredAt <= baselineStart) continue;
    for (const group of groupsOf(feedback)) {
      const key = groupKey(group);
      let entry = byGroup.get(key);
      if (!entry) byGroup.set(key, (entry = { group, inWindow: [], before: 0 }));
      if (feedback.answeredAt > windowStart) entry.inWindow.push(feedback);
      else entry.before += 1;
    }
  }
  const found: Recurrence[] = [];
  for (const key of [...byGroup.keys()].sort()) {
    const { group, inWindow, before } = byGroup.get(key)!;
    if (inWindow.length < rule.count) continue;
    if (rule.rate) {
      // Compare daily rates without dividing: n/window ≥ factor · b/baseline.
      const crosses =
        inWindow.length * rule.rate.baselineDays >= rule.rate.factor * before * rule.windowDays;
      if (!crosses) continue;
    }
    found.push({
      group,
      feedback: [...inWindow].sort((a, b) => a.answeredAt - b.answeredAt),
      baselineCount: rule.rate ? before : null,
    });
  }
  return found;
}

/** What the daily job does with the recurrences it found. */
export interface RecurrencePlan {
  /** Groups without an open non-conformity: raise one, linked to this evidence. */
  readonly raise: readonly Recurrence[];
  /** Negative feedback to link to a group's open non-conformity, by its issue key. */
  readonly link: readonly { readonly nonConformity: string; readonly feedback: Feedback }[];
}

/**
 * Plans the job's work: a recurrence in a group without an open non-conformity raises one; any
 * negative feedback of a group that has one, not linked yet, is linked to it (later feedback
 * joins the open non-conformity even when the window alone would no longer cross the rule).
 * The same answers often cross the rule in several groups at once (three low ratings of one
 * customer about one product): a recurrence whose every answer is already evidence of an open
 * non-conformity, or of one raised before it in this plan, raises none. Groups are taken in the
 * order of `RECURRENCE_DIMENSIONS`, so the customer's group is the one raised.
 */
export function planRecurrences(
  recurrences: readonly Recurrence[],
  negative: readonly Feedback[],
  openByGroup: ReadonlyMap<string, string>,
  linked: ReadonlySet<string>,
): RecurrencePlan {
  const evidence = new Set([...linked].map((link) => link.slice(link.indexOf('|') + 1)));
  const rank = (r: Recurrence) => RECURRENCE_DIMENSIONS.indexOf(r.group.dimension);
  const raise: Recurrence[] = [];
  for (const recurrence of [...recurrences].sort((a, b) => rank(a) - rank(b))) {
    if (openByGroup.has(groupKey(recurrence.group))) continue;
    if (recurrence.feedback.every((f) => evidence.has(f.id))) continue;
    raise.push(recurrence);
    for (const f of recurrence.feedback) evidence.add(f.id);
  }
  const link: { nonConformity: string; feedback: Feedback }[] = [];
  for (const feedback of negative) {
    for (const group of groupsOf(feedback)) {
      const nonConformity = openByGroup.get(groupKey(group));
      if (nonConformity && !linked.has(`${nonConformity}|${feedback.id}`)) {
        link.push({ nonConformity, feedback });
      }
    }
  }
  return { raise, link };
}
