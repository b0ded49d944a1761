import type { JiraResponse } from './types';

/** Jira's error body: `ErrorCollection` in the OpenAPI description. */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

/**
 * A failed request, thrown anywhere inside a handler and turned into Jira's error response
 * by the router.
 *
 * @example throw new JiraHttpError(404, ['Issue does not exist or you do not have permission to see it.'])
 */
export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[] = [],
    readonly errors: Record<string, string> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  toResponse(): JiraResponse {
    const body: ErrorCollection = { errorMessages: this.errorMessages, errors: this.errors };
    return { status: this.status, headers: { 'content-type': 'application/json' }, body };
  }
}

/** Jira's answer for an issue that is not there or not visible to the caller. */
export function issueNotFound(): JiraHttpError {
  return new JiraHttpError(404, ['Issue does not exist or you do not have permission to see it.']);
}

/** A 400 with one message. */
export function badRequest(message: string): JiraHttpError {
  return new JiraHttpError(400, [message]);
}

/** A 400 with per-field errors, as create and edit report them. */
export function fieldErrors(errors: Record<string, string>): JiraHttpError {
  return new JiraHttpError(400, [], errors);
}
