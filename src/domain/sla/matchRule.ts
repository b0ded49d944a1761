import type { EventRule, PauseRule } from '../contract/types';
import type { IssueEvent } from './issueTimeline';

/** The first event of a moment that one of the rules fires on, with that rule's index. */
export interface RuleMatch {
  readonly event: IssueEvent;
  readonly ruleIndex: number;
}

/**
 * Finds the first rule (in the model's order) that one of the events fires. A rule's `status`
 * or `field` narrows it; without them any value matches. `whileStatus` rules never fire on
 * events: they are conditions (see `pausingStatusRule`).
 */
export function matchRule(
  rules: readonly (EventRule | PauseRule)[] | undefined,
  events: readonly IssueEvent[],
): RuleMatch | undefined {
  if (!rules) return undefined;
  for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
    const rule = rules[ruleIndex]!;
    if (!('on' in rule)) continue;
    const event = events.find(
      (e) =>
        e.kind === rule.on &&
        (rule.status === undefined || rule.status === e.status) &&
        (rule.field === undefined || rule.field === e.field),
    );
    if (event) return { event, ruleIndex };
  }
  return undefined;
}

/** Index of the first `whileStatus` pause rule that holds in `status`, or -1. */
export function pausingStatusRule(rules: readonly PauseRule[] | undefined, status: string): number {
  return (rules ?? []).findIndex(
    (rule) => 'whileStatus' in rule && rule.whileStatus.includes(status),
  );
}
