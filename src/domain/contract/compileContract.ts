import { createBusinessCalendar, type BusinessCalendar } from '../calendar';
import { field, index, type ValidationError } from '../validation';
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
  return compileValidContract(input as Contract, version);
}

/**
 * Compiles a contract validated before: a stored version, validated when it was saved, is not
 * validated again each time it is loaded. Still, what the compilation relies on is checked as it
 * goes: a reference that does not resolve or a target that is not a duration throws
 * `InvalidContractError` with its path, rather than leaving `undefined` for evaluation to trip on.
 */
export function compileValidContract(
  contract: Contract,
  version: number | null = null,
): ContractModel {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((item) => [item.id, item]));
  const goals = byId(contract.goals);
  const actionModels = byId(contract.actionModels);
  const priorityModels = byId(contract.priorityModels);
  const definitions = byId(contract.calendars);
  const compiled = new Map<string, BusinessCalendar>();

  const agreements = contract.agreements.map((agreement, a): CompiledAgreement => {
    const at = index('$.agreements', a);
    const priorityModel = found(priorityModels.get(agreement.priorityModel), () => ({
      path: `${at}.priorityModel`,
      message: `unknown priority model "${agreement.priorityModel}"`,
    }));
    return {
      agreement,
      validity: agreementValidity(agreement),
      priorityModel,
      priorities: byId(priorityModel.priorities),
      obligations: agreement.obligations.map((obligation, o) => {
        const path = index(`${at}.obligations`, o);
        const goal = found(goals.get(obligation.goal), () => ({
          path: `${path}.goal`,
          message: `unknown goal "${obligation.goal}"`,
        }));
        const calendarId = obligation.calendar ?? goal.calendar;
        found(definitions.get(calendarId), () => ({
          path: obligation.calendar === undefined ? `${path}.goal` : `${path}.calendar`,
          message: `unknown calendar "${calendarId}"`,
        }));
        return {
          obligation,
          goal,
          actionModel: found(actionModels.get(goal.actionModel), () => ({
            path: `${path}.goal`,
            message: `goal "${goal.id}" has an unknown action model "${goal.actionModel}"`,
          })),
          calendarId,
          targetMs: new Map(
            Object.entries(obligation.targets).map(([priority, text]) => [
              priority,
              found(parseDuration(text), () => ({
                path: field(`${path}.targets`, priority),
                message: `"${text}" is not a duration`,
              })),
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
        const definition = found(definitions.get(id), () => ({
          path: '$.calendars',
          message: `no calendar "${id}"`,
        }));
        calendar = createBusinessCalendar(definition, contract.holidaySets);
        compiled.set(id, calendar);
      }
      return calendar;
    },
  };
}

/** `value`, or an `InvalidContractError` with the problem `missing` describes. */
function found<T>(value: T | undefined, missing: () => ValidationError): T {
  if (value === undefined) throw new InvalidContractError([missing()]);
  return value;
}
