import {
  backoffMs,
  DEFAULT_RETRY,
  isRetryable,
  requestedWaitMs,
  type RetryBudget,
  type RetryPolicy,
} from './retry';
import { routeMethod, routePath, type JiraRouteName } from './routes';
import type { JiraHttpResponse, JiraTransport } from './transport';
import type {
  AdfDocument,
  Changelog,
  JiraComment,
  JiraIssue,
  JiraField,
  JiraUser,
  NotificationBody,
} from './types';

/** Jira answered with an error that retrying did not cure. */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly route: string,
    readonly body: unknown,
  ) {
    super(`Jira answered ${status} to ${route}: ${summarise(body)}`);
    this.name = 'JiraError';
  }
}

/**
 * Jira kept answering 429 or 5xx for longer than the caller may wait (its retries or its
 * `RetryBudget` are used up, or `Retry-After` asks for more): try again after `retryAfterMs`.
 */
export class JiraBusyError extends JiraError {
  constructor(
    status: number,
    route: string,
    body: unknown,
    readonly retryAfterMs: number,
  ) {
    super(status, route, body);
    this.name = 'JiraBusyError';
  }

  get retryAfterSeconds(): number {
    return Math.ceil(this.retryAfterMs / 1000);
  }
}

/**
 * Jira refused the request itself (a 4xx other than a time-out or a rate limit): the same
 * request will be refused again, so retrying cannot help.
 */
export const isJiraRefusal = (error: unknown): error is JiraError =>
  error instanceof JiraError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

function summarise(body: unknown): string {
  const b = body as { errorMessages?: string[]; errors?: Record<string, string> } | undefined;
  const messages = [...(b?.errorMessages ?? []), ...Object.values(b?.errors ?? {})];
  return messages.length > 0 ? messages.join('; ') : JSON.stringify(body ?? null).slice(0, 200);
}

export interface JiraClientOptions {
  readonly retry?: RetryPolicy;
  /**
   * The waiting the invocation may still do, shared by its clients; without one, only the
   * policy limits it.
   */
  readonly budget?: RetryBudget;
  /** Waits between retries; tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface SearchPage {
  readonly issues: readonly JiraIssue[];
  readonly nextPageToken?: string;
}

const PAGE = 100;

/** JSM pages request types 50 at a time unless asked for more; it answers up to 100. */
const REQUEST_TYPE_PAGE = 100;

/** A JSM request type (`RequestTypeDTO`), as far as the app reads it. */
export interface RequestType {
  readonly id: string;
  readonly name: string;
  readonly issueTypeId: string;
  readonly serviceDeskId: string;
  readonly portalId: string;
}

/**
 * The limits of Jira's bulk operations (OpenAPI description): `bulkFetchIssues` "You can request
 * up to 100 issues"; `getBulkChangelogs` "the changelogs of up to 1000 issues", filtered by "up
 * to 10 field IDs", `maxResults` up to 10,000 a page; `bulkSetIssuePropertiesByIssue` "up to 10
 * entity properties ... for each issue and up to 100 issues".
 */
export const BULK_LIMITS = {
  issues: 100,
  changelogIssues: 1000,
  changelogFields: 10,
  changelogPage: 10_000,
  propertyIssues: 100,
} as const;

/** An issue Jira could not return for a passing reason, from a bulk fetch (`IssueError`). */
export interface IssueError {
  readonly id: string;
  readonly errorMessage: string;
}

/** A bulk fetch: the issues found (those missing or not visible left out), and the errors. */
export interface BulkIssues {
  readonly issues: readonly JiraIssue[];
  readonly issueErrors: readonly IssueError[];
}

function requireAtMost(count: number, limit: number, what: string): void {
  if (count > limit) throw new RangeError(`${what}: ${count} issues, Jira takes ${limit} at most`);
}

/**
 * A typed client for the Jira REST v3 operations in `JIRA_ROUTES`. It retries 429 and 5xx with
 * backoff, never sooner than `Retry-After` and within the invocation's `RetryBudget`, pages
 * through changelogs and comments, and searches with the enhanced JQL endpoint and its
 * `nextPageToken`.
 */
export class JiraClient {
  private readonly retry: RetryPolicy;
  private readonly budget: RetryBudget | undefined;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly transport: JiraTransport,
    options: JiraClientOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.budget = options.budget;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Sends one request on a known route, retrying what is worth retrying. A wait longer than
   * the policy's single wait or the budget left ends the call at once with `JiraBusyError`.
   */
  async call(
    name: JiraRouteName,
    params: Readonly<Record<string, string>>,
    options: {
      query?: Readonly<Record<string, string | readonly string[]>>;
      body?: unknown;
      allow404?: boolean;
      /** The operation answers 303 See Other, pointing to a task it queued: a success. */
      seeOther?: boolean;
    } = {},
  ): Promise<JiraHttpResponse> {
    const request = {
      method: routeMethod(name),
      path: routePath(name, params),
      ...(options.query && { query: options.query }),
      ...(options.body !== undefined && { body: options.body }),
    };
    const route = `${request.method} ${request.path}`;
    for (let attempt = 0; ; attempt++) {
      const response = await this.transport(request);
      if (
        response.status < 300 ||
        (options.allow404 && response.status === 404) ||
        (options.seeOther && response.status === 303)
      ) {
        return response;
      }
      if (!isRetryable(response.status)) {
        throw new JiraError(response.status, route, response.body);
      }
      const wait = requestedWaitMs(response) ?? backoffMs(attempt, this.retry);
      const allowed = Math.min(this.retry.maxDelayMs, this.budget?.remainingMs ?? Infinity);
      if (attempt >= this.retry.maxRetries || wait > allowed) {
        throw new JiraBusyError(response.status, route, response.body, wait);
      }
      this.budget?.spend(wait);
      await this.sleep(wait);
    }
  }

