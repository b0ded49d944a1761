/**
 * Forge's side of the Async events API, for the simulator. The app pushes through the real
 * `Queue` of `@forge/events`, which checks each push itself (at most 50 events and 200 KB,
 * `TooManyEventsError`, `PayloadTooBigError`) and then posts it here as its `apiClient`. This
 * side keeps what the platform enforces after that and how it delivers:
 * - an event for a consumer whose function runs longer than 55 s may be 100 KB at most
 *   (Async events limits); the platform answers 413, which the client throws as
 *   `PayloadTooBigError`;
 * - an event is due after its `delayInSeconds`; events due together are delivered in push order;
 * - a consumer that returns an `InvocationError` gets the event again after `retryAfter`
 *   seconds (at most 900, larger values are lowered), with `retryContext` { retryCount,
 *   retryReason, retryData }, four retries at most; `retryData` may be 4 KB at most
 *   (Async events API and Product events, "Retry events"; Async events limits).
 */
import type { FetchMethod } from '@forge/api';
import { InvocationErrorCode, type AsyncEvent, type PushEvent } from '@forge/events';

/** An event is retried four times at most. */
const MAX_RETRIES = 4;
const MAX_RETRY_AFTER_SECONDS = 900;
/** `InvocationError`'s defaults when the consumer gives no options (`@forge/events`). */
const DEFAULT_RETRY = { retryAfter: 1, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST };
const MAX_RETRY_DATA_BYTES = 4 * 1024;
/** Functions with a longer timeout are "long running" (Async events limits). */
const LONG_RUNNING_AFTER_SECONDS = 55;
const MAX_LONG_RUNNING_EVENT_BYTES = 100 * 1024;

/** What `new InvocationError(options)` (or `QueueResponse.retry()`) hands back to Forge. */
interface RetryAnswer {
  readonly _retry: true;
  readonly retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}

/** What became of an event after its consumer ran. */
export type Delivery =
  | { readonly outcome: 'success' }
  | { readonly outcome: 'retry'; readonly at: number }
  | { readonly outcome: 'dropped'; readonly reason: string };

const byteLength = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null));

const isRetryAnswer = (result: unknown): result is RetryAnswer =>
  typeof result === 'object' && result !== null && (result as RetryAnswer)._retry === true;

export class SimulatedAsyncEvents {
  private readonly pending: { event: AsyncEvent; dueAt: number }[] = [];

  constructor(
    private readonly now: () => number,
    /** The `timeoutSeconds` of each queue's consumer function; undefined for an unknown queue. */
    private readonly consumerTimeout: (queueName: string) => number | undefined,
  ) {}

  /** The platform endpoint `Queue.push` posts to: pass it to `@forge/events` as `apiClient`. */
  readonly apiClient: FetchMethod = async (_path, init) => {
    const push = JSON.parse(String(init?.body)) as {
      queueName: string;
      jobId: string;
      payload: PushEvent[];
    };
    const longRunning = (this.consumerTimeout(push.queueName) ?? 0) > LONG_RUNNING_AFTER_SECONDS;
    if (longRunning && push.payload.some((e) => byteLength(e) > MAX_LONG_RUNNING_EVENT_BYTES)) {
      return json(413, {
        errorMessage: 'The maximum payload size of an event for a long running function is 100KB.',
      });
    }
    const now = this.now();
    push.payload.forEach((event, index) => {
      this.pending.push({
        event: {
          ...event,
          queueName: push.queueName,
          jobId: push.jobId,
          eventId: `${push.jobId}:${index}`,
        },
        dueAt: now + (event.delayInSeconds ?? 0) * 1000,
      });
    });
    return json(201, {});
  };

  /** When the next waiting event falls due; undefined when none waits. */
  nextDue(): number | undefined {
    return this.pending.reduce<number | undefined>(
      (earliest, { dueAt }) => (earliest === undefined || dueAt < earliest ? dueAt : earliest),
      undefined,
    );
  }

  /** Takes the first event due by now, if any. */
  takeDue(): AsyncEvent | undefined {
    const due = this.nextDue();
    if (due === undefined || due > this.now()) return undefined;
    const index = this.pending.findIndex((p) => p.dueAt === due);
    return this.pending.splice(index, 1)[0]!.event;
  }

  /** Applies what the consumer returned for `event`: a retry request schedules it again. */
  deliver(event: AsyncEvent, result: unknown): Delivery {
    if (!isRetryAnswer(result)) return { outcome: 'success' };
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > MAX_RETRIES)
      return { outcome: 'dropped', reason: 'its four retries are used up' };
    const options = { ...DEFAULT_RETRY, ...result.retryOptions };
    if (byteLength(options.retryData) > MAX_RETRY_DATA_BYTES) {
      return { outcome: 'dropped', reason: 'its retryData is over 4 KB' };
    }
    const at = this.now() + Math.min(options.retryAfter, MAX_RETRY_AFTER_SECONDS) * 1000;
    this.pending.push({
      event: {
        ...event,
        retryContext: {
          retryCount,
          retryReason: options.retryReason,
          retryData: options.retryData,
        },
      },
      dueAt: at,
    });
    return { outcome: 'retry', at };
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
