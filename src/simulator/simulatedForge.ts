import type { WebTriggerResponse } from '@forge/api';
import type { AsyncEvent } from '@forge/events';
import { evaluationQueue } from '../forge/evaluationQueue';
import { qualityEventsQueue } from '../forge/qualityEventsQueue';
import { devLoopEventsQueue } from '../forge/devLoopEventsQueue';
import { HANDLER_TIME_LIMIT_SECONDS, RESOLVER_TIME_LIMIT_SECONDS } from '../forge/timeLimits';
import { appHandlers, type AppHandlerName } from '../handlers';
import { JiraClient } from '../jira/jiraClient';
import { retryBudgetFor, type RetryBudget } from '../jira/retry';
import type { JiraTransport } from '../jira/transport';
import type { ResolverContext } from '../resolvers/resolverKit';
import type { AppContext } from '../services/appContext';
import { ContractRepository } from '../storage/contractRepository';
import type { EntityStore } from '../storage/entityStore';
import type { MemoryStore } from '../storage/memoryStore';
import { migrateDatabase } from '../storage/sql/migrateDatabase';
import type { SqlDatabase } from '../storage/sql/schema';
import { SimulatedAsyncEvents } from './asyncEvents';
import { CountedSql } from './countedSql';
import { SimulatedEntityStore } from './customEntityStore';
import type { SimulatedJira } from './jira';
import type { ProductEvent } from './jira/types';
import type { ManifestModules, TriggerSubscription } from './manifestModules';
import {
  FORGE_ERROR,
  webTriggerPath,
  webTriggerResponse,
  type WebTriggerCall,
} from './webTriggers';

/**
 * A line of the app's log, with the virtual instant it was logged at: what the app logged
 * (`info`, as `console.log` on Forge) or what the platform logged about it (`error`).
 */
export interface LogEntry {
  readonly at: string;
  readonly level: 'info' | 'error';
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** One run of an app function, as Forge's developer console counts them. */
export interface Invocation {
  readonly at: string;
  readonly handler: string;
  readonly payload: unknown;
  /** `retry`: a queue consumer answered with an `InvocationError`, asking for the event again. */
  readonly outcome: 'success' | 'failed' | 'retry';
}

/**
 * A stand-in for the Forge runtime around the simulated Jira: it delivers product events to
 * the triggers the manifest subscribes (minus the app's own, for `ignoreSelf`), runs queue
 * consumers with Forge's push limits, delays and retries (`asyncEvents.ts`), runs scheduled
 * triggers when the virtual clock passes their interval, and gives every function an
 * `AppContext` with an in-memory KVS. Work runs to completion in `settle()`, one function at a
 * time, so tests are deterministic; on Forge the same functions run concurrently and the app is
 * written for that.
 */
export class SimulatedForge {
  readonly contracts: ContractRepository;
  /**
   * The Custom Entity Store through the real `@forge/kvs` client, answered by the simulator's
   * platform side with the entities manifest.yml declares. Kept in memory only: the demo Jira is
   * rebuilt at every start, so records of its issues would not outlive it anyway.
   */
  readonly entities: EntityStore;
  /** The platform side of `entities`, which counts the requests it answers. */
  readonly entityStore: SimulatedEntityStore;
  /** Forge SQL's stand-in (a real SQL engine, PGlite or MariaDB), counting its statements. */
  readonly sql: CountedSql;
  readonly log: LogEntry[] = [];
  readonly invocations: Invocation[] = [];
  private readonly events: ProductEvent[] = [];
  private readonly asyncEvents: SimulatedAsyncEvents;
  private readonly nextRun = new Map<number, number>();
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly jira: SimulatedJira,
    readonly store: MemoryStore,
    readonly modules: ManifestModules,
    private readonly now: () => number,
    sql: SqlDatabase,
    /** Waits between Jira retries; the simulator does not really sleep. */
    private readonly sleep: (ms: number) => Promise<void> = async () => undefined,
  ) {
    this.sql = new CountedSql(sql);
    this.contracts = new ContractRepository(store);
    this.entityStore = new SimulatedEntityStore(modules.entities);
    this.entities = this.entityStore.client();
    this.asyncEvents = new SimulatedAsyncEvents(
      now,
      (queue) => modules.consumers.get(queue)?.timeoutSeconds,
    );
  }

