import path from 'node:path';
import { MemoryStore } from '../storage/memoryStore';
import { embeddedDatabase } from '../storage/sql/database';
import type { SqlDatabase } from '../storage/sql/schema';
import { SimulatedJira } from './jira';
import type { JiraRequest, JiraResponse } from './jira/types';
import { manifestModules } from './manifestModules';
import { SimulatedForge } from './simulatedForge';
import { VirtualClock } from './virtualClock';

export const MANIFEST_FILE = path.join(__dirname, '..', '..', 'manifest.yml');

export interface SimulatorOptions {
  /** Where the virtual clock starts (epoch ms). */
  readonly start: number;
  readonly store?: MemoryStore;
  /**
   * The app's SQL database; by default a fresh one on the process's embedded Postgres (PGlite),
   * created and migrated on first use.
   */
  readonly sql?: SqlDatabase;
  /** The manifest to run the app by; the app's own `manifest.yml` unless a test varies it. */
  readonly manifestFile?: string;
  /** How the app's Jira client waits between retries; by default it does not wait at all. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The local simulator: an in-memory Jira on Jira's REST paths, the Forge runtime around it
 * running the app's real functions as manifest.yml wires them, and a virtual clock. Changes
 * go through Jira's own paths (`request`), which fire the app's triggers as Jira would; moving
 * the clock (`advance`) runs the scheduled triggers that fall due.
 */
export class Simulator {
  readonly clock: VirtualClock;
  readonly jira: SimulatedJira;
  readonly forge: SimulatedForge;

  constructor(options: SimulatorOptions) {
    const modules = manifestModules(options.manifestFile ?? MANIFEST_FILE);
    this.clock = new VirtualClock(options.start);
    const now = () => this.clock.now();
    this.jira = new SimulatedJira({
      now,
      onEvent: (event) => this.forge.receive(event),
      entityProperties: [...modules.entityProperties],
    });
    this.forge = new SimulatedForge(
      this.jira,
      options.store ?? new MemoryStore(),
      modules,
      now,
      options.sql ?? embeddedDatabase(),
      options.sleep,
    );
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * One REST request to Jira as a user (or the app, `accountId: null`); returns when the
   * triggers and queue jobs it caused have run, so callers see their effect at once.
   */
  async request(request: JiraRequest): Promise<JiraResponse> {
    const response = await this.jira.handle(request);
    await this.forge.settle();
    return response;
  }

  /** Like `request`, but throws when Jira answers with an error; returns the body. */
  async call<T = unknown>(request: JiraRequest): Promise<T> {
    const response = await this.request(request);
    if (response.status >= 300) {
      throw new Error(
        `${request.method} ${request.path}: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as T;
  }

  /**
   * Moves the clock to `to` (never backwards), running every scheduled trigger and queued event
   * that falls due on the way at its own instant, and what they cause; returns when all has
   * settled.
   */
  async advanceTo(to: number): Promise<{ scheduledRuns: number }> {
    const from = this.clock.now();
    if (to < from) this.clock.moveTo(to); // throws with the reason
    const scheduledRuns = await this.forge.runDue(from, to, (t) => this.clock.moveTo(t));
    this.clock.moveTo(to);
    await this.forge.settle();
    return { scheduledRuns };
  }

  advanceBy(ms: number): Promise<{ scheduledRuns: number }> {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('advanceMs must be a non-negative number');
    return this.advanceTo(this.clock.now() + ms);
  }
}
