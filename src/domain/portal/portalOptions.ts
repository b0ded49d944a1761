/**
 * What a customer may choose when creating a request on the portal: the agreements of the
 * organisations they speak for that are in force and cover the request's issue type, each with
 * the environments it covers and the priorities of its priority model. And the check of a
 * choice, submitted by the panel or read back from the new request's property: nothing outside
 * these options is ever taken.
 */
import type { ContractModel } from '../contract/compileContract';
import { isValidAt } from '../contract/agreementValidity';
import { coveredEnvironments } from '../contract/coveredEnvironments';
import { resolveAgreement } from '../contract/resolveAgreement';
import type { Customer } from '../contract/types';
import { isRecord, jsonType, type ValidationError } from '../validation';
import {
  PORTAL_CHOICE_FORMAT,
  type PortalAgreementOption,
  type PortalChoice,
} from '../../resolvers/portalViews';

/** An agreement the request may fall under, with the customer it belongs to. */
export interface PortalAgreementChoice extends PortalAgreementOption {
  readonly customer: Customer;
}

/** Where the options are asked for: the request's issue type and the moment of creation. */
export interface PortalOptionsKey {
  readonly issueType: string;
  /** Epoch ms: the agreement must be in force then. */
  readonly at: number;
}

/**
 * The agreements of `customer` in force at `at` with an obligation for `issueType`, in the
 * contract's order. An agreement offers only the environments for which the app's agreement
 * resolution (`resolveAgreement`) lands on it: where an agreement that lists an environment
 * wins over one covering all of the customer's, choosing the latter for that environment would
 * promise what the issue will not be measured against. An agreement left with no environment
 * to offer is not offered. Priorities are most urgent first.
 */
export function portalOptions(
  model: ContractModel,
  customer: Customer,
  key: PortalOptionsKey,
): PortalAgreementChoice[] {
  const options: PortalAgreementChoice[] = [];
  for (const compiled of model.agreements) {
    const { agreement } = compiled;
    if (agreement.customer !== customer.id || !isValidAt(compiled.validity, key.at)) continue;
    if (!agreement.obligations.some((o) => o.issueTypes.includes(key.issueType))) continue;
    const environments = coveredEnvironments(customer, agreement)
      .filter((environment) => {
        const resolution = resolveAgreement(model, {
          customer: customer.id,
          environment: environment.id,
          product: environment.product,
          issueType: key.issueType,
          created: key.at,
        });
        return resolution.agreement?.agreement.id === agreement.id;
      })
      .map(({ id, name, kind }) => ({ id, name, kind }));
    if (environments.length === 0) continue;
    options.push({
      id: agreement.id,
      name: agreement.name,
      customer,
      environments,
      priorities: [...compiled.priorityModel.priorities]
        .sort((a, b) => a.rank - b.rank)
        .map(({ id, name, rank }) => ({ id, name, rank })),
    });
  }
  return options;
}

/** The options for every organisation the viewer speaks for, customer by customer. */
export function portalOptionsFor(
  model: ContractModel,
  customers: readonly Customer[],
  key: PortalOptionsKey,
): PortalAgreementChoice[] {
  return customers.flatMap((customer) => portalOptions(model, customer, key));
}

/**
 * The choice the panel starts from: the first agreement, its first environment, and the LEAST
 * urgent priority. Urgency is the customer's to raise on purpose: a default of the most urgent
 * would file every request nobody looked at as a critical one, raising the agents' alarms and
 * the promised times alike; the least urgent only ever under-promises until they pick.
 */
export function defaultPortalChoice(
  options: readonly PortalAgreementChoice[],
): PortalChoice | null {
  const first = options[0];
  const priority = first?.priorities[first.priorities.length - 1];
  if (!first || !priority) return null;
  return {
    format: PORTAL_CHOICE_FORMAT,
    customer: first.customer.id,
    agreement: first.id,
    environment: first.environments[0]?.id ?? null,
    priority: priority.id,
  };
}

export type PortalChoiceReading =
  | { readonly ok: true; readonly choice: PortalChoice; readonly option: PortalAgreementChoice }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** What a choice is checked against: the contract, who speaks, the request's type and date. */