  /** Jira calls this for every change made through its REST paths. */
  receive(event: ProductEvent): void {
    this.events.push(event);
  }

  /** Loses the events not yet delivered, as a network fault would: for tests of repair by replay. */
  dropPendingEvents(): number {
    return this.events.splice(0).length;
  }

  /**
   * Jira as the app (`asApp`) or as a user (`asUser`), through the same client as on Forge, and
   * limited as there by the manifest's scopes; its retries wait within `budget` when given.
   */
  jiraClient(accountId: string | null, budget?: RetryBudget): JiraClient {
    const transport: JiraTransport = async (request) => {
      const response = await this.jira.handle({
        ...request,
        accountId,
        scopes: this.modules.scopes,
      });
      return { status: response.status, headers: response.headers ?? {}, body: response.body };
    };
    return new JiraClient(transport, { sleep: this.sleep, ...(budget && { budget }) });
  }

  /** The context every app function gets here; `budget` bounds its Jira retries' waiting. */
  context(budget?: RetryBudget): AppContext {
    return {
      jira: this.jiraClient(null, budget),
      store: this.store,
      entities: this.entities,
      contracts: this.contracts,
      sql: this.sql.db,
      migrateSql: () => migrateDatabase(this.sql.db),
      queue: evaluationQueue(this.asyncEvents.apiClient),
      qualityEvents: qualityEventsQueue(this.asyncEvents.apiClient),
      devLoopEvents: devLoopEventsQueue(this.asyncEvents.apiClient),
      secrets: this.store,
      // Served beside Jira's paths (`server.ts`); relative, as the simulator's port may vary.
      webTriggerUrl: async (moduleKey) => webTriggerPath(moduleKey),
      now: this.now,
      log: (message, details) => this.record('info', message, details),
    };
  }

  /**
   * The context of a resolver, as `forgeResolverContext` builds it on Forge: the app's, plus Jira
   * as the user (`asUser`, where the simulator's consent check may stand in), both retrying
   * within one budget that fits a resolver's time limit.
   */
  resolverContext(
    accountId: string,
    asUser: (budget: RetryBudget) => JiraClient = (budget) => this.jiraClient(accountId, budget),
  ): ResolverContext {
    const budget = retryBudgetFor(RESOLVER_TIME_LIMIT_SECONDS);
    return { ...this.context(budget), jiraAsUser: asUser(budget) };
  }

  private record(level: LogEntry['level'], message: string, details?: Record<string, unknown>) {
    this.log.push({
      at: new Date(this.now()).toISOString(),
      level,
      message,
      ...(details && { details }),
    });
  }

  /** Runs every pending trigger and due queue event, and what they cause, until nothing is left. */
  settle(): Promise<void> {
    this.busy = this.busy.then(() => this.drain());
    return this.busy;
  }

  /**
   * Runs what falls due in `(from, to]` at its own instant: the scheduled triggers, and the
   * queued events whose delay or retry wait ends. `moveTo` sets the clock to each instant
   * first; the work each causes settles before the next. Returns the scheduled runs.
   */
  async runDue(from: number, to: number, moveTo: (t: number) => void): Promise<number> {
    let runs = 0;
    for (;;) {
      const schedule = this.modules.scheduled
        .map((s, index) => ({ ...s, index, at: this.nextRunOf(index, s.intervalMs, from) }))
        .sort((a, b) => a.at - b.at)[0];
      const event = this.asyncEvents.nextDue() ?? Infinity;
      const at = Math.min(schedule?.at ?? Infinity, event);
      if (at > to) return runs;
      moveTo(Math.max(at, this.now()));
      if (schedule && schedule.at < event) {
        this.nextRun.set(schedule.index, schedule.at + schedule.intervalMs);
        await this.invoke(schedule.handler, {});
        runs++;
      }
      await this.settle();
    }
  }

