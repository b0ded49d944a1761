import { validateCalendar, validateHolidaySet } from '../calendar';
import { parseIsoDate } from '../calendar/civilDate';
import { append, capErrors, field, index, isRecord, type ValidationError } from '../validation';
import { agreementOverlaps } from './agreementOverlaps';
import { brokenPaths, type Broken } from './brokenPaths';
import { jsonSchemaValidator } from './jsonSchemaErrors';
import schema from './slm-contract-1.schema.json';
import type { Contract } from './types';

const checkSchema = jsonSchemaValidator(schema);

/**
 * Checks an `slm-contract/1` document and returns its problems with their JSON paths: the
 * shape (against `slm-contract-1.schema.json`), then what a schema cannot say: duplicate and
 * unknown ids, calendars (time zones, overlapping ranges), targets keyed by a priority outside
 * the agreement's model, environments of another customer, and agreements that overlap. An
 * empty list means the contract is valid; `root` prefixes the paths (`$.contract` in a scenario).
 * Every problem is found, in time linear in the document (n log n for overlaps), and the first
 * `MAX_REPORTED_ERRORS` are returned, then one that counts the rest (see `capErrors`).
 *
 * @example
 * validateContract({ format: 'slm-contract/1' })[0];
 * // { path: '$.holidaySets', message: 'is required' }
 */
export function validateContract(input: unknown, root = '$'): ValidationError[] {
  return capErrors(contractErrors(input, root), root);
}

/** Every problem of a contract, not capped: for a document that holds one and caps once. */
export function contractErrors(input: unknown, root: string): ValidationError[] {
  const shapeErrors = checkSchema(input, root);
  if (shapeErrors.some((e) => e.path === root || e.path === `${root}.format`)) return shapeErrors;
  const errors = [...shapeErrors];
  append(errors, referenceErrors(input as Contract, root, brokenPaths(shapeErrors)));
  return errors;
}

/** Items of a list with their paths, leaving out those the schema already refused. */
function items<T>(list: readonly T[] | undefined, path: string, broken: Broken) {
  // The schema has checked each list is an array, unless it reported the list itself.
  const all: readonly T[] = Array.isArray(list) ? list : [];
  return all.map((item, i) => ({ item, path: index(path, i) })).filter(({ path: p }) => !broken(p));
}

