import { randomUUID } from 'node:crypto';
import {
  compileValidContract,
  nextContractVersion,
  validateContract,
  type Contract,
  type ContractModel,
  type ContractVersion,
  type PartChanges,
} from '../domain/contract';
import type { ValidationError } from '../domain/validation';
import { readChunked, writeChunked, type ChunkKey } from './chunkedValue';
import type { KeyValueStore } from './keyValueStore';
import {
  CONTRACT_POINTER_KEY,
  contractChunkKey,
  contractChunksOf,
  contractRecalculationKey,
  CONTRACT_RECALCULATIONS,
  CONTRACT_VERSIONS,
  contractVersionKey,
} from './storageKeys';
import {
  staleSave,
  stampOf,
  VersionChain,
  type StaleSave,
  type VersionStamp,
} from './versionChain';

export type SaveResult =
  | { readonly saved: true; readonly version: ContractVersion }
  | { readonly saved: false; readonly errors: readonly ValidationError[] }
  | { readonly saved: false; readonly unchanged: true; readonly version: ContractVersion }
  | { readonly saved: false; readonly conflict: StaleSave };

export interface SaveRequest {
  /** Who saves (a Jira account id) and when (an ISO instant). */
  readonly savedBy: string;
  readonly savedAt: string;
  /**
   * The version the edit started from, null for none: a save from any other version than the
   * newest is refused. Left out, the save goes on top of whatever is newest.
   */
  readonly baseVersion?: number | null;
  /** Where the contract is in the request, for the paths of its errors (`$` by default). */
  readonly path?: string;
}

/** A version's head record: small, whatever the contract's size; the rest is in chunks. */
interface StoredVersion extends VersionStamp {
  /** The save that wrote the chunks, so two saves racing for a number never share a key. */
  readonly save: string;
  /** How many chunks each part takes. */
  readonly chunks: { readonly contract: number; readonly changes: number };
}

type Part = keyof StoredVersion['chunks'];

/**
 * An admin's recalculation of closed issues under a version: closed issues otherwise keep the
 * version they were measured under, so each time their history is rewritten on purpose, the
 * contract's history says who did it, when, under which version, for which resolution dates,
 * and which run did it (the run counts the issues recalculated and those that changed).
 */
export interface Recalculation {
  readonly runId: string;
  readonly version: number;
  readonly startedAt: string;
  readonly startedBy: string;
  /** Resolution dates, both days included (`YYYY-MM-DD`). */
  readonly period: { readonly from: string; readonly to: string };
}

/**
 * The site's contract in storage: every saved version is kept (never rewritten), with who
 * saved it, when, and what changed. A version may be far bigger than one KVS value (about
 * 0.6 KB per agreement against Forge's 240 KiB), so its contract and its changes are written in
 * chunks first, and then its small head record is claimed as the next number
 * (`versionChain.ts`): the claim is what makes the version exist, so no reader sees half of one,
 * and of two saves from the same version exactly one gets the number.
 *
 * A contract is validated once, when it is saved; loading a stored version compiles it without
 * validating it again.
 */
export class ContractRepository {
  private readonly versions: VersionChain<StoredVersion>;
  private cached: { version: number; model: ContractModel } | undefined;

  constructor(private readonly store: KeyValueStore) {
    this.versions = new VersionChain(store, contractVersionKey, CONTRACT_POINTER_KEY);
  }

  async latest(): Promise<ContractVersion | null> {
    const head = await this.versions.latest();
    return head && this.load(head);
  }

  async version(version: number): Promise<ContractVersion | undefined> {
    const head = await this.versions.get(version);
    return head && this.load(head);
  }

