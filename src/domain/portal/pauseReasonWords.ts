/**
 * Why a customer's clock is paused, in plain words for the portal: "waiting for your reply",
 * "waiting for a third party", "paused while the request is On hold". Said from the pause rule
 * of the goal's action model that holds now, never from the goal's (possibly internal) name.
 */
import type { ActionModel } from '../contract/types';

/** Who the request waits for, as its status name says. */
export type WaitingOn = 'you' | 'thirdParty' | 'other';

/** Words that make a status a wait, or a request for something from someone. */
const WAITING =
  /\b(wait|waits|waiting|awaiting|pending|needs?|needed|required|reply|response|input|info|information|feedback|answer|confirmation|action)\b/;
/** Words that name the customer (the person reading the portal). */
const CUSTOMER = /\b(customers?|you|your|reporter|requester|requestor|clients?)\b/;
/** Words that name someone outside both the customer and the support team. */
const THIRD_PARTY =
  /\b(vendors?|suppliers?|third[- ]?party|3rd[- ]?party|external|partners?|manufacturers?|carriers?)\b/;

/**
 * Whom a status says the request waits for: a waiting word (wait, awaiting, pending, needs,
 * reply…) together with a word for the customer ("Waiting for customer", "Pending reporter",
 * "Customer action required") is `you`; with a word for an outside party ("Waiting for
 * vendor", "Awaiting supplier") it is `thirdParty`. Naming both, the customer wins: they are
 * the one who can act. Anything else is `other`. Case and punctuation do not matter.
 *
 * @example waitingOn('Waiting for customer') // 'you'
 */
export function waitingOn(status: string): WaitingOn {
  const words = status.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ');
  if (!WAITING.test(words)) return 'other';
  if (CUSTOMER.test(words)) return 'you';
  if (THIRD_PARTY.test(words)) return 'thirdParty';
  return 'other';
}

export const WAITING_FOR_YOUR_REPLY = 'waiting for your reply';
export const WAITING_FOR_A_THIRD_PARTY = 'waiting for a third party';

/** Said when the clock is held by an event rule (`pause: [{ on: … }]`), not by a status. */
export const ON_HOLD = 'on hold';

/**
 * The paused reason of a goal that is paused now, from its action model and the request's
 * current status: the `whileStatus` rule naming the status (matched exactly, as the evaluator
 * does) says whom the request waits for; a status that names no one is said as it is; a pause
 * no status explains (an event rule) is "on hold".
 *
 * @example pausedReason(resolutionModel, 'Waiting for customer') // 'waiting for your reply'
 */
export function pausedReason(actionModel: ActionModel | undefined, status: string): string {
  const holds = (actionModel?.pause ?? []).some(
    (rule) => 'whileStatus' in rule && rule.whileStatus.includes(status),
  );
  if (!holds) return ON_HOLD;
  switch (waitingOn(status)) {
    case 'you':
      return WAITING_FOR_YOUR_REPLY;
    case 'thirdParty':
      return WAITING_FOR_A_THIRD_PARTY;
    case 'other':
      return `paused while the request is ${status}`;
  }
}