  /** The issue's `fields`, and the issue `properties` named (in the same request). */
  async getIssue(
    issueKey: string,
    fields: readonly string[],
    properties: readonly string[] = [],
  ): Promise<JiraIssue | null> {
    const response = await this.call(
      'getIssue',
      { issueIdOrKey: issueKey },
      {
        query: {
          fields: fields.join(','),
          ...(properties.length > 0 && { properties: properties.join(',') }),
        },
        allow404: true,
      },
    );
    return response.status === 404 ? null : (response.body as JiraIssue);
  }

  /**
   * Up to 100 issues by id or key in one request, with their `fields` and the issue `properties`
   * named. Issues that do not exist or that the app may not see are simply not among them.
   */
  async bulkFetchIssues(
    issueIdsOrKeys: readonly string[],
    fields: readonly string[],
    properties: readonly string[] = [],
  ): Promise<BulkIssues> {
    requireAtMost(issueIdsOrKeys.length, BULK_LIMITS.issues, 'bulk fetch');
    const response = await this.call(
      'bulkFetchIssues',
      {},
      { body: { issueIdsOrKeys, fields, ...(properties.length > 0 && { properties }) } },
    );
    const body = response.body as Partial<BulkIssues>;
    return { issues: body.issues ?? [], issueErrors: body.issueErrors ?? [] };
  }

