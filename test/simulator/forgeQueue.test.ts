import {
  InvocationError,
  InvocationErrorCode,
  NoEventsToPushError,
  PayloadTooBigError,
  Queue,
  TooManyEventsError,
} from '@forge/events';
import { SimulatedAsyncEvents } from '../../src/simulator/asyncEvents';
import { Simulator } from '../../src/simulator/simulator';
import { MONDAY_0800_CPH } from '../support/simulator';

/** A job body of about `kb` kilobytes. */
const bodyOf = (kb: number) => ({ issueKey: 'SUP-1', padding: 'x'.repeat(kb * 1024) });

/**
 * The simulated queue refuses what Forge refuses, with the errors `@forge/events` throws
 * (Async events API, "Push API"; Async events limits).
 */
describe("the simulator's async event queue", () => {
  const queue = () => new Simulator({ start: MONDAY_0800_CPH }).forge.context().queue;

  it('takes 50 events in one push', async () => {
    await expect(
      queue().push(Array.from({ length: 50 }, (_, i) => ({ issueKey: `SUP-${i}` }))),
    ).resolves.toBeUndefined();
  });

  it('refuses more than 50 events in one push', async () => {
    const push = queue().push(Array.from({ length: 51 }, (_, i) => ({ issueKey: `SUP-${i}` })));
    await expect(push).rejects.toThrow(TooManyEventsError);
    await expect(push).rejects.toThrow('This push contains more than the 50 events allowed.');
  });

  it('refuses a push over 200 KB', async () => {
    const push = queue().push([bodyOf(90), bodyOf(90), bodyOf(90)]);
    await expect(push).rejects.toThrow(PayloadTooBigError);
    await expect(push).rejects.toThrow('The maximum payload size is 200KB.');
  });

  it('refuses an event over 100 KB for a consumer that runs longer than 55 s', async () => {
    const push = queue().push([bodyOf(120)]);
    await expect(push).rejects.toThrow(PayloadTooBigError);
  });

  it('refuses an empty push', async () => {
    await expect(queue().push([])).rejects.toThrow(NoEventsToPushError);
  });
});

describe("the simulator's async event retries", () => {
  /** A queue whose consumer runs up to 900 s, on a clock the test moves. */
  function platform() {
    const clock = { now: 0 };
    const events = new SimulatedAsyncEvents(
      () => clock.now,
      () => 900,
    );
    const queue = new Queue({ key: 'jobs' }, events.apiClient);
    /** Moves the clock to the next due event and takes it. */
    const next = () => {
      clock.now = events.nextDue() ?? clock.now;
      return events.takeDue()!;
    };
    return { clock, events, queue, next };
  }
  const retry = (retryAfter: number, retryData?: unknown) =>
    new InvocationError({
      retryAfter,
      retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
      ...(retryData !== undefined && { retryData }),
    });

  it('delivers an event again after retryAfter, four times at most, with the retry context', async () => {
    const { clock, events, queue, next } = platform();
    await queue.push({ body: { issueKey: 'SUP-1' } });
    const seen: unknown[] = [];
    for (let run = 0; run < 5; run++) {
      const event = next();
      seen.push([clock.now, event.retryContext]);
      const delivery = events.deliver(event, retry(30, { run }));
      if (run < 4) expect(delivery).toEqual({ outcome: 'retry', at: clock.now + 30_000 });
      else expect(delivery).toEqual({ outcome: 'dropped', reason: 'its four retries are used up' });
    }
    expect(seen).toEqual([
      [0, undefined],
      ...[1, 2, 3, 4].map((retryCount) => [
        retryCount * 30_000,
        {
          retryCount,
          retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED',
          retryData: { run: retryCount - 1 },
        },
      ]),
    ]);
    expect(events.nextDue()).toBeUndefined();
  });

  it('waits at most 900 s before a retry', async () => {
    const { clock, events, queue, next } = platform();
    await queue.push({ body: {} });
    expect(events.deliver(next(), retry(3600))).toEqual({
      outcome: 'retry',
      at: clock.now + 900_000,
    });
  });

  it('does not retry an event whose retryData is over 4 KB', async () => {
    const { events, queue, next } = platform();
    await queue.push({ body: {} });
    expect(events.deliver(next(), retry(1, 'x'.repeat(5000)))).toEqual({
      outcome: 'dropped',
      reason: 'its retryData is over 4 KB',
    });
  });

  it('holds an event for its delayInSeconds', async () => {
    const { clock, events, queue } = platform();
    await queue.push({ body: { issueKey: 'SUP-1' }, delayInSeconds: 60 });
    expect(events.takeDue()).toBeUndefined();
    clock.now = 60_000;
    expect(events.takeDue()).toMatchObject({ body: { issueKey: 'SUP-1' }, queueName: 'jobs' });
  });
});
