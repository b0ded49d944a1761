import { createBusinessCalendar, type BusinessCalendar } from '../calendar';
import type { ValidationError } from '../validation';
import { agreementValidity, type Validity } from './agreementValidity';
import { parseDuration } from './duration';
import type {
  ActionModel,
  Agreement,
  Contract,
  Goal,
  Obligation,
  Priority,
  PriorityModel,
} from './types';
import { validateContract } from './validateContract';

/** Thrown when a contract is not valid; `errors` holds every problem with its path. */
export class InvalidContractError extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    super(
      `Invalid contract (${errors.length} error${errors.length === 1 ? '' : 's'}): ${errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`,
    );
    this.name = 'InvalidContractError';
  }
}

/** An obligation with its parts looked up and its targets in ms of business time. */
export interface CompiledObligation {
  readonly obligation: Obligation;
  readonly goal: Goal;
  readonly actionModel: ActionModel;
  /** The obligation's calendar override, else the goal's. */
  readonly calendarId: string;
  readonly targetMs: ReadonlyMap<string, number>;
}

export interface CompiledAgreement {
  readonly agreement: Agreement;
  readonly validity: Validity;
  readonly priorityModel: PriorityModel;
  readonly priorities: ReadonlyMap<string, Priority>;
  readonly obligations: readonly CompiledObligation[];
}

/** A validated contract ready for evaluation: ids resolved, durations parsed, calendars compiled on demand. */
export interface ContractModel {
  readonly contract: Contract;
  /** The saved version this model was built from, `null` for an unsaved document. */
  readonly version: number | null;
  readonly agreements: readonly CompiledAgreement[];
  /** The compiled calendar of that id; compiled once, on first use. */
  calendar(id: string): BusinessCalendar;
}

/**
 * Validates and compiles a contract. Nothing is half-applied: an invalid contract throws
 * `InvalidContractError` with every error.
 */
export function compileContract(input: unknown, version: number | null = null): ContractModel {
  const errors = validateContract(input);
  if (errors.length > 0) throw new InvalidContractError(errors);
  const contract = input as Contract;

  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((item) => [item.id, item]));
  const goals = byId(contract.goals);
  const actionModels = byId(contract.actionModels);
  const priorityModels = byId(contract.priorityModels);
  const definitions = byId(contract.calendars);
  const compiled = new Map<string, BusinessCalendar>();

  const agreements = contract.agreements.map((agreement): CompiledAgreement => {
    const priorityModel = priorityModels.get(agreement.priorityModel)!;
    return {
      agreement,
      validity: agreementValidity(agreement),
      priorityModel,
      priorities: byId(priorityModel.priorities),
      obligations: agreement.obligations.map((obligation) => {
        const goal = goals.get(obligation.goal)!;
        return {
          obligation,
          goal,
          actionModel: actionModels.get(goal.actionModel)!,
          calendarId: obligation.calendar ?? goal.calendar,
          targetMs: new Map(
            Object.entries(obligation.targets).map(([priority, text]) => [
              priority,
              parseDuration(text)!,
            ]),
          ),
        };
      }),
    };
  });

  return {
    contract,
    version,
    agreements,
    calendar(id) {
      let calendar = compiled.get(id);
      if (!calendar) {
        calendar = createBusinessCalendar(definitions.get(id)!, contract.holidaySets);
        compiled.set(id, calendar);
      }
      return calendar;
    },
  };
}
