import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatInstant } from '../domain/instant';
import { createAppResourceServer } from './appResources';
import { homePage } from './homePage';
import { portalRoutes } from './portal/portalPages';
import type { Simulator } from './simulator';
import { uiRoutes } from './uiRoutes';
import { UserConsent } from './userConsent';
import { WEB_TRIGGER_PATH, webTriggerCall } from './webTriggers';

/** The user the simulator acts as when a request names none: the demo site's admin. */
export const DEFAULT_USER = 'acc-admin';

export interface ServerOptions {
  readonly sim: Simulator;
  /** Extra routes (the Custom UI pages), tried before Jira's paths. */
  readonly extraRoutes?: readonly Route[];
}

export type Route = (
  request: http.IncomingMessage,
  url: URL,
  body: unknown,
  user: string,
) => Promise<
  | {
      status: number;
      /** `set-cookie` may name several cookies. */
      headers?: Record<string, string | string[]>;
      body: string | Buffer;
    }
  | undefined
>;

/**
 * The simulator over HTTP: Jira's REST paths (`/rest/api/3/...`) as the user named by the
 * `X-Sim-User` header or the `sim-user` cookie, the clock at `/_sim/clock`, and a home page.
 */
export function createServer({ sim, extraRoutes = [] }: ServerOptions): http.Server {
  return http.createServer((request, response) => {
    handle(sim, extraRoutes, request)
      .then(({ status, headers, body }) => {
        response.writeHead(status, headers);
        response.end(body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errorMessages: [String(error)], errors: {} }));
      });
  });
}

async function handle(
  sim: Simulator,
  extraRoutes: readonly Route[],
  request: http.IncomingMessage,
) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const text = await readBody(request);
  // A web trigger gets the body as sent: its signature is over the raw bytes.
  const webTrigger = WEB_TRIGGER_PATH.exec(url.pathname);
  if (webTrigger) {
    const method = request.method ?? 'GET';
    const call = webTriggerCall(method, url, request.headers, text);
    const answer = await sim.forge.webTrigger(webTrigger[1]!, call);
    if (!answer)
      return json(404, { errorMessages: [`No web trigger ${webTrigger[1]}`], errors: {} });
    const headers = Object.fromEntries(
      Object.entries(answer.headers ?? {}).map(([name, values]) => [name, values.join(', ')]),
    );
    return { status: answer.statusCode, headers, body: answer.body ?? '' };
  }
  let body: unknown;
  const isForm = (request.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded',
  );
  try {
    body = isForm ? text : text ? JSON.parse(text) : undefined;
  } catch {
    return json(400, { errorMessages: ['The request body is not JSON.'], errors: {} });
  }
  const user = userOf(request);
  const method = request.method ?? 'GET';

  if (url.pathname === '/_sim/clock') return clock(sim, method, body);
  if (url.pathname === '/_sim/log' && method === 'GET') return json(200, sim.forge.log);
  if (url.pathname === '/_sim/notifications' && method === 'GET')
    return json(200, sim.jira.notifications);
  if (url.pathname.startsWith('/rest/')) {
    const answer = await sim.request({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      accountId: user,
    });
    return {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
      body: answer.body === undefined ? '' : JSON.stringify(answer.body),
    };
  }
  for (const route of extraRoutes) {
    const answer = await route(request, url, body, user);
    if (answer) return answer;
  }
  if (url.pathname === '/' && method === 'GET') {
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: await homePage(sim, user),
    };
  }
  return json(404, { errorMessages: [`Nothing at ${url.pathname}`], errors: {} });
}

export interface ServeOptions {
  readonly hostname?: string;
  /** Jira's port; 0 picks a free one. */
  readonly port: number;
  /** The port of the app's Custom UI resources; 0 picks a free one. */
  readonly appsPort: number;
  readonly consent?: UserConsent;
}

/**
 * Serves the simulated Jira with the app's pages, and the app's Custom UI resources on a port
 * of their own: another origin, as on Forge. Resolves with Jira's address once both listen.
 */
export async function serveSimulator(sim: Simulator, options: ServeOptions) {
  const listen = (server: http.Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.hostname, () => resolve((server.address() as AddressInfo).port));
    });
  const resources = createAppResourceServer(sim);
  const appsPort = await listen(resources, options.appsPort);
  const consent = options.consent ?? new UserConsent();
  const jira = createServer({
    sim,
    extraRoutes: [...portalRoutes(sim, { appsPort }), ...uiRoutes(sim, { appsPort, consent })],
  });
  const port = await listen(jira, options.port);
  const close = (server: http.Server) => new Promise((resolve) => server.close(resolve));
  return {
    url: `http://${options.hostname ?? 'localhost'}:${port}`,
    close: async () => void (await Promise.all([close(jira), close(resources)])),
  };
}

/** `GET` answers `{ now }`; `POST { now }` or `{ advanceMs }` moves the clock and settles. */
async function clock(sim: Simulator, method: string, body: unknown) {
  if (method === 'GET') return json(200, { now: formatInstant(sim.now()) });
  if (method !== 'POST') return json(405, { errorMessages: ['Use GET or POST.'], errors: {} });
  const input = (body ?? {}) as { now?: unknown; advanceMs?: unknown };
  let target: number;
  if (
    typeof input.advanceMs === 'number' &&
    Number.isFinite(input.advanceMs) &&
    input.advanceMs >= 0
  ) {
    target = sim.now() + input.advanceMs;
  } else if (typeof input.now === 'string' && !Number.isNaN(Date.parse(input.now))) {
    target = Date.parse(input.now);
  } else {
    return json(400, {
      errorMessages: ['Send {"now": "<ISO instant>"} or {"advanceMs": <non-negative number>}.'],
      errors: {},
    });
  }
  if (target < sim.now()) {
    return json(409, {
      errorMessages: [`The clock never goes backwards: it is ${formatInstant(sim.now())}.`],
      errors: { now: 'before the current time' },
    });
  }
  const { scheduledRuns } = await sim.advanceTo(target);
  return json(200, { now: formatInstant(sim.now()), scheduledRuns });
}

function userOf(request: http.IncomingMessage): string {
  const header = request.headers['x-sim-user'];
  if (typeof header === 'string' && header) return header;
  const cookie = /(?:^|;\s*)sim-user=([^;]+)/.exec(request.headers.cookie ?? '');
  return cookie ? decodeURIComponent(cookie[1]!) : DEFAULT_USER;
}

const json = (status: number, value: unknown) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
