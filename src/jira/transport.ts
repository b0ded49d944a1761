/** One request to Jira's REST API, before it is sent: a path on the site and a JSON body. */
export interface JiraHttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path with its parameters filled in, e.g. `/rest/api/3/issue/SUP-1/comment`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
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
