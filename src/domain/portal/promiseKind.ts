/**
 * What a customer-facing goal promises, read once from its action model, for every sentence
 * the portal says about it: the promise ("We respond within 2 business hours") and what
 * happens next ("We will respond to you").
 */
import type { ActionModel } from '../contract/types';
import { measureOfActionModel } from '../reports/goalMeasures';

/** `update`: an agent's comment starts the clock over; `other`: none the customer can name. */
export type PromiseKind = 'update' | 'response' | 'resolution' | 'other';

/**
 * The promise of a goal's action model. A clock an agent's comment starts over promises updates
 * (it may stop at resolution, but "we resolve within 4 hours" would promise what it does not
 * measure); else the reports' classification (`measureOfActionModel`) decides, whatever the
 * order of the stop rules: a clock an agent's reply stops is a response even when the
 * resolution stops it too (`[resolutionSet, commentByAgent]`).
 */
export function promiseKind(actionModel: ActionModel | undefined): PromiseKind {
  if (!actionModel) return 'other';
  if (actionModel.reset?.some((rule) => rule.on === 'commentByAgent')) return 'update';
  switch (measureOfActionModel(actionModel)) {
    case 'reaction':
      return 'response';
    case 'resolution':
      return 'resolution';
    default:
      return 'other';
  }
}
