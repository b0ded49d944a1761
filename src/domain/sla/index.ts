/** SLA evaluation: an issue's history and a contract in, goals, deadlines and the next action out. */
export * from './types';
export { evaluateIssue, type EvaluateOptions } from './evaluateIssue';
export {
  evaluateScenario,
  validateScenario,
  InvalidScenarioError,
  type Scenario,
} from './scenario';
export { compareWorkList, urgencyTier, nextDeadline, type WorkListEntry } from './workListOrder';
