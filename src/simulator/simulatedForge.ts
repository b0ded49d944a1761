import { appHandlers, type AppHandlerName } from '../handlers';
import { JiraClient } from '../jira/jiraClient';
import type { JiraTransport } from '../jira/transport';
import type { AppContext } from '../services/appContext';
import { ContractRepository } from '../storage/contractRepository';
import type { MemoryStore } from '../storage/memoryStore';
import type { SimulatedJira } from './jira';
import type { ProductEvent } from './jira/types';
import type { ManifestModules } from './manifestModules';

/** A line the app logged, with the virtual instant it logged it at. */
export interface LogEntry {
  readonly at: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/**
 * A stand-in for the Forge runtime around the simulated Jira: it delivers product events to
 * the triggers the manifest subscribes, runs queue consumers, runs scheduled triggers when
 * the virtual clock passes their interval, and gives every function an `AppContext` with an
 * in-memory KVS. Work runs to completion in `settle()`, one function at a time, so tests are
 * deterministic; on Forge the same functions run concurrently and the app is written for that.
 */
export class SimulatedForge {
  readonly contracts: ContractRepository;
  readonly log: LogEntry[] = [];
  private readonly events: ProductEvent[] = [];
  private readonly jobs: { queue: string; body: Record<string, unknown> }[] = [];
  private readonly nextRun = new Map<number, number>();
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly jira: SimulatedJira,
    readonly store: MemoryStore,
    readonly modules: ManifestModules,
    private readonly now: () => number,
    /** Waits between Jira retries; the simulator does not really sleep. */
    private readonly sleep: (ms: number) => Promise<void> = async () => undefined,
  ) {
    this.contracts = new ContractRepository(store);
  }

  /** Jira calls this for every change made through its REST paths. */
  receive(event: ProductEvent): void {
    this.events.push(event);
  }

  /** Loses the events not yet delivered, as a network fault would: for tests of repair by replay. */
  dropPendingEvents(): number {
    return this.events.splice(0).length;
  }

  /** Jira as the app (`asApp`) or as a user (`asUser`), through the same client as on Forge. */
  jiraClient(accountId: string | null): JiraClient {
    const transport: JiraTransport = async (request) => {
      const response = await this.jira.handle({ ...request, accountId });
      return { status: response.status, headers: response.headers ?? {}, body: response.body };
    };
    return new JiraClient(transport, { sleep: this.sleep });
  }

  /** The context every app function gets here. */
  context(): AppContext {
    return {
      jira: this.jiraClient(null),
      store: this.store,
      contracts: this.contracts,
      queue: {
        push: async (bodies) => {
          for (const body of bodies) this.jobs.push({ queue: 'sla-evaluation', body: { ...body } });
        },
      },
      now: this.now,
      log: (message, details) =>
        this.log.push({
          at: new Date(this.now()).toISOString(),
          message,
          ...(details && { details }),
        }),
    };
  }

  /** Runs every pending trigger and queue job, and what they cause, until nothing is left. */
  settle(): Promise<void> {
    this.busy = this.busy.then(() => this.drain());
    return this.busy;
  }

  /**
   * Runs the scheduled triggers due in `(from, to]` at their own instants, calling `moveTo`
   * first so the clock reads each run's instant, then settles the work they queue.
   */
  async runSchedules(from: number, to: number, moveTo: (t: number) => void): Promise<number> {
    let runs = 0;
    for (;;) {
      const due = this.modules.scheduled
        .map((schedule, i) => ({ schedule, at: this.nextRunOf(i, schedule.intervalMs, from) }))
        .filter(({ at }) => at <= to)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) return runs;
      const index = this.modules.scheduled.indexOf(due.schedule);
      moveTo(due.at);
      this.nextRun.set(index, due.at + due.schedule.intervalMs);
      await this.invoke(due.schedule.handler, {});
      await this.settle();
      runs++;
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
        for (const handler of this.modules.productEvents.get(event.eventType) ?? []) {
          await this.invoke(handler, event);
        }
        continue;
      }
      const job = this.jobs.shift();
      if (!job) return;
      const consumer = this.modules.consumers.get(job.queue);
      if (!consumer) throw new Error(`no consumer for queue ${job.queue} in manifest.yml`);
      await this.invoke(consumer, { body: job.body });
    }
  }

  /** Runs one app function; a failure is logged, as Forge would, and does not stop the others. */
  async invoke(handler: string, payload: unknown): Promise<unknown> {
    const fn = appHandlers[handler as AppHandlerName] as
      ((payload: unknown, ctx: AppContext) => Promise<unknown>) | undefined;
    if (!fn)
      throw new Error(
        `manifest.yml names handler index.${handler}, which src/handlers.ts does not export`,
      );
    try {
      return await fn(payload, this.context());
    } catch (error) {
      this.context().log(`function ${handler} failed`, { error: String(error) });
      return undefined;
    }
  }
}
