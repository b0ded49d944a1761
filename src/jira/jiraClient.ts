import { DEFAULT_RETRY, isRetryable, retryDelay, type RetryPolicy } from './retry';
import { JIRA_ROUTES, routePath, type JiraRouteName } from './routes';
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

function summarise(body: unknown): string {
  const b = body as { errorMessages?: string[]; errors?: Record<string, string> } | undefined;
  const messages = [...(b?.errorMessages ?? []), ...Object.values(b?.errors ?? {})];
  return messages.length > 0 ? messages.join('; ') : JSON.stringify(body ?? null).slice(0, 200);
}

export interface JiraClientOptions {
  readonly retry?: RetryPolicy;
  /** Waits between retries; tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface SearchPage {
  readonly issues: readonly JiraIssue[];
  readonly nextPageToken?: string;
}

const PAGE = 100;

/**
 * A typed client for the Jira REST v3 operations in `JIRA_ROUTES`. It retries 429 and 5xx with
 * backoff that honours `Retry-After`, pages through changelogs and comments, and searches with
 * the enhanced JQL endpoint and its `nextPageToken`.
 */
export class JiraClient {
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly transport: JiraTransport,
    options: JiraClientOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Sends one request on a known route, retrying what is worth retrying. */
  async call(
    name: JiraRouteName,
    params: Readonly<Record<string, string>>,
    options: { query?: Record<string, string>; body?: unknown; allow404?: boolean } = {},
  ): Promise<JiraHttpResponse> {
    const request = {
      method: JIRA_ROUTES[name].method,
      path: routePath(name, params),
      ...(options.query && { query: options.query }),
      ...(options.body !== undefined && { body: options.body }),
    };
    for (let attempt = 0; ; attempt++) {
      const response = await this.transport(request);
      if (response.status < 300 || (options.allow404 && response.status === 404)) return response;
      if (!isRetryable(response.status) || attempt >= this.retry.maxRetries) {
        throw new JiraError(response.status, `${request.method} ${request.path}`, response.body);
      }
      await this.sleep(retryDelay(response, attempt, this.retry));
    }
  }

  async getIssue(issueKey: string, fields: readonly string[]): Promise<JiraIssue | null> {
    const response = await this.call(
      'getIssue',
      { issueIdOrKey: issueKey },
      { query: { fields: fields.join(',') }, allow404: true },
    );
    return response.status === 404 ? null : (response.body as JiraIssue);
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

  async addComment(
    issueKey: string,
    body: AdfDocument,
    visibility?: { type: 'group' | 'role'; value: string },
  ): Promise<void> {
    await this.call(
      'addComment',
      { issueIdOrKey: issueKey },
      { body: { body, ...(visibility && { visibility }) } },
    );
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

  /** The calling user, with the time zone deadlines are shown in. */
  async myself(): Promise<JiraUser & { timeZone?: string }> {
    return (await this.call('myself', {})).body as JiraUser & { timeZone?: string };
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
}