export interface PortalChoiceContext extends PortalOptionsKey {
  readonly model: ContractModel;
  /** The customers the person speaks for (the viewer, or the request's reporter). */
  readonly customers: readonly Customer[];
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Checks a `PortalChoice` (submitted or stored: `unknown` until checked) against the options of
 * the customers the person speaks for: the format, a customer they are a contact of, an
 * agreement of that customer offered for this issue type and date, one of its environments and
 * a priority of its model. Every problem is reported at its JSON path; a problem of the
 * customer or agreement leaves what depends on it unchecked (it cannot be told).
 */
export function readPortalChoice(
  value: unknown,
  context: PortalChoiceContext,
): PortalChoiceReading {
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `must be an object, not ${jsonType(value)}` }],
    };
  }
  const errors: ValidationError[] = [];
  if (value.format !== PORTAL_CHOICE_FORMAT) {
    errors.push({ path: '$.format', message: `must be "${PORTAL_CHOICE_FORMAT}"` });
  }
  for (const name of ['customer', 'agreement', 'priority'] as const) {
    if (!isId(value[name]))
      errors.push({ path: `$.${name}`, message: 'must be a non-empty string' });
  }
  if (value.proof !== undefined && typeof value.proof !== 'string') {
    errors.push({ path: '$.proof', message: 'must be a string when given' });
  }
  if (value.environment !== null && !isId(value.environment)) {
    errors.push({ path: '$.environment', message: 'must be a non-empty string or null' });
  }
  const customer = context.customers.find((c) => c.id === value.customer);
  if (isId(value.customer) && !customer) {
    errors.push({
      path: '$.customer',
      message: `"${value.customer}" is not an organisation you are a contact of`,
    });
  }
  const option = customer
    ? portalOptions(context.model, customer, context).find((o) => o.id === value.agreement)
    : undefined;
  if (customer && isId(value.agreement) && !option) {
    errors.push({
      path: '$.agreement',
      message: `"${value.agreement}" is no agreement of ${customer.name} in force for a ${context.issueType}`,
    });
  }
  if (option) errors.push(...choiceWithinOption(value, option));
  if (errors.length > 0 || !option) return { ok: false, errors };
  return {
    ok: true,
    option,
    choice: {
      format: PORTAL_CHOICE_FORMAT,
      customer: option.customer.id,
      agreement: option.id,
      environment: value.environment as string | null,
      priority: value.priority as string,
      ...(typeof value.proof === 'string' && { proof: value.proof }),
    },
  };
}

/** The environment and priority of a choice, against the agreement chosen. */
function choiceWithinOption(
  value: Record<string, unknown>,
  option: PortalAgreementChoice,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const environment = value.environment;
  if (environment === null && option.environments.length > 0) {
    errors.push({ path: '$.environment', message: `choose an environment of ${option.name}` });
  } else if (isId(environment) && !option.environments.some((e) => e.id === environment)) {
    errors.push({
      path: '$.environment',
      message: `"${environment}" is not an environment ${option.name} covers`,
    });
  }
  if (isId(value.priority) && !option.priorities.some((p) => p.id === value.priority)) {
    errors.push({
      path: '$.priority',
      message: `"${value.priority}" is not a priority of ${option.name}`,
    });
  }
  return errors;
}

/** What the create panel asks for: any part may be left out for its default. */
export interface PortalSelection {
  readonly agreement?: string;
  readonly environment?: string;
  readonly priority?: string;
}

/** The create panel's payload `{ agreement?, environment?, priority? }`, each a string if given. */
export function readPortalSelection(
  payload: unknown,
): { readonly ok: true; readonly selection: PortalSelection } | PortalChoiceReading {
  const input = payload === undefined || payload === null ? {} : payload;
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `must be an object, not ${jsonType(input)}` }],
    };
  }
  const errors: ValidationError[] = [];
  const selection: Record<string, string> = {};
  for (const name of ['agreement', 'environment', 'priority'] as const) {
    const value = input[name];
    if (isId(value)) selection[name] = value;
    else if (value !== undefined && value !== null) {
      errors.push({ path: `$.${name}`, message: 'must be a non-empty string when given' });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, selection };
}

/**
 * Reads the create panel's payload and fills in what is left out: the agreement's default
 * (first) environment and its least urgent priority, or the default choice when no agreement is
 * named. Each part must be one of the options; every problem at its JSON path.
 */
export function selectPortalChoice(
  payload: unknown,
  options: readonly PortalAgreementChoice[],
): { readonly ok: true; readonly choice: PortalChoice | null } | PortalChoiceReading {
  const read = readPortalSelection(payload);
  if (!read.ok) return read;
  const { selection } = read as { selection: PortalSelection };
  const named = selection.agreement
    ? options.find((o) => o.id === selection.agreement)
    : options[0];
  if (!named) {
    return selection.agreement
      ? {
          ok: false,
          errors: [
            {
              path: '$.agreement',
              message: `"${selection.agreement}" is not an agreement you can choose for this request type`,
            },
          ],
        }
      : { ok: true, choice: null };
  }
  const environment = selection.environment ?? named.environments[0]?.id ?? null;
  const priority = selection.priority ?? named.priorities[named.priorities.length - 1]?.id;
  const errors = choiceWithinOption({ environment, priority }, named);
  if (errors.length > 0 || priority === undefined) return { ok: false, errors };
  return {
    ok: true,
    choice: {
      format: PORTAL_CHOICE_FORMAT,
      customer: named.customer.id,
      agreement: named.id,
      environment,
      priority,
    },
  };
}
