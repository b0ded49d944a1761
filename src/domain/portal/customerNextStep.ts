/**
 * The next steps on a request, in the customer's words: what we are waiting for from them, and
 * what we will do next.
 */
import type { ActionModel, EventRule } from '../contract/types';
import type { GoalState } from '../sla/types';
import { promiseKind } from './promiseKind';

export const REPLY_TO_RESTART = 'Reply to our last comment to restart the clock';
export const REPLY = 'Reply to our last comment';
export const RATE = 'Rate how we handled your request';

export interface RequestSituation {
  /** The request's status says it waits for the customer (`waitingOn(status) === 'you'`). */
  readonly waitingForYou: boolean;
  /** A customer's comment starts a promised goal's clock again (`replyRestartsClock`). */
  readonly replyRestartsClock: boolean;
  readonly resolved: boolean;
  /** Resolved and not yet rated by this customer since it was resolved. */
  readonly canRate: boolean;
}

/**
 * What the customer should do next: rate a resolved request they have not rated; reply when the
 * request waits for them ("… to restart the clock" only when their comment does restart a
 * promised clock); nothing otherwise (null).
 */
export function customerNextStep(situation: RequestSituation): string | null {
  if (situation.resolved) return situation.canRate ? RATE : null;
  if (!situation.waitingForYou) return null;
  return situation.replyRestartsClock ? REPLY_TO_RESTART : REPLY;
}

/** A rule of the list fires on a customer's comment made while the request is in `status`. */
const firesOnReply = (rules: readonly EventRule[] | undefined, status: string) =>
  (rules ?? []).some(
    (rule) =>
      rule.on === 'commentByCustomer' && (rule.status === undefined || rule.status === status),
  );

/**
 * Whether a customer's comment, made now, starts the goal's clock again, as the evaluator
 * replays it (`runGoalClock`): a paused clock resumes only by a `resume` rule, which lifts an
 * event pause; a `whileStatus` pause holding for the status lifts only when the request leaves
 * the status, which a comment does not do (a workflow automation might, but the contract does
 * not say so). A clock that is not running (not started, or stopped) starts again by a `start`
 * rule. A running clock has nothing to restart.
 */
export function replyRestartsClock(
  actionModel: ActionModel | undefined,
  state: GoalState,
  status: string,
): boolean {
  if (!actionModel) return false;
  switch (state) {
    case 'running':
      return false;
    case 'paused': {
      const statusHolds = (actionModel.pause ?? []).some(
        (rule) => 'whileStatus' in rule && rule.whileStatus.includes(status),
      );
      return !statusHolds && firesOnReply(actionModel.resume, status);
    }
    default:
      return firesOnReply(actionModel.start, status);
  }
}

/**
 * What we will do next for the goal due first, from what it promises (`promiseKind`; the
 * contract's `nextAction` is written for agents: "Respond to the customer").
 */
export function ourNextStepText(actionModel: ActionModel | undefined): string {
  switch (promiseKind(actionModel)) {
    case 'update':
      return 'We will update you';
    case 'response':
      return 'We will respond to you';
    case 'resolution':
      return 'We will resolve your request';
    case 'other':
      return 'We will work on your request';
  }
}
