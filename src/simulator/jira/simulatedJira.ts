/**
 * The in-memory Jira Cloud: Jira's own REST v3 paths and payload shapes (the subset the app
 * uses), answered in-process from plain request objects, raising Forge product events for every
 * change, with seeding for demo data and tests, fault injection for retry tests, and a log of
 * every request for counting Jira calls.
 */
import { missingScopeGrants, scopesCover } from './appScopes';
import { APP_ACCOUNT_ID } from './catalog';
import { createIssue } from './createIssue';
import { JiraHttpError } from './errors';
import { issuePropertyEvent } from './events';
import { setIssueProperty, validateProperty } from './issueProperties';
import { FaultInjector } from './faults';
import { searchIssues } from './jql/search';
import { matchRoute } from './router';
import {
  seedCustomField,
  seedPriority,
  seedProject,
  seedTeam,
  seedUser,
  seedVersion,
} from './seed';
import {
  addServiceDeskCustomer,
  seedServiceDesk,
  type SeededServiceDesk,
  type ServiceDeskInput,
} from './serviceDesks';
import { JiraState } from './state';
import type {
  CustomFieldInput,
  IndexedPropertyDefinition,
  JiraRequest,
  JiraResponse,
  PriorityInput,
  ProductEvent,
  ProjectInput,
  SentNotification,
  TeamInput,
  UserInput,
  VersionInput,
} from './types';

export interface SimulatedJiraOptions {
  /** The clock: every timestamp Jira writes comes from it. */
  now: () => number;
  /** Called synchronously, after the change, with each product event. */
  onEvent: (event: ProductEvent) => void;
  /** The `jira:entityProperty` index declarations (JQL on issue properties). */
  entityProperties?: IndexedPropertyDefinition[];
}

/** An issue to seed: the `fields` of `POST /issue`, as a user (or the app) would create it. */
export interface SeedIssueInput {
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
  /** The creator and default reporter; null or absent: the app. */
  accountId?: string | null;
  /** The creation instant; default now. */
  created?: number;
}

/** How a search was answered, for tests and benchmarks of index use. */
export interface SearchExplanation {
  issueKeys: string[];
  /** `scan`, `key`, or `property <key>.<path>`. */
  plan: string;
  /** Issues read to answer. */
  examined: number;
}

export class SimulatedJira {
  /** Every request handled (failed ones too) with its status, for tests and benchmarks. */
  readonly requestLog: { method: string; path: string; status: number }[] = [];
  /** The app's own account id (`GET /myself` as the app). */
  readonly appAccountId = APP_ACCOUNT_ID;

  private readonly jira: JiraState;
  private readonly faults = new FaultInjector();

  constructor(options: SimulatedJiraOptions) {
    this.jira = new JiraState(options.now, options.onEvent, options.entityProperties ?? []);
  }

  /**
   * Answers one REST request.
   *
   * @example await jira.handle({ method: 'GET', path: '/rest/api/3/issue/SUP-1', accountId: null })
   */
  async handle(request: JiraRequest): Promise<JiraResponse> {
    const method = request.method.toUpperCase();
    const [rawPath = '', search] = request.path.split('?', 2);
    const response = this.respond(request, method, rawPath, search);
    this.requestLog.push({ method, path: rawPath, status: response.status });
    return response;
  }

  private respond(
    request: JiraRequest,
    method: string,
    rawPath: string,
    search: string | undefined,
  ): JiraResponse {
    const fault = this.faults.take(rawPath);
    if (fault) return fault;
    const query = { ...parseQuery(search), ...joinedQuery(request.query) };
    const actor = this.jira.actor(request.accountId);
    if (!actor) {
      return new JiraHttpError(401, [
        'Client must be authenticated to access this resource.',
      ]).toResponse();
    }
    const match = matchRoute(method, rawPath);
    if (match.kind === 'none') {
      return new JiraHttpError(404, [
        `The simulated Jira has no resource ${rawPath}.`,
      ]).toResponse();
    }
    if (match.kind === 'wrongMethod') {
      return new JiraHttpError(405, [`${method} is not supported on ${rawPath}.`]).toResponse();
    }
    if (request.scopes && !scopesCover(match.scopes, request.scopes)) {
      return missingScopeGrants(match.scopes, request.scopes).toResponse();
    }
    try {
      const body = request.body === undefined ? undefined : structuredClone(request.body);
      return match.route.handler({ jira: this.jira, actor, params: match.params, query, body });
    } catch (error) {
      if (error instanceof JiraHttpError) return error.toResponse();
      throw error;
    }
  }

  /** Adds a user: an agent (`atlassian`, the default) or a customer. */
  addUser(input: UserInput): void {
    seedUser(this.jira, input);
  }

  /** Adds a project with its issue types and workflow (default: `DEFAULT_SUPPORT_WORKFLOW`). */
  addProject(input: ProjectInput): { id: string; key: string } {
    const project = seedProject(this.jira, input);
    return { id: project.id, key: project.key };
  }