function referenceErrors(contract: Contract, root: string, broken: Broken): ValidationError[] {
  const errors: ValidationError[] = [];
  const at = (name: keyof Contract) => field(root, name);
  const holidaySets = items(contract.holidaySets, at('holidaySets'), broken);
  const calendars = items(contract.calendars, at('calendars'), broken);
  const priorityModels = items(contract.priorityModels, at('priorityModels'), broken);
  const actionModels = items(contract.actionModels, at('actionModels'), broken);
  const goals = items(contract.goals, at('goals'), broken);
  const customers = items(contract.customers, at('customers'), broken);
  // An agreement's obligations are checked one by one, so a bad target in one obligation does
  // not hide a bad reference in another: only the agreement's own fields can rule it out.
  const ownFieldBroken = (path: string) =>
    broken(path, false) ||
    [
      'id',
      'customer',
      'product',
      'priorityModel',
      'validFrom',
      'validTo',
      'environments',
      'obligations',
    ].some((name) => broken(field(path, name), name === 'environments'));
  const agreements = items(contract.agreements, at('agreements'), ownFieldBroken);

  for (const list of [
    holidaySets,
    calendars,
    priorityModels,
    actionModels,
    goals,
    customers,
    agreements,
  ]) {
    append(errors, duplicateIds(list));
  }

  const holidaySetIds = knownIds(contract.holidaySets);
  for (const { item, path } of holidaySets) append(errors, validateHolidaySet(item, path));
  for (const { item, path } of calendars) {
    append(errors, validateCalendar(item, holidaySetIds, path));
  }

  for (const { item: model, path } of priorityModels) {
    const priorities = model.priorities.map((item, i) => ({
      item,
      path: index(field(path, 'priorities'), i),
    }));
    append(errors, duplicateIds(priorities));
    append(
      errors,
      duplicateValues(priorities, 'rank', (p) => p.rank),
    );
    append(
      errors,
      duplicateValues(priorities, 'jiraPriority', (p) => p.jiraPriority),
    );
  }

  for (const { item: model, path } of actionModels) append(errors, actionModelErrors(model, path));

  const calendarIds = knownIds(contract.calendars);
  const actionModelIds = knownIds(contract.actionModels);
  for (const { item: goal, path } of goals) {
    errors.push(
      ...unknownId(goal.actionModel, actionModelIds, field(path, 'actionModel'), 'action model'),
    );
    errors.push(...unknownId(goal.calendar, calendarIds, field(path, 'calendar'), 'calendar'));
    const warnAt = goal.warnAt ?? [];
    warnAt.forEach((fraction, i) => {
      if (i > 0 && fraction <= warnAt[i - 1]!) {
        errors.push({
          path: index(field(path, 'warnAt'), i),
          message: 'warning thresholds must increase',
        });
      }
    });
    (goal.escalations ?? []).forEach((escalation, i) => {
      if (escalation.at !== 'breach' && !warnAt.includes(escalation.at)) {
        errors.push({
          path: field(index(field(path, 'escalations'), i), 'at'),
          message: `${escalation.at} is not one of the goal's warnAt thresholds (${warnAt.join(', ') || 'none'}); escalate at one of them or at "breach"`,
        });
      }
      if (goal.internal !== true) return;
      (escalation.actions ?? []).forEach((action, a) => {
        if (action.type === 'notify' && action.reporter === true) {
          errors.push({
            path: field(
              index(field(index(field(path, 'escalations'), i), 'actions'), a),
              'reporter',
            ),
            message:
              'an internal goal (OLA) is not promised to the customer, so its escalations cannot notify the reporter; notify users, groups or the assignee',
          });
        }
      });
    });
  }

  // Every environment with an id, those of customers the schema refused included (see knownIds).
  const environments = new Map<string, { customer: string; product: unknown }>();
  listOf(contract.customers).forEach((customer, c) => {
    if (!isRecord(customer) || typeof customer.id !== 'string') return;
    const customerId = customer.id;
    listOf(customer.environments).forEach((environment, i) => {
      if (!isRecord(environment) || typeof environment.id !== 'string') return;
      const envPath = index(field(index(at('customers'), c), 'environments'), i);
      if (environments.has(environment.id)) {
        errors.push({
          path: field(envPath, 'id'),
          message: `duplicate environment id "${environment.id}"`,
        });
      } else {
        environments.set(environment.id, { customer: customerId, product: environment.product });
      }
    });
  });

  const customerIds = knownIds(contract.customers);
  const goalIds = knownIds(contract.goals);
  const priorityModelIds = knownIds(contract.priorityModels);
  const modelsById = new Map(
    priorityModels.map(({ item }) => [
      item.id,
      { model: item, ids: new Set(item.priorities.map((p) => p.id)) },
    ]),
  );
  for (const { item: agreement, path } of agreements) {
    errors.push(...unknownId(agreement.customer, customerIds, field(path, 'customer'), 'customer'));
    errors.push(
      ...unknownId(
        agreement.priorityModel,
        priorityModelIds,
        field(path, 'priorityModel'),
        'priority model',
      ),
    );
    (agreement.environments ?? []).forEach((id, i) => {
      const envPath = index(field(path, 'environments'), i);
      const environment = environments.get(id);
      if (!environment) errors.push({ path: envPath, message: `unknown environment "${id}"` });
      else if (environment.customer !== agreement.customer) {
        errors.push({
          path: envPath,
          message: `environment "${id}" belongs to customer "${environment.customer}", not "${agreement.customer}"`,
        });
      } else if (
        typeof environment.product === 'string' &&
        environment.product !== agreement.product
      ) {
        errors.push({
          path: envPath,
          message: `environment "${id}" runs product "${environment.product}", not "${agreement.product}"`,
        });
      }
    });
    const from = parseIsoDate(agreement.validFrom);
    if (from === undefined)
      errors.push({
        path: field(path, 'validFrom'),
        message: `"${agreement.validFrom}" is not a real date`,
      });
    if (typeof agreement.validTo === 'string') {
      const to = parseIsoDate(agreement.validTo);
      if (to === undefined)
        errors.push({
          path: field(path, 'validTo'),
          message: `"${agreement.validTo}" is not a real date`,
        });
      else if (from !== undefined && to <= from) {
        errors.push({
          path: field(path, 'validTo'),
          message: `must be after validFrom (${agreement.validFrom})`,
        });
      }
    }
    const known = modelsById.get(agreement.priorityModel);
    const covered = new Map<string, number>();
    agreement.obligations.forEach((obligation, i) => {
      const obligationPath = index(field(path, 'obligations'), i);
      if (broken(obligationPath)) return;
      errors.push(...unknownId(obligation.goal, goalIds, field(obligationPath, 'goal'), 'goal'));
      if (obligation.calendar !== undefined) {
        errors.push(
          ...unknownId(
            obligation.calendar,
            calendarIds,
            field(obligationPath, 'calendar'),
            'calendar',
          ),
        );
      }
      if (known) {
        for (const priority of Object.keys(obligation.targets)) {
          if (!known.ids.has(priority)) {
            errors.push({
              path: field(field(obligationPath, 'targets'), priority),
              message: `priority "${priority}" is not in priority model "${known.model.id}" (${[...known.ids].join(', ')})`,
            });
          }
        }
      }
      obligation.issueTypes.forEach((issueType, j) => {
        const key = `${obligation.goal}\u0000${issueType}`;
        const earlier = covered.get(key);
        if (earlier !== undefined) {
          errors.push({
            path: index(field(obligationPath, 'issueTypes'), j),
            message: `goal "${obligation.goal}" already applies to "${issueType}" in obligation ${earlier}`,
          });
        } else covered.set(key, i);
      });
    });
  }

  append(
    errors,
    agreementOverlaps(
      agreements.map(({ item, path }) => ({
        agreement: {
          ...item,
          obligations: item.obligations.filter(
            (_, i) => !broken(index(field(path, 'obligations'), i)),
          ),
        },
        path,
      })),
    ),
  );
  return errors;
}

