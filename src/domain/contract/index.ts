/** Contracts: the `slm-contract/1` model, its validation, compilation and agreement resolution. */
export * from './types';
export { validateContract } from './validateContract';
export {
  compileContract,
  compileValidContract,
  InvalidContractError,
  type CompiledAgreement,
  type CompiledObligation,
  type ContractModel,
} from './compileContract';
export { resolveAgreement, type AgreementKey, type AgreementResolution } from './resolveAgreement';
export { parseDuration, formatDuration } from './duration';
export {
  contractChanges,
  CONTRACT_PARTS,
  type ContractPart,
  type PartChanges,
} from './contractChanges';
export { nextContractVersion, type ContractVersion } from './contractVersion';
export { EMPTY_CONTRACT } from './emptyContract';
