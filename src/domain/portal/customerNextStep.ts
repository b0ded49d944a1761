/**
 * The next steps on a request, in the customer's words: what we are waiting for from them, and
 * what we will do next.
 */
import type { ActionModel } from '../contract/types';

export const REPLY_TO_RESTART = 'Reply to our last comment to restart the clock';
export const REPLY = 'Reply to our last comment';
export const RATE = 'Rate how we handled your request';

export interface RequestSituation {
  /** The request's status says it waits for the customer (`waitingOn(status) === 'you'`). */
  readonly waitingForYou: boolean;
  /** A customer-facing goal is paused because of that. */
  readonly clockPausedForYou: boolean;
  readonly resolved: boolean;
  /** Resolved and not yet rated by this customer since it was resolved. */
  readonly canRate: boolean;
}

/**
 * What the customer should do next: rate a resolved request they have not rated; reply when the
 * request waits for them ("… to restart the clock" only when a promised clock is held for it);
 * nothing otherwise (null).
 */
export function customerNextStep(situation: RequestSituation): string | null {
  if (situation.resolved) return situation.canRate ? RATE : null;
  if (!situation.waitingForYou) return null;
  return situation.clockPausedForYou ? REPLY_TO_RESTART : REPLY;
}

/**
 * What we will do next for the goal due first, from what stops its clock (the contract's
 * `nextAction` is written for agents: "Respond to the customer"): a clock an agent's comment
 * starts over promises an update, one it stops a response, one a resolution stops a resolution.
 */
export function ourNextStepText(actionModel: ActionModel | undefined): string {
  if (actionModel?.reset?.some((rule) => rule.on === 'commentByAgent')) {
    return 'We will update you';
  }
  for (const rule of actionModel?.stop ?? []) {
    if (rule.on === 'commentByAgent') return 'We will respond to you';
    if (rule.on === 'resolutionSet') return 'We will resolve your request';
  }
  return 'We will work on your request';
}