function actionModelErrors(
  model: Contract['actionModels'][number],
  path: string,
): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const kind of ['start', 'pause', 'resume', 'stop', 'reset'] as const) {
    (model[kind] ?? []).forEach((rule, i) => {
      if (!('on' in rule)) return;
      const rulePath = index(field(path, kind), i);
      if (rule.status !== undefined && rule.on !== 'statusEntered' && rule.on !== 'statusLeft') {
        errors.push({
          path: field(rulePath, 'status'),
          message: `only statusEntered and statusLeft rules name a status, not ${rule.on}`,
        });
      }
      if (rule.field !== undefined && rule.on !== 'fieldChanged') {
        errors.push({
          path: field(rulePath, 'field'),
          message: `only fieldChanged rules name a field, not ${rule.on}`,
        });
      }
    });
  }
  const eventPauses = (model.pause ?? []).some((rule) => 'on' in rule);
  if (eventPauses && (model.resume ?? []).length === 0) {
    errors.push({
      path: field(path, 'resume'),
      message: 'a pause on an event needs a resume rule, or the clock never restarts',
    });
  }
  return errors;
}

const listOf = (list: unknown): readonly unknown[] => (Array.isArray(list) ? list : []);

/**
 * The ids in a list, of entries the schema refused too: a reference to an entry with a problem
 * of its own is not unknown, and saying so would bury the one real error under many.
 */
function knownIds(list: unknown): ReadonlySet<string> {
  return new Set(
    listOf(list).flatMap((item) =>
      isRecord(item) && typeof item.id === 'string' ? [item.id] : [],
    ),
  );
}

function duplicateIds(list: { item: { id: string }; path: string }[]): ValidationError[] {
  return duplicateValues(list, 'id', (item) => item.id);
}

function duplicateValues<T>(
  list: { item: T; path: string }[],
  name: string,
  valueOf: (item: T) => unknown,
): ValidationError[] {
  const seen = new Map<unknown, string>();
  const errors: ValidationError[] = [];
  for (const { item, path } of list) {
    const value = valueOf(item);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first)
      errors.push({
        path: field(path, name),
        message: `duplicate ${name} ${JSON.stringify(value)}, first used at ${first}`,
      });
    else seen.set(value, path);
  }
  return errors;
}

function unknownId(
  id: string,
  known: ReadonlySet<string>,
  path: string,
  what: string,
): ValidationError[] {
  return known.has(id) ? [] : [{ path, message: `unknown ${what} "${id}"` }];
}
