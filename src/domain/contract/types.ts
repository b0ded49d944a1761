/**
 * The contract model of `slm-contract/1` (see ../shared/contract-format.md): the reusable parts a
 * support contract is built from, as they arrive in JSON. Durations are ISO 8601 strings here;
 * `compileContract` turns them into milliseconds of business time.
 */
import type { CalendarDefinition, HolidaySet } from '../calendar';
import type { Escalation } from '../escalation/types';

export const CONTRACT_FORMAT = 'slm-contract/1';

export interface Priority {
  readonly id: string;
  readonly name: string;
  /** Internal rank shared by every model: 1 is the most urgent. "Priority 2" and "Yellow" compare by it. */
  readonly rank: number;
  /** The Jira priority name this priority is read from, when the site maps one to it. */
  readonly jiraPriority?: string;
}

export interface PriorityModel {
  readonly id: string;
  readonly name: string;
  readonly priorities: readonly Priority[];
}

/** What happened on an issue, as the action model's rules name it. */
export const EVENT_KINDS = [
  'created',
  'statusEntered',
  'statusLeft',
  'resolutionSet',
  'resolutionCleared',
  'commentByAgent',
  'commentByCustomer',
  'assigneeChanged',
  'priorityChanged',
  'fieldChanged',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A rule that fires on an event; `status` or `field` narrows it, without them any value matches. */
export interface EventRule {
  readonly on: EventKind;
  readonly status?: string;
  readonly field?: string;
}

/** A rule that holds the clock while the issue is in one of the statuses. */
export interface WhileStatusRule {
  readonly whileStatus: readonly string[];
}

export type PauseRule = EventRule | WhileStatusRule;

/**
 * When a measurement starts, parks, resumes, stops and starts over. A `whileStatus` pause lifts
 * by itself when the issue leaves the status; an event pause (`{ on: … }`) lasts until a
 * `resume` rule fires.
 */
export interface ActionModel {
  readonly id: string;
  readonly name: string;
  readonly start: readonly EventRule[];
  readonly pause?: readonly PauseRule[];
  readonly resume?: readonly EventRule[];
  readonly stop?: readonly EventRule[];
  readonly reset?: readonly EventRule[];
}

export interface Goal {
  readonly id: string;
  readonly name: string;
  readonly actionModel: string;
  readonly calendar: string;
  /** An OLA: measured and reported, not promised to the customer. */
  readonly internal?: boolean;
  /** Fractions of the target at which the goal warns, e.g. `[0.5, 0.75]`. */
  readonly warnAt?: readonly number[];
  /** What the agent must do to meet the goal: "Respond to the customer". */
  readonly nextAction?: string;
  /** What the app does when the goal crosses a warning threshold or breaches. */
  readonly escalations?: readonly Escalation[];
}

export type ContactRole = 'customer' | 'orderer';

export interface Contact {
  readonly name: string;
  /**
   * The contact's Atlassian account id: how the app knows their comments are the customer's.
   * Jira hides a user's e-mail address unless their profile shows it, so the address alone
   * may not tell.
   */
  readonly accountId?: string;
  readonly email?: string;
  /** `customer`: has budget mandate, decides and pays; `orderer`: orders from the catalogue. */
  readonly role: ContactRole;
}

export const ENVIRONMENT_KINDS = ['production', 'uat', 'test', 'training', 'development'] as const;
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number];

export interface Environment {
  readonly id: string;
  readonly name: string;
  readonly kind: EnvironmentKind;
  readonly product: string;
  readonly version?: string;
}

export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly contacts?: readonly Contact[];
  readonly environments: readonly Environment[];
}

/** A goal promised for some issue types, with a target per priority id (ISO 8601 durations). */
export interface Obligation {
  readonly goal: string;
  readonly issueTypes: readonly string[];
  readonly targets: Readonly<Record<string, string>>;
  /** Overrides the goal's calendar for this agreement. */
  readonly calendar?: string;
}

export interface Agreement {
  readonly id: string;
  readonly name: string;
  readonly customer: string;
  /** The environments covered; left out, every environment of the customer running `product`. */
  readonly environments?: readonly string[];
  readonly product: string;
  readonly priorityModel: string;
  /** `YYYY-MM-DD`, read as UTC midnight; inclusive. */
  readonly validFrom: string;
  /** `YYYY-MM-DD`, read as UTC midnight; exclusive; `null` is open-ended. */
  readonly validTo?: string | null;
  readonly obligations: readonly Obligation[];
}

export interface Contract {
  readonly format: typeof CONTRACT_FORMAT;
  readonly holidaySets: readonly HolidaySet[];
  readonly calendars: readonly CalendarDefinition[];
  readonly priorityModels: readonly PriorityModel[];
  readonly actionModels: readonly ActionModel[];
  readonly goals: readonly Goal[];
  readonly customers: readonly Customer[];
  readonly agreements: readonly Agreement[];
}
