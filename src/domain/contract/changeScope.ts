import { contractChanges, type ContractPart } from './contractChanges';
import type { Agreement, Contract } from './types';

/**
 * Which issues a new contract version can measure differently: the issues of the customers it
 * touches. An issue's evaluation depends on its customer (environments, contacts) and on every
 * agreement of that customer (one may now claim the issue before another), each with the parts
 * it is built from. Issues are found by the customer their evaluation recorded (the `slm`
 * property's `customer`): a known customer's id, or, for a customer the contract did not know,
 * the text of the issue's customer field, so a customer added or renamed is looked for by its
 * name too.
 */
export interface ChangeScope {
  /** There was no contract before: every issue is measured for the first time. */
  readonly everyIssue: boolean;
  /** The ids and names of the customers whose issues the change can affect, sorted. */
  readonly customers: readonly string[];
}

/**
 * The scope of the change from `before` (null: none yet) to `after`.
 *
 * @example
 * // The Copenhagen calendar changed: it measures goals of Schultz's agreements only.
 * changeScope(v1, v2); // { everyIssue: false, customers: ['Schultz A/S', 'schultz'] }
 */
export function changeScope(before: Contract | null, after: Contract): ChangeScope {
  if (!before) return { everyIssue: true, customers: [] };
  const changed = new Map<ContractPart, Set<string>>(
    contractChanges(before, after).map((c) => [
      c.part,
      new Set([...c.added, ...c.removed, ...c.changed]),
    ]),
  );
  const isChanged = (part: ContractPart, id: string) => changed.get(part)?.has(id) ?? false;
  const touched = new Set(changed.get('customers') ?? []);
  for (const contract of [before, after]) {
    for (const agreement of contract.agreements) {
      const parts = agreementParts(contract, agreement);
      if ([...parts].some(([part, ids]) => [...ids].some((id) => isChanged(part, id)))) {
        touched.add(agreement.customer);
      }
    }
  }
  const customers = new Set<string>();
  for (const id of touched) {
    customers.add(id);
    for (const contract of [before, after]) {
      const customer = contract.customers.find((c) => c.id === id);
      if (customer) customers.add(customer.name);
    }
  }
  return { everyIssue: false, customers: [...customers].sort() };
}

/** Every item an agreement is built from, itself included, by part. */
function agreementParts(contract: Contract, agreement: Agreement): Map<ContractPart, Set<string>> {
  const goals = contract.goals.filter((g) => agreement.obligations.some((o) => o.goal === g.id));
  const calendars = new Set([
    ...goals.map((g) => g.calendar),
    ...agreement.obligations.flatMap((o) => (o.calendar ? [o.calendar] : [])),
  ]);
  const holidaySets = contract.calendars
    .filter((c) => calendars.has(c.id))
    .flatMap((c) => c.holidaySets ?? []);
  return new Map<ContractPart, Set<string>>([
    ['agreements', new Set([agreement.id])],
    ['customers', new Set([agreement.customer])],
    ['priorityModels', new Set([agreement.priorityModel])],
    ['goals', new Set(goals.map((g) => g.id))],
    ['actionModels', new Set(goals.map((g) => g.actionModel))],
    ['calendars', calendars],
    ['holidaySets', new Set(holidaySets)],
  ]);
}
