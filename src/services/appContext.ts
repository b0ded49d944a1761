import type { JiraClient } from '../jira/jiraClient';
import type { ContractRepository } from '../storage/contractRepository';
import type { EntityStore } from '../storage/entityStore';
import type { SecretStore } from '../storage/secretStore';
import type { BatchKeyValueStore } from '../storage/keyValueStore';
import type { SqlDatabase } from '../storage/sql/schema';

/** The queue that carries issues to re-evaluate from triggers to the consumer. */
export interface WorkQueue {
  /** Pushes the jobs; `delayInSeconds` (at most 900) holds them back that long, as Forge does. */
  push(
    bodies: readonly Record<string, unknown>[],
    options?: { readonly delayInSeconds?: number },
  ): Promise<void>;
}

/**
 * Everything the app's functions need from the outside world. Forge builds it from
 * `requestJira`, KVS and its async-event queue; the local simulator from its own stand-ins.
 */
export interface AppContext {
  /** Jira as the app itself. */
  readonly jira: JiraClient;
  readonly store: BatchKeyValueStore;
  /** Forge's Custom Entity Store: the app's records of each issue (`issueSlaRecords.ts`). */
  readonly entities: EntityStore;
  readonly contracts: ContractRepository;
  /** The app's facts and records in SQL: Forge SQL on Forge, PGlite or MariaDB locally. */
  readonly sql: SqlDatabase;
  /**
   * Applies the schema migrations the database has not had yet; returns their names. Forge's
   * `migrationRunner` on Forge, the same list locally (`src/storage/sql/migrations.ts`).
   */
  migrateSql(): Promise<readonly string[]>;
  readonly queue: WorkQueue;
  /** The quality loop's queue (`quality-events`): flagged feedback on its way to a follow-up. */
  readonly qualityEvents: WorkQueue;
  /** The development loop's queue (`dev-loop-events`): version upgrades on their way to closures. */
  readonly devLoopEvents: WorkQueue;
  /** KVS's secret store: credentials such as Survicate's signing secret. */
  readonly secrets: SecretStore;
  /** The URL of a `webtrigger` module, to give to the sender (Forge: `webTrigger.getUrl`). */
  webTriggerUrl(moduleKey: string): Promise<string>;
  /** The current instant, epoch ms (the simulator's clock is virtual). */
  now(): number;
  log(message: string, details?: Record<string, unknown>): void;
}
