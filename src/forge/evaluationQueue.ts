import type { FetchMethod } from '@forge/api';
import { Queue } from '@forge/events';
import type { WorkQueue } from '../services/appContext';

/** The queue behind the product trigger, the sweep and the consumer (see manifest.yml). */
export const EVALUATION_QUEUE = 'sla-evaluation';

/**
 * The evaluation queue through `@forge/events`, whose `Queue.push` checks a push before it
 * sends it (at most 50 events and 200 KB: Async events API, "Push API") and throws its own
 * errors. On Forge it posts to the platform; the simulator passes the platform's side as
 * `apiClient`, so both run the same client.
 */
export function evaluationQueue(apiClient?: FetchMethod): WorkQueue {
  const queue = new Queue({ key: EVALUATION_QUEUE }, apiClient);
  return {
    push: async (bodies, { delayInSeconds } = {}) =>
      void (await queue.push(
        bodies.map((body) => ({ body, ...(delayInSeconds && { delayInSeconds }) })),
      )),
  };
}
