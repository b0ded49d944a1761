/** What a route is: a method and an OpenAPI path template, answered by a handler. */
import type { Actor, JiraState } from '../state';
import type { JiraResponse } from '../types';

export interface RouteContext {
  jira: JiraState;
  actor: Actor;
  /** Path parameters by template name, decoded. */
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  path: string;
  handler: (ctx: RouteContext) => JiraResponse;
}

export const ok = (body: unknown): JiraResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
});

export const created = (body?: unknown): JiraResponse =>
  body === undefined
    ? { status: 201 }
    : { status: 201, headers: { 'content-type': 'application/json' }, body };

export const noContent = (): JiraResponse => ({ status: 204 });

/** A path parameter that the router guarantees. */
export function param(ctx: RouteContext, name: string): string {
  return ctx.params[name] as string;
}
