/** One request to Jira's REST API, before it is sent: a path on the site and a JSON body. */
export interface JiraHttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path with its parameters filled in, e.g. `/rest/api/3/issue/SUP-1/comment`. */
  readonly path: string;
  /** A list value repeats the parameter (`accountId=a&accountId=b`), as Jira's bulk reads take it. */
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: unknown;
}

export interface JiraHttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * Sends a request to Jira. On Forge it is `requestJira` (as the app or as the user); in the
 * local simulator it is the simulated Jira itself. The client above it adds retries and types.
 */
export type JiraTransport = (request: JiraHttpRequest) => Promise<JiraHttpResponse>;

/**
 * A request's query string (without `?`); a list value repeats its parameter, as Jira's bulk
 * reads take it: `{ accountId: ['a', 'b'] }` is `accountId=a&accountId=b`.
 */
export function querySearch(query: Readonly<Record<string, string | readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
  }
  return params.toString();
}