  /**
   * The whole changelogs of up to 1000 issues, by issue id, oldest first, read page by page
   * (`nextPageToken`); with `fieldIds` (10 at most), only the items of those fields.
   */
  async bulkChangelogs(
    issueIdsOrKeys: readonly string[],
    fieldIds?: readonly string[],
  ): Promise<Map<string, Changelog[]>> {
    requireAtMost(issueIdsOrKeys.length, BULK_LIMITS.changelogIssues, 'bulk changelogs');
    if (fieldIds && fieldIds.length > BULK_LIMITS.changelogFields) {
      throw new RangeError(`bulk changelogs: at most ${BULK_LIMITS.changelogFields} field ids`);
    }
    const byIssue = new Map<string, Changelog[]>();
    let nextPageToken: string | undefined;
    do {
      const response = await this.call(
        'bulkChangelogs',
        {},
        {
          body: {
            issueIdsOrKeys,
            ...(fieldIds && { fieldIds }),
            maxResults: BULK_LIMITS.changelogPage,
            ...(nextPageToken && { nextPageToken }),
          },
        },
      );
      const page = response.body as {
        issueChangeLogs?: { issueId: string; changeHistories?: Changelog[] }[];
        nextPageToken?: string | null;
      };
      for (const { issueId, changeHistories = [] } of page.issueChangeLogs ?? []) {
        byIssue.set(issueId, [...(byIssue.get(issueId) ?? []), ...changeHistories]);
      }
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
    return byIssue;
  }

  async editIssue(issueKey: string, body: { fields?: object; update?: object }): Promise<void> {
    await this.call('editIssue', { issueIdOrKey: issueKey }, { body });
  }

  /** The issue's whole changelog, oldest first, read page by page. */
  async changelog(issueKey: string): Promise<Changelog[]> {
    return this.allPages<Changelog>('changelog', issueKey, 'values');
  }

  /** The issue's comments, oldest first, read page by page. */
  async comments(issueKey: string): Promise<JiraComment[]> {
    return this.allPages<JiraComment>('comments', issueKey, 'comments', { orderBy: 'created' });
  }

  private async allPages<T>(
    name: 'changelog' | 'comments',
    issueKey: string,
    listName: string,
    extra: Record<string, string> = {},
  ): Promise<T[]> {
    const all: T[] = [];
    for (let startAt = 0; ;) {
      const response = await this.call(
        name,
        { issueIdOrKey: issueKey },
        { query: { ...extra, startAt: String(startAt), maxResults: String(PAGE) } },
      );
      const page = response.body as Record<string, unknown> & { total?: number; isLast?: boolean };
      const values = (page[listName] as T[] | undefined) ?? [];
      all.push(...values);
      startAt += values.length;
      const done =
        values.length === 0 ||
        page.isLast === true ||
        (page.total !== undefined && startAt >= page.total);
      if (done) return all;
    }
  }

  /**
   * Adds a comment; `internal` makes it a Jira Service Management internal note (the
   * `sd.public.comment` comment property), which the customer never sees.
   */
  async addComment(
    issueKey: string,
    body: AdfDocument,
    options: { internal?: boolean } = {},
  ): Promise<{ readonly id: string }> {
    const response = await this.call(
      'addComment',
      { issueIdOrKey: issueKey },
      {
        body: {
          body,
          ...(options.internal && {
            properties: [{ key: 'sd.public.comment', value: { internal: true } }],
          }),
        },
      },
    );
    // Jira answers 201 with the comment created (OpenAPI: `Comment`), its id among it.
    return { id: (response.body as JiraComment).id };
  }

  async assign(issueKey: string, accountId: string | null): Promise<void> {
    await this.call('assign', { issueIdOrKey: issueKey }, { body: { accountId } });
  }

  async notify(issueKey: string, body: NotificationBody): Promise<void> {
    await this.call('notify', { issueIdOrKey: issueKey }, { body });
  }

  async getIssueProperty<T>(issueKey: string, propertyKey: string): Promise<T | undefined> {
    const response = await this.call(
      'getProperty',
      { issueIdOrKey: issueKey, propertyKey },
      { allow404: true },
    );
    return response.status === 404 ? undefined : (response.body as { value: T }).value;
  }

  async setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void> {
    await this.call('setProperty', { issueIdOrKey: issueKey, propertyKey }, { body: value });
  }

  /**
   * Sets properties on up to 100 issues (10 each) in one request. Jira runs it as a task and
   * answers 303 with the task's location; the app does not wait for the task (see README, "The
   * `slm` issue property").
   */
  async setPropertiesOfIssues(
    issues: readonly { readonly issueId: string; readonly properties: Record<string, unknown> }[],
  ): Promise<void> {
    requireAtMost(issues.length, BULK_LIMITS.propertyIssues, 'bulk property write');
    await this.call(
      'setPropertiesOfIssues',
      {},
      {
        body: {
          issues: issues.map(({ issueId, properties }) => ({
            issueID: Number(issueId),
            properties,
          })),
        },
        seeOther: true,
      },
    );
  }

  /** One page of an enhanced JQL search; pass the previous page's `nextPageToken` for the next. */
  async searchPage(search: {
    jql: string;
    fields?: readonly string[];
    properties?: readonly string[];
    maxResults?: number;
    nextPageToken?: string;
  }): Promise<SearchPage> {
    const response = await this.call('searchJql', {}, { body: { maxResults: PAGE, ...search } });
    return response.body as SearchPage;
  }

  /** Every issue a JQL query finds, page by page, as they arrive. */
  async *search(search: {
    jql: string;
    fields?: readonly string[];
    properties?: readonly string[];
    maxResults?: number;
  }): AsyncGenerator<JiraIssue> {
    let nextPageToken: string | undefined;
    do {
      const page = await this.searchPage({ ...search, ...(nextPageToken && { nextPageToken }) });
      yield* page.issues;
      nextPageToken = page.nextPageToken;
    } while (nextPageToken);
  }

  /** Which of the permissions the caller holds, on the site or on one issue. */
  async myPermissions(
    permissions: readonly string[],
    issueKey?: string,
  ): Promise<Record<string, boolean>> {
    const response = await this.call(
      'myPermissions',
      {},
      {
        query: { permissions: permissions.join(','), ...(issueKey && { issueKey }) },
      },
    );
    const body = response.body as { permissions: Record<string, { havePermission: boolean }> };
    return Object.fromEntries(
      permissions.map((p) => [p, body.permissions?.[p]?.havePermission === true]),
    );
  }

  /**
   * Whether JSM lets the caller see the customer request `issueKey` (its own customer-visibility
   * rules: reporter, participants, organisation sharing, agents), false on JSM's 404 "does not
   * exist or you do not have permission to see it"
   * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get).
   */
  async canSeeCustomerRequest(issueKey: string): Promise<boolean> {
    const response = await this.call(
      'customerRequest',
      { issueIdOrKey: issueKey },
      { allow404: true },
    );
    return response.status !== 404;
  }

  /**
   * The first JSM request type the caller may use that `matches`, paging (`start`, `limit`,
   * `isLastPage`) only until it is found: a portal customer sees those of the service desks
   * they are a customer of
   * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/#api-rest-servicedeskapi-requesttype-get).
   */
  async findRequestType(matches: (type: RequestType) => boolean): Promise<RequestType | undefined> {
    for (let start = 0; ;) {
      const response = await this.call(
        'requestTypes',
        {},
        { query: { start: String(start), limit: String(REQUEST_TYPE_PAGE) } },
      );
      const page = response.body as { values?: RequestType[]; isLastPage?: boolean };
      const values = page.values ?? [];
      const found = values.find(matches);
      if (found) return found;
      if (page.isLastPage !== false || values.length === 0) return undefined;
      start += values.length;
    }
  }

  /**
   * An issue type by id, null when Jira has none the caller may see
   * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-types/#api-rest-api-3-issuetype-id-get).
   */
  async issueType(id: string): Promise<{ id: string; name: string } | null> {
    const response = await this.call('getIssueType', { id }, { allow404: true });
    return response.status === 404 ? null : (response.body as { id: string; name: string });
  }

  /** The calling user, with the time zone deadlines are shown in. */
  async myself(): Promise<JiraUser & { timeZone?: string }> {
    return (await this.call('myself', {})).body as JiraUser & { timeZone?: string };
  }

  /** The calling user with the names of the groups they belong to (`expand=groups`). */
  async myselfWithGroups(): Promise<JiraUser & { timeZone?: string; groups: string[] }> {
    const body = (await this.call('myself', {}, { query: { expand: 'groups' } }))
      .body as JiraUser & {
      timeZone?: string;
      groups?: { items?: { name?: string }[] };
    };
    const { groups, ...user } = body;
    return { ...user, groups: (groups?.items ?? []).flatMap((g) => (g.name ? [g.name] : [])) };
  }

  /** The site's fields, system and custom (with the keys Forge fields are addressed by). */
  async fields(): Promise<JiraField[]> {
    return (await this.call('fields', {})).body as JiraField[];
  }

  /** Sets the value of the app's own custom field on issues (Forge fields are app-written). */
  async setAppFieldValue(
    fieldKey: string,
    issueIds: readonly string[],
    value: unknown,
  ): Promise<void> {
    await this.call(
      'setAppFieldValue',
      { fieldIdOrKey: fieldKey },
      {
        // No changelog entry: the field mirrors the app's own state, it is no change of the
        // issue (and an entry would raise an update event and enter the issue's history).
        query: { generateChangelog: 'false' },
        body: { updates: [{ issueIds: issueIds.map(Number), value }] },
      },
    );
  }

  /**
   * Sets the values of the app's own fields on many issues in one request, each field and issue
   * at most once; without changelog entries, as `setAppFieldValue`.
   */
  async setAppFieldValues(
    updates: readonly {
      readonly fieldKey: string;
      readonly issueIds: readonly string[];
      readonly value: unknown;
    }[],
  ): Promise<void> {
    await this.call(
      'setAppFieldValues',
      {},
      {
        query: { generateChangelog: 'false' },
        body: {
          updates: updates.map(({ fieldKey, issueIds, value }) => ({
            customField: fieldKey,
            issueIds: issueIds.map(Number),
            value,
          })),
        },
      },
    );
  }
}
