import { contractChanges, type PartChanges } from './contractChanges';
import type { Contract } from './types';

/**
 * A saved contract. Versions count up from 1 and are never rewritten: an issue is measured
 * against the version in force, and its evaluation records that number.
 */
export interface ContractVersion {
  readonly version: number;
  /** ISO instant of the save. */
  readonly savedAt: string;
  /** Who saved it (a Jira account id). */
  readonly savedBy: string;
  /** What the save changed compared with the version before it. */
  readonly changes: readonly PartChanges[];
  readonly contract: Contract;
}

/**
 * The version that saving `contract` over `latest` creates. The contract must already be
 * valid (see `validateContract`); a save that changes nothing returns `null`, so pressing save
 * twice does not bump the version.
 */
export function nextContractVersion(
  latest: ContractVersion | null,
  contract: Contract,
  savedBy: string,
  savedAt: string,
): ContractVersion | null {
  const changes = contractChanges(latest?.contract ?? null, contract);
  if (latest && changes.length === 0) return null;
  return { version: (latest?.version ?? 0) + 1, savedAt, savedBy, changes, contract };
}
