import type { FetchMethod } from '@forge/api';
import { Queue } from '@forge/events';
import type { WorkQueue } from '../services/appContext';

/**
 * The queue of the development loop (manifest.yml: consumer `dev-loop-events-consumer`): an
 * accepted version report that raised an environment's version pushes `{ reportId, environment }`,
 * and the consumer closes the cases the new version fixes. The web trigger answers at once and
 * never waits for Jira; the consumer's work is retried by Forge, and the sweep retries closures
 * from the stored reports, so a failed push loses nothing.
 */
export const DEV_LOOP_EVENTS_QUEUE = 'dev-loop-events';

/**
 * The queue through `@forge/events`' `Queue` (Async events API, "Push API",
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/).
 */
export function devLoopEventsQueue(apiClient?: FetchMethod): WorkQueue {
  const queue = new Queue({ key: DEV_LOOP_EVENTS_QUEUE }, apiClient);
  return {
    push: async (bodies, { delayInSeconds } = {}) =>
      void (await queue.push(
        bodies.map((body) => ({ body, ...(delayInSeconds && { delayInSeconds }) })),
      )),
  };
}