  /** Every version, newest first, without the contracts themselves: the audit trail. */
  async history(): Promise<Omit<ContractVersion, 'contract'>[]> {
    const keys = await this.store.keys(CONTRACT_VERSIONS);
    const heads = await Promise.all(keys.map((key) => this.store.get<StoredVersion>(key)));
    const entries = await Promise.all(
      heads
        .filter((head): head is StoredVersion => head !== undefined)
        .map(async (head) => ({
          ...stampOf(head)!,
          changes: await this.read<PartChanges[]>(head, 'changes'),
        })),
    );
    return entries.sort((a, b) => b.version - a.version);
  }

  /** Adds a recalculation of closed issues to the history; entries are never rewritten. */
  async recordRecalculation(entry: Recalculation): Promise<void> {
    await this.store.set(contractRecalculationKey(entry.startedAt, entry.runId), entry);
  }

  /** Every recalculation of closed issues, newest first. */
  async recalculations(): Promise<Recalculation[]> {
    const keys = await this.store.keys(CONTRACT_RECALCULATIONS);
    const entries = await Promise.all(keys.map((key) => this.store.get<Recalculation>(key)));
    return entries
      .filter((entry): entry is Recalculation => entry !== undefined)
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  }

  /**
   * Validates and saves a contract as a new version. An invalid contract is refused with every
   * error and nothing is written; one identical to the newest creates no version; a save from
   * another version than the newest is refused with the version in the way.
   */
  async save(input: unknown, request: SaveRequest): Promise<SaveResult> {
    const errors = validateContract(input, request.path);
    if (errors.length > 0) return { saved: false, errors };
    const head = await this.versions.latest();
    const base = request.baseVersion === undefined ? (head?.version ?? null) : request.baseVersion;
    const stale = staleSave(head, base);
    if (stale) return { saved: false, conflict: stale };
    const latest = head && (await this.load(head));
    const next = nextContractVersion(latest, input as Contract, request.savedBy, request.savedAt);
    if (!next) return { saved: false, unchanged: true, version: latest! };

    const save = randomUUID();
    try {
      const chunks = {
        contract: await this.write(next, save, 'contract', next.contract),
        changes: await this.write(next, save, 'changes', next.changes),
      };
      const lost = await this.versions.append({ ...stampOf(next)!, save, chunks });
      if (!lost) return { saved: true, version: next };
      await this.discard(next.version, save);
      return { saved: false, conflict: lost };
    } catch (error) {
      await this.discard(next.version, save);
      throw error;
    }
  }

  /** The compiled contract in force, or null before the first save; compiled once per version. */
  async model(): Promise<ContractModel | null> {
    const head = await this.versions.latest();
    if (!head) return null;
    if (this.cached?.version !== head.version) {
      const contract = await this.read<Contract>(head, 'contract');
      this.cached = { version: head.version, model: compileValidContract(contract, head.version) };
    }
    return this.cached.model;
  }

  private async load(head: StoredVersion): Promise<ContractVersion> {
    const [contract, changes] = await Promise.all([
      this.read<Contract>(head, 'contract'),
      this.read<PartChanges[]>(head, 'changes'),
    ]);
    return { ...stampOf(head)!, changes, contract };
  }

  /** Writes a part of a version in chunks; returns how many. */
  private write(version: VersionStamp, save: string, part: Part, value: unknown): Promise<number> {
    return writeChunked(this.store, this.chunkKey(version, save, part), value);
  }

  private read<T>(head: StoredVersion, part: Part): Promise<T> {
    return readChunked<T>(this.store, this.chunkKey(head, head.save, part), head.chunks[part]);
  }

  private chunkKey(version: VersionStamp, save: string, part: Part): ChunkKey {
    return (index) => contractChunkKey(version.version, save, part, index);
  }

  /**
   * Removes the chunks of a save that did not become a version. Best effort: what is left is
   * never read (no head record names it), so a failure here must not hide the save's outcome.
   */
  private async discard(version: number, save: string): Promise<void> {
    const keys = await this.store.keys(contractChunksOf(version, save)).catch(() => []);
    await Promise.allSettled(keys.map((key) => this.store.delete(key)));
  }
}
