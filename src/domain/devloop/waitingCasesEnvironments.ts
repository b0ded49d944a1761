/**
 * The environments the contract names, as the closing of fixed cases needs them: each with its
 * customer, product and the version the contract says it runs (before any report).
 */
import type { ContractModel } from '../contract/compileContract';

export interface KnownEnvironment {
  readonly id: string;
  readonly customer: string;
  readonly product: string;
  /** The contract's version, what it runs before any report. */
  readonly version?: string;
}

/** Every environment of every customer in the contract. */
export function knownEnvironments(model: ContractModel | null): KnownEnvironment[] {
  return (model?.contract.customers ?? []).flatMap((customer) =>
    customer.environments.map((e) => ({
      id: e.id,
      customer: customer.id,
      product: e.product,
      ...(e.version !== undefined && { version: e.version }),
    })),
  );
}

/** How the customer knows the environment: its name in the contract, else its id. */
export function environmentName(model: ContractModel | null, environment: string): string {
  for (const customer of model?.contract.customers ?? []) {
    const found = customer.environments.find((e) => e.id === environment);
    if (found) return found.name;
  }
  return environment;
}

/** The account ids of a customer's contacts, each once: whom release notes go to. */
export function contactAccountIds(
  model: ContractModel | null,
  customerId: string | undefined,
): string[] {
  const customer = model?.contract.customers.find((c) => c.id === customerId);
  return [
    ...new Set((customer?.contacts ?? []).flatMap((c) => (c.accountId ? [c.accountId] : []))),
  ];
}
