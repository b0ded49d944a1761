import { compileValidContract, type ContractModel } from '../domain/contract';
import type { ContractRepository } from '../storage/contractRepository';

/** Older versions compiled so far, per repository: a saved version never changes. */
const compiled = new WeakMap<ContractRepository, Map<number, Promise<ContractModel | null>>>();

/**
 * The compiled contracts issues are evaluated with: the version in force, and for a resolved
 * issue the version it was measured under. Closed issues keep the evaluation and the contract
 * version they were measured under, because reports depend on them: a new version never changes
 * their history by itself, only an admin's recalculation does (`recalculate`).
 */
export class ContractModels {
  constructor(
    private readonly contracts: ContractRepository,
    /** The version in force, null before the first save. */
    readonly current: ContractModel | null,
  ) {}

  /** The contracts in force: read once per batch. */
  static async inForce(contracts: ContractRepository): Promise<ContractModels> {
    return new ContractModels(contracts, await contracts.model());
  }

  /**
   * The model to evaluate an issue with: for a resolved issue, the version the app's record says
   * it was measured under (`recordedVersion`), unless `recalculate` asks for the version in
   * force; for any other issue, the version in force. A version that cannot be read any more
   * gives way to the one in force.
   */
  async forIssue(
    resolved: boolean,
    recordedVersion: number | undefined,
    recalculate: boolean,
  ): Promise<ContractModel | null> {
    const current = this.current;
    if (!resolved || recalculate || recordedVersion === undefined || current === null) {
      return current;
    }
    if (recordedVersion === current.version) return current;
    return (await this.version(recordedVersion)) ?? current;
  }

  private version(version: number): Promise<ContractModel | null> {
    const byVersion =
      compiled.get(this.contracts) ?? new Map<number, Promise<ContractModel | null>>();
    compiled.set(this.contracts, byVersion);
    let model = byVersion.get(version);
    if (!model) {
      model = this.contracts
        .version(version)
        .then((saved) => (saved ? compileValidContract(saved.contract, version) : null));
      byVersion.set(version, model);
      // A failed read is not kept: the next batch reads the version again.
      model.catch(() => byVersion.delete(version));
    }
    return model;
  }
}
