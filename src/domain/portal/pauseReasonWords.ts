/**
 * Why a customer's clock is paused, in plain words for the portal: "waiting for your reply",
 * "waiting for a third party", else "on hold". Said from the pause rule of the goal's action
 * model that holds now, never from the goal's (possibly internal) name, and never with the
 * status's own name: workflow statuses are internal ("Waiting for L2 engineering").
 */
import type { ActionModel } from '../contract/types';

/** Who the request waits for, as its status name says. */
export type WaitingOn = 'you' | 'thirdParty' | 'other';

/** Words that make what follows them awaited: "Waiting for …", "Pending …", "Needs …". */
const WAITING_BEFORE = new Set([
  'wait',
  'waits',
  'waiting',
  'await',
  'awaits',
  'awaiting',
  'pending',
  'need',
  'needs',
  'requires',
]);
/** Words that make what comes before them awaited: "Customer action required". */
const WAITING_AFTER = new Set(['pending', 'needed', 'required', 'requested', 'expected']);
/** What may be awaited of a party: "Waiting for a reply from the customer". */
const AWAITED_THINGS = new Set([
  'reply',
  'replies',
  'response',
  'input',
  'info',
  'information',
  'feedback',
  'answer',
  'confirmation',
  'approval',
  'action',
  'details',
]);
/** Words that may stand between a waiting word and the party it governs. */
const LINKS = new Set([
  'for',
  'on',
  'from',
  'of',
  'by',
  'the',
  'a',
  'an',
  'some',
  's',
  'or',
  'and',
]);
/** Words that name the customer (the person reading the portal). */
const CUSTOMER = new Set([
  'customer',
  'customers',
  'you',
  'your',
  'reporter',
  'requester',
  'requestor',
  'client',
  'clients',
]);
/** Words that name someone outside both the customer and the support team. */
const THIRD_PARTY = new Set([
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
  'thirdparty',
  'external',
  'partner',
  'partners',
  'manufacturer',
  'manufacturers',
  'carrier',
  'carriers',
]);

const isParty = (word: string | undefined) =>
  word !== undefined && (CUSTOMER.has(word) || THIRD_PARTY.has(word));

/** The status's words, lower case; "third party" and "3rd-party" as one word. */
function wordsOf(status: string): string[] {
  return status
    .toLowerCase()
    .replace(/\b(third|3rd)[- ]?party\b/g, 'thirdparty')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The parties a waiting word at `at` governs: the chain of links, things and parties after it. */
function governedAfter(words: readonly string[], at: number): string[] {
  const parties: string[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!;
    if (isParty(word)) parties.push(word);
    else if (!LINKS.has(word) && !AWAITED_THINGS.has(word)) break;
  }
  return parties;
}

/** The party at `at` when a passive waiting word follows it, past things awaited of it. */
function governedBefore(words: readonly string[], at: number): boolean {
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!;
    if (WAITING_AFTER.has(word)) return true;
    if (word !== 's' && !AWAITED_THINGS.has(word)) return false;
  }
  return false;
}

/**
 * Whom a status says the request waits for: a waiting word must govern the word for a party,
 * before it ("Waiting for customer", "Pending reporter", "Needs info from client") or, passive,
 * after it ("Customer action required"). The customer's party is `you`, an outside party
 * (vendor, supplier, third party) `thirdParty`; naming both, the customer wins: they are the
 * one who can act. A party the waiting words do not govern is not waited for: "Customer input
 * received" and "Customer waiting" (the customer waits for us) are `other`, as is anything
 * else. Case and punctuation do not matter.
 *
 * @example waitingOn('Waiting for customer') // 'you'
 */
export function waitingOn(status: string): WaitingOn {
  const words = wordsOf(status);
  const awaited: string[] = [];
  words.forEach((word, at) => {
    if (WAITING_BEFORE.has(word)) awaited.push(...governedAfter(words, at));
    if (isParty(word) && governedBefore(words, at)) awaited.push(word);
  });
  if (awaited.some((word) => CUSTOMER.has(word))) return 'you';
  if (awaited.some((word) => THIRD_PARTY.has(word))) return 'thirdParty';
  return 'other';
}

export const WAITING_FOR_YOUR_REPLY = 'waiting for your reply';
export const WAITING_FOR_A_THIRD_PARTY = 'waiting for a third party';

/**
 * Said when the clock is held by an event rule (`pause: [{ on: … }]`), or by a status that says
 * no one the customer knows is awaited: the status's name is internal and never shown.
 */
export const ON_HOLD = 'on hold';

/**
 * The paused reason of a goal that is paused now, from its action model and the request's
 * current status: the `whileStatus` rule naming the status (matched exactly, as the evaluator
 * does) says whom the request waits for; any other pause is "on hold".
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
      return ON_HOLD;
  }
}
