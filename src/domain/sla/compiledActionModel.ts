import type { ActionModel, EventKind, EventRule, PauseRule } from '../contract/types';
import { KIND_BIT, type IssueEvent, type Moment } from './issueTimeline';

/** An event rule with its place in the action model, named as in explanations (`pause[1]`). */
export interface CompiledRule {
  readonly on: EventKind;
  readonly status: string | undefined;
  readonly field: string | undefined;
  /** `list[index]` in the action model, e.g. `stop[0]`. */
  readonly name: string;
}

/** The first event of a moment that one of the rules fires on, with that rule. */
export interface RuleMatch {
  readonly event: IssueEvent;
  readonly rule: CompiledRule;
}

/** One list of an action model (`start`, `stop`, …): its event rules, in order. */
export class RuleList {
  private readonly rules: CompiledRule[] = [];
  /** The kinds the rules fire on, as bits: a moment with none of them matches no rule. */
  readonly kinds: number;
  /** The list has `whileStatus` rules, which the status after each status change decides. */
  readonly holdsByStatus: boolean;

  /** `whileStatus` rules are left out: they are conditions, not events (see `pausingRule`). */
  constructor(list: string, rules: readonly (EventRule | PauseRule)[] = []) {
    let kinds = 0;
    let holdsByStatus = false;
    rules.forEach((rule, index) => {
      if (!('on' in rule)) {
        holdsByStatus = true;
        return;
      }
      this.rules.push({
        on: rule.on,
        status: rule.status,
        field: rule.field,
        name: `${list}[${index}]`,
      });
      kinds |= KIND_BIT[rule.on];
    });
    this.kinds = kinds;
    this.holdsByStatus = holdsByStatus;
  }

  /**
   * The first rule (in the model's order) that one of the moment's events fires. A rule's
   * `status` or `field` narrows it; without them any value matches.
   */
  match(moment: Moment): RuleMatch | undefined {
    if ((this.kinds & moment.kinds) === 0) return undefined;
    for (const rule of this.rules) {
      for (const event of moment.events) {
        if (
          event.kind === rule.on &&
          (rule.status === undefined || rule.status === event.status) &&
          (rule.field === undefined || rule.field === event.field)
        ) {
          return { event, rule };
        }
      }
    }
    return undefined;
  }
}

const compiled = new WeakMap<ActionModel, CompiledActionModel>();

/**
 * An action model prepared once for replaying many issues: rule names built, event kinds as
 * bits, and the statuses that `whileStatus` pauses name.
 */
export class CompiledActionModel {
  readonly start: RuleList;
  readonly pause: RuleList;
  readonly resume: RuleList;
  readonly stop: RuleList;
  readonly reset: RuleList;
  /**
   * The event kinds that can change this model's clock: those its rules name, status entries
   * when a pause holds by status, and priority changes (the target follows the priority).
   */
  readonly relevantKinds: number;
  /**
   * Each status a `whileStatus` pause names, with the index of the first such rule naming it.
   * A short list: scanning it is cheaper than hashing the status.
   */
  private readonly pausingStatuses: { readonly status: string; readonly rule: number }[] = [];

  /** The compiled form of an action model, built on first use and kept while the model lives. */
  static of(model: ActionModel): CompiledActionModel {
    let result = compiled.get(model);
    if (!result) {
      result = new CompiledActionModel(model);
      compiled.set(model, result);
    }
    return result;
  }

  private constructor(model: ActionModel) {
    this.start = new RuleList('start', model.start);
    this.pause = new RuleList('pause', model.pause);
    this.resume = new RuleList('resume', model.resume);
    this.stop = new RuleList('stop', model.stop);
    this.reset = new RuleList('reset', model.reset);
    (model.pause ?? []).forEach((rule, index) => {
      if (!('whileStatus' in rule)) return;
      for (const status of rule.whileStatus) {
        if (!this.pausingStatuses.some((p) => p.status === status)) {
          this.pausingStatuses.push({ status, rule: index });
        }
      }
    });
    const lists = [this.start, this.pause, this.resume, this.stop, this.reset];
    let relevantKinds = KIND_BIT.priorityChanged;
    for (const list of lists) {
      relevantKinds |= list.kinds | (list.holdsByStatus ? KIND_BIT.statusEntered : 0);
    }
    this.relevantKinds = relevantKinds;
  }

  /** Index of the first `whileStatus` pause rule that holds in `status`, or -1. */
  pausingRule(status: string): number {
    for (const pausing of this.pausingStatuses) {
      if (pausing.status === status) return pausing.rule;
    }
    return -1;
  }
}
