import { coveredEnvironments } from '../contract/coveredEnvironments';
import type { Contact, Contract } from '../contract/types';
import { EMPTY_RELATIONSHIP, type CustomerRelationship } from './customerRelationship';
import { hasAgreementAt, type RelationshipRevision } from './relationshipMeasures';

/** An agreement binding a customer, as the register shows it. */
export interface BindingAgreement {
  readonly id: string;
  readonly name: string;
  readonly product: string;
  /** The environments' names (all of the customer's running the product when the agreement names none). */
  readonly environments: readonly string[];
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly inForce: boolean;
}

/** One customer of the register: the contract's view and the register's, with its warnings. */
export interface RegisterEntry {
  readonly customerId: string;
  readonly name: string;
  readonly relationship: CustomerRelationship;
  /** The register's revision shown (null: never described), who saved it and when (epoch ms). */
  readonly revision: number | null;
  readonly savedBy: string | null;
  readonly savedAt: number | null;
  readonly contacts: readonly Contact[];
  readonly agreements: readonly BindingAgreement[];
  /** No account manager is named on our side. */
  readonly withoutAccountManager: boolean;
  /** No agreement of the contract in force binds the customer now. */
  readonly withoutWrittenAgreement: boolean;
}

/** The register at `now`: every customer of the contract, with its newest revision. */
export function registerEntries(
  contract: Contract | null,
  newest: ReadonlyMap<string, RelationshipRevision>,
  now: number,
): RegisterEntry[] {
  return (contract?.customers ?? []).map((customer) => {
    const revision = newest.get(customer.id);
    const relationship = revision?.relationship ?? EMPTY_RELATIONSHIP;
    const agreements = contract!.agreements
      .filter((a) => a.customer === customer.id)
      .map((a): BindingAgreement => {
        return {
          id: a.id,
          name: a.name,
          product: a.product,
          environments: coveredEnvironments(customer, a).map((e) => e.name),
          validFrom: a.validFrom,
          validTo: a.validTo ?? null,
          inForce: hasAgreementAt({ ...contract!, agreements: [a] }, customer.id, now),
        };
      });
    return {
      customerId: customer.id,
      name: customer.name,
      relationship,
      revision: revision?.revision ?? null,
      savedBy: revision?.savedBy ?? null,
      savedAt: revision?.savedAt ?? null,
      contacts: customer.contacts ?? [],
      agreements,
      withoutAccountManager: relationship.accountManager === null,
      withoutWrittenAgreement: !agreements.some((a) => a.inForce),
    };
  });
}
