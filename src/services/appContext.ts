import type { JiraClient } from '../jira/jiraClient';
import type { ContractRepository } from '../storage/contractRepository';
import type { EntityStore } from '../storage/entityStore';
import type { BatchKeyValueStore } from '../storage/keyValueStore';

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
  readonly queue: WorkQueue;
  /** The current instant, epoch ms (the simulator's clock is virtual). */
  now(): number;
  log(message: string, details?: Record<string, unknown>): void;
}
