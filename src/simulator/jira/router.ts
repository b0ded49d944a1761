/**
 * The route table: every (method, OpenAPI path template) the simulated Jira answers, and the
 * matching of a concrete path (`/rest/api/3/issue/SUP-1/comment`) to its route. Every template
 * is a path of Jira's OpenAPI description and none is deprecated (`test/simulator/
 * jiraOpenApi.test.ts` checks this); each carries the OAuth 2.0 scopes the description gives it.
 */
import type { OperationScopes } from './appScopes';
import { OPERATION_SCOPES } from './operationScopes';
import { appFieldRoutes } from './routes/appFieldRoutes';
import { commentRoutes } from './routes/commentRoutes';
import { historyRoutes } from './routes/historyRoutes';
import { issueRoutes } from './routes/issueRoutes';
import { linkRoutes } from './routes/linkRoutes';
import { metadataRoutes } from './routes/metadataRoutes';
import { notifyRoutes } from './routes/notifyRoutes';
import { projectRoutes } from './routes/projectRoutes';
import { propertyRoutes } from './routes/propertyRoutes';
import type { HttpMethod, Route } from './routes/route';
import { searchRoutes } from './routes/searchRoutes';
import {
  SERVICE_DESK_API,
  SERVICE_DESK_SCOPES,
  serviceDeskRoutes,
} from './routes/serviceDeskRoutes';
import { taskRoutes } from './routes/taskRoutes';
import { transitionRoutes } from './routes/transitionRoutes';
import { userRoutes } from './routes/userRoutes';

const ROUTES: readonly Route[] = [
  ...userRoutes,
  ...metadataRoutes,
  ...projectRoutes,
  ...issueRoutes,
  ...historyRoutes,
  ...commentRoutes,
  ...transitionRoutes,
  ...propertyRoutes,
  ...notifyRoutes,
  ...linkRoutes,
  ...appFieldRoutes,
  ...searchRoutes,
  ...taskRoutes,
  // Jira Service Management's REST API, beside the platform's: not in its OpenAPI description.
  ...serviceDeskRoutes,
];

/** The scopes of a route; every route has them, or the simulator does not start. */
function scopesOf({ method, path }: Route): OperationScopes {
  const scopes = OPERATION_SCOPES[`${method} ${path}`] ?? SERVICE_DESK_SCOPES[`${method} ${path}`];
  if (!scopes) throw new Error(`operationScopes.ts has no scopes for ${method} ${path}`);
  return scopes;
}

interface CompiledRoute {
  route: Route;
  scopes: OperationScopes;
  pattern: RegExp;
  names: string[];
}

// Routes with fewer parameters first, so literal segments win over parameters.
const COMPILED: CompiledRoute[] = ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { route, scopes: scopesOf(route), pattern: new RegExp(`^${source}$`), names };
}).sort((a, b) => a.names.length - b.names.length);

type RouteTable = readonly { method: HttpMethod; path: string; scopes: OperationScopes }[];

const table = (jsm: boolean): RouteTable =>
  COMPILED.filter(({ route }) => route.path.startsWith(SERVICE_DESK_API) === jsm).map(
    ({ route, scopes }) => ({ method: route.method, path: route.path, scopes }),
  );

/** Every (method, path template) of Jira's platform API the simulated Jira serves, with its scopes. */
export const JIRA_ROUTE_TABLE: RouteTable = table(false);

/** The Jira Service Management routes it serves, with the scopes JSM's reference gives them. */
export const SERVICE_DESK_ROUTE_TABLE: RouteTable = table(true);

export type RouteMatch =
  | { kind: 'found'; route: Route; scopes: OperationScopes; params: Record<string, string> }
  | { kind: 'wrongMethod' }
  | { kind: 'none' };

/** The route for a method and a concrete path, e.g. `('GET', '/rest/api/3/issue/SUP-1')`. */
export function matchRoute(method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const { route, scopes, pattern, names } of COMPILED) {
    const m = pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method.toUpperCase()) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = decode(m[i + 1] as string)));
    return { kind: 'found', route, scopes, params };
  }
  return pathMatched ? { kind: 'wrongMethod' } : { kind: 'none' };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape stays as sent
  }
}
