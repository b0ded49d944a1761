import {
  compileContract,
  nextContractVersion,
  validateContract,
  type Contract,
  type ContractModel,
  type ContractVersion,
} from '../domain/contract';
import type { ValidationError } from '../domain/validation';
import type { KeyValueStore } from './keyValueStore';
import { CONTRACT_VERSIONS, contractVersionKey, LATEST_CONTRACT_KEY } from './storageKeys';

export type SaveResult =
  | { readonly saved: true; readonly version: ContractVersion }
  | { readonly saved: false; readonly errors: readonly ValidationError[] }
  | { readonly saved: false; readonly unchanged: true; readonly version: ContractVersion };

/**
 * The site's contract in storage: every saved version is kept under its own key (never
 * rewritten), with who saved it, when, and what changed; another key names the one in force.
 */
export class ContractRepository {
  private cached: { version: number; model: ContractModel } | undefined;

  constructor(private readonly store: KeyValueStore) {}

  async latest(): Promise<ContractVersion | null> {
    const version = await this.store.get<number>(LATEST_CONTRACT_KEY);
    return version === undefined ? null : ((await this.version(version)) ?? null);
  }

  async version(version: number): Promise<ContractVersion | undefined> {
    return this.store.get<ContractVersion>(contractVersionKey(version));
  }

  /** Every version, newest first, without the contracts themselves: the audit trail. */
  async history(): Promise<Omit<ContractVersion, 'contract'>[]> {
    const keys = await this.store.keys(CONTRACT_VERSIONS);
    const versions = await Promise.all(keys.map((key) => this.store.get<ContractVersion>(key)));
    return versions
      .filter((v): v is ContractVersion => v !== undefined)
      .map(({ contract: _contract, ...entry }) => entry)
      .sort((a, b) => b.version - a.version);
  }

  /**
   * Validates and saves a contract as a new version. An invalid contract is refused with every
   * error and nothing is written; one identical to the latest creates no version.
   */
  async save(input: unknown, savedBy: string, savedAt: string): Promise<SaveResult> {
    const errors = validateContract(input);
    if (errors.length > 0) return { saved: false, errors };
    const latest = await this.latest();
    const next = nextContractVersion(latest, input as Contract, savedBy, savedAt);
    if (!next) return { saved: false, unchanged: true, version: latest! };
    // The version is written before the pointer moves, so a reader never sees a missing version.
    await this.store.set(contractVersionKey(next.version), next);
    await this.store.set(LATEST_CONTRACT_KEY, next.version);
    return { saved: true, version: next };
  }

  /** The compiled contract in force, or null before the first save; compiled once per version. */
  async model(): Promise<ContractModel | null> {
    const version = await this.store.get<number>(LATEST_CONTRACT_KEY);
    if (version === undefined) return null;
    if (this.cached?.version !== version) {
      const saved = await this.version(version);
      if (!saved) return null;
      this.cached = { version, model: compileContract(saved.contract, version) };
    }
    return this.cached.model;
  }
}
