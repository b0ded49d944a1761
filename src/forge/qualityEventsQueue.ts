import type { FetchMethod } from '@forge/api';
import { Queue } from '@forge/events';
import type { WorkQueue } from '../services/appContext';

/**
 * The queue of the quality loop (manifest.yml: consumer `quality-events-consumer`): intake pushes
 * `{ feedbackId }` of flagged feedback, and the consumer creates the follow-up in Jira. Intake
 * answers at once and never fails because Jira is slow; the consumer's work is retried by Forge.
 */
export const QUALITY_EVENTS_QUEUE = 'quality-events';

/** The quality queue through `@forge/events`' `Queue` (Async events API, "Push API"). */
export function qualityEventsQueue(apiClient?: FetchMethod): WorkQueue {
  const queue = new Queue({ key: QUALITY_EVENTS_QUEUE }, apiClient);
  return {
    push: async (bodies, { delayInSeconds } = {}) =>
      void (await queue.push(
        bodies.map((body) => ({ body, ...(delayInSeconds && { delayInSeconds }) })),
      )),
  };
}