  /** Adds a JSM service desk (and its portal) to a service project, with its request types. */
  addServiceDesk(input: ServiceDeskInput): SeededServiceDesk {
    return seedServiceDesk(this.jira, input);
  }

  /** Makes an account a customer of a service desk, so it may raise requests on its portal. */
  addServiceDeskCustomer(serviceDeskId: string, accountId: string): void {
    addServiceDeskCustomer(this.jira, serviceDeskId, accountId);
  }

  /**
   * Jira's rules for issue property keys and values (length, size), for fields the customer
   * portal will store: the messages of the fields that break them, by JSON path; none when all
   * pass.
   */
  checkIssueProperties(fields: readonly { key: string; value: unknown }[]): string[] {
    return fields.flatMap(({ key, value }, i) => {
      try {
        validateProperty(key, value);
        return [];
      } catch (error) {
        if (!(error instanceof JiraHttpError)) throw error;
        return [`fields[${i}]: ${error.message}`];
      }
    });
  }

  /**
   * What the customer portal does with a create property panel's submitted fields once the
   * request exists: stores each as an issue property of the request, for the customer who
   * raised it, raising the property-set event as a write does. Not a REST call: the portal does it
   * itself (customers may not set issue properties through the REST API). Nothing is stored
   * unless every field passes Jira's property rules.
   */
  storePortalRequestProperties(
    issueKey: string,
    accountId: string,
    fields: readonly { key: string; value: unknown }[],
  ): void {
    const problems = this.checkIssueProperties(fields);
    if (problems.length > 0) throw new Error(problems.join(' '));
    const issue = this.jira.requireIssue(issueKey);
    const actor = this.jira.actor(accountId);
    if (!actor) throw new Error(`Unknown account ${accountId}`);
    for (const { key, value } of fields) {
      setIssueProperty(this.jira, issue, key, value);
      this.jira.emit(issuePropertyEvent(this.jira, issue, actor, { key, value }));
    }
  }

  /** Adds a custom field (`customfield_<n>`). */
  addCustomField(input: CustomFieldInput): void {
    seedCustomField(this.jira, input);
  }

  /** Adds a team of Atlassian Teams, which a `team` custom field can name by its id. */
  addTeam(input: TeamInput): void {
    seedTeam(this.jira, input);
  }

  /** Adds a version to a project. */
  addVersion(input: VersionInput): { id: string; name: string } {
    const version = seedVersion(this.jira, input);
    return { id: version.id, name: version.name };
  }

  /** Adds a priority after Highest…Lowest. */
  addPriority(input: PriorityInput): void {
    seedPriority(this.jira, input);
  }

  /**
   * Creates an issue without an event or a log entry, for bulk seeding (benchmarks); issues
   * with a history should be made through `handle` instead.
   */
  seedIssue(input: SeedIssueInput): { id: string; key: string } {
    const actor = this.jira.actor(input.accountId ?? null);
    if (!actor) throw new Error(`Unknown account ${String(input.accountId)}`);
    const issue = createIssue(
      this.jira,
      actor,
      {
        fields: input.fields,
        ...(input.properties
          ? { properties: Object.entries(input.properties).map(([key, value]) => ({ key, value })) }
          : {}),
      },
      { silent: true, ...(input.created !== undefined ? { created: input.created } : {}) },
    );
    return { id: issue.id, key: issue.key };
  }

  /**
   * Fault injection for retry tests: the next n requests (optionally only those whose path
   * starts with `pathPrefix`) answer with this status and a `retry-after` header.
   */
  failNext(
    n: number,
    status: number,
    options: { retryAfterSeconds?: number; pathPrefix?: string } = {},
  ): void {
    this.faults.add(n, status, options);
  }

  /** Jira recovers: the faults `failNext` set up and not yet served end now. */
  recover(): void {
    this.faults.clear();
  }

  /** The e-mails asked for with `POST /issue/{issue}/notify`, oldest first. */
  get notifications(): readonly SentNotification[] {
    return this.jira.notifications;
  }

  /**
   * Runs a JQL query over every page at once and says how it was answered (test hook: not a
   * REST call, not logged). `useIndex: false` forces a scan, to compare with the index.
   */
  explainSearch(
    jql: string,
    options: { accountId?: string | null; useIndex?: boolean } = {},
  ): SearchExplanation {
    const actor = this.jira.actor(options.accountId ?? null);
    if (!actor) throw new Error(`Unknown account ${String(options.accountId)}`);
    const page = searchIssues(this.jira, actor, jql, {
      maxResults: Number.MAX_SAFE_INTEGER,
      useIndex: options.useIndex ?? true,
    });
    return { issueKeys: page.issues.map((i) => i.key), plan: page.plan, examined: page.examined };
  }
}

/** A repeated parameter reads as its values comma-joined, as `parseQuery` reads a query string. */
function joinedQuery(
  query: Readonly<Record<string, string | readonly string[]>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : value.join(','),
    ]),
  );
}

function parseQuery(search: string | undefined): Record<string, string> {
  const query: Record<string, string> = {};
  if (!search) return query;
  for (const [key, value] of new URLSearchParams(search)) {
    query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
  }
  return query;
}
