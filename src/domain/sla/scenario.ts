import { compileValidContract, type Contract } from '../contract';
import { jsonSchemaValidator } from '../contract/jsonSchemaErrors';
import { parseRealInstant } from '../realInstant';
import { contractErrors } from '../contract/validateContract';
import { append, capErrors, field, index, type ValidationError } from '../validation';
import { evaluateIssue, type EvaluateOptions } from './evaluateIssue';
import schema from './slm-scenario-1.schema.json';
import type { Evaluation, IssueSnapshot } from './types';

/** An `slm-scenario/1` document: a contract, an issue and the instant to evaluate it at. */
export interface Scenario {
  readonly format: 'slm-scenario/1';
  readonly contract: unknown;
  readonly issue: IssueSnapshot;
  readonly now: string;
}

const checkSchema = jsonSchemaValidator(schema);

/**
 * Checks a scenario and returns its problems with their JSON paths (`$.contract.calendars[0].timeZone`,
 * `$.issue.history[3].at`), at most `MAX_REPORTED_ERRORS` and a count of the rest. An empty list
 * means it can be evaluated.
 */
export function validateScenario(input: unknown): ValidationError[] {
  const errors = checkSchema(input);
  const scenario = input as Partial<Scenario> | null;
  if (
    scenario &&
    typeof scenario === 'object' &&
    scenario.contract &&
    typeof scenario.contract === 'object'
  ) {
    append(errors, contractErrors(scenario.contract, '$.contract'));
  }
  const refused = new Set(errors.map((e) => e.path));
  // The schema's pattern admits 2026-02-30T…; the calendar does not.
  const instants: [string, unknown][] = [
    ['$.now', scenario?.now],
    ['$.issue.created', scenario?.issue?.created],
    ...(Array.isArray(scenario?.issue?.history) ? scenario.issue.history : []).map(
      (entry, i): [string, unknown] => [field(index('$.issue.history', i), 'at'), entry?.at],
    ),
  ];
  for (const [path, value] of instants) {
    if (typeof value === 'string' && parseRealInstant(value) === undefined && !refused.has(path)) {
      errors.push({ path, message: `"${value}" is not a real instant` });
    }
  }
  return capErrors(errors);
}

/** Thrown by `evaluateScenario` for an invalid scenario; nothing is evaluated. */
export class InvalidScenarioError extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    super(`Invalid scenario: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    this.name = 'InvalidScenarioError';
  }
}

/** Validates a scenario, then evaluates its issue at its `now`. */
export function evaluateScenario(input: unknown, options: EvaluateOptions = {}): Evaluation {
  const errors = validateScenario(input);
  if (errors.length > 0) throw new InvalidScenarioError(errors);
  const scenario = input as Scenario;
  return evaluateIssue(
    compileValidContract(scenario.contract as Contract),
    scenario.issue,
    Date.parse(scenario.now),
    options,
  );
}