  /** The next run of a schedule after `from`: Forge runs intervals on their boundaries. */
  private nextRunOf(index: number, intervalMs: number, from: number): number {
    const known = this.nextRun.get(index);
    if (known !== undefined) return known;
    const first = (Math.floor(from / intervalMs) + 1) * intervalMs;
    this.nextRun.set(index, first);
    return first;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const event = this.events.shift();
      if (event) {
        for (const trigger of this.subscribers(event)) await this.invoke(trigger.handler, event);
        continue;
      }
      const queued = this.asyncEvents.takeDue();
      if (!queued) return;
      const consumer = this.modules.consumers.get(queued.queueName);
      if (!consumer) throw new Error(`no consumer for queue ${queued.queueName} in manifest.yml`);
      await this.consume(consumer.handler, queued);
    }
  }

  /**
   * The triggers an event goes to: those subscribed to its type, except, for an event the app
   * caused itself (its own account is the event's `atlassianId`), those with `ignoreSelf`.
   */
  private subscribers(event: ProductEvent): readonly TriggerSubscription[] {
    const subscribed = this.modules.productEvents.get(event.eventType) ?? [];
    const bySelf = event.atlassianId === this.jira.appAccountId;
    return subscribed.filter((trigger) => !(bySelf && trigger.ignoreSelf));
  }

  /**
   * Calls the function of the `webtrigger` module `moduleKey` with an HTTP request, and answers
   * what Forge would send back; then runs what it caused (queued events). Undefined when the
   * manifest has no such module (Forge: 404).
   */
  async webTrigger(
    moduleKey: string,
    call: WebTriggerCall,
  ): Promise<WebTriggerResponse | undefined> {
    const handler = this.modules.webTriggers.get(moduleKey);
    if (!handler) return undefined;
    const run = await this.run(handler, call);
    this.invocations.push(this.invocation(handler, call, run.ok ? 'success' : 'failed'));
    await this.settle();
    return run.ok ? webTriggerResponse(run.value) : FORGE_ERROR;
  }

  /** Runs a trigger or scheduled function; a failure is logged and stops nothing else. */
  async invoke(handler: string, payload: unknown): Promise<void> {
    const run = await this.run(handler, payload);
    this.invocations.push(this.invocation(handler, payload, run.ok ? 'success' : 'failed'));
  }

  /**
   * Runs a queue consumer on an event and applies its answer. An error it throws is logged and
   * not retried: Forge retries the platform's failures (time-outs, out of memory) and the
   * retries a consumer asks for (Product events, "Retry product events").
   */
  private async consume(handler: string, event: AsyncEvent): Promise<void> {
    const run = await this.run(handler, event);
    if (!run.ok) {
      this.invocations.push(this.invocation(handler, event, 'failed'));
      return;
    }
    const delivery = this.asyncEvents.deliver(event, run.value);
    this.invocations.push(
      this.invocation(handler, event, delivery.outcome === 'success' ? 'success' : 'retry'),
    );
    if (delivery.outcome === 'dropped') {
      this.record('error', `async event not retried: ${delivery.reason}`, {
        queue: event.queueName,
        eventId: event.eventId,
        body: event.body,
      });
    }
  }

  /**
   * Calls an app function with the payload and a fresh context. A thrown error is logged as
   * `forge logs` shows it, at ERROR level with the error and its stack.
   */
  private async run(
    handler: string,
    payload: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false }> {
    const fn = appHandlers[handler as AppHandlerName] as
      ((payload: unknown, ctx: AppContext) => Promise<unknown>) | undefined;
    if (!fn)
      throw new Error(
        `manifest.yml names handler index.${handler}, which src/handlers.ts does not export`,
      );
    // The budget the app's own entry point (src/index.ts) gives this function.
    const budget = retryBudgetFor(HANDLER_TIME_LIMIT_SECONDS[handler as AppHandlerName]);
    try {
      return { ok: true, value: await fn(payload, this.context(budget)) };
    } catch (error) {
      this.record('error', `function ${handler} failed`, {
        error: String(error),
        ...(error instanceof Error && { stack: error.stack }),
      });
      return { ok: false };
    }
  }

  private invocation(handler: string, payload: unknown, outcome: Invocation['outcome']) {
    return { at: new Date(this.now()).toISOString(), handler, payload, outcome };
  }
}
