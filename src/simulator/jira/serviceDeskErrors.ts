/**
 * Jira Service Management answers errors in its own shape, not the platform's:
 * `{ errorMessage, i18nErrorMessage: { i18nKey, parameters } }`
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#status-codes).
 */
import { JiraHttpError } from './errors';
import type { JiraResponse } from './types';

/** JSM's error answer. */
export function serviceDeskError(status: number, i18nKey: string, message: string): JiraResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: { errorMessage: message, i18nErrorMessage: { i18nKey, parameters: [] } },
  };
}

/** A JSM error thrown from a handler: the router answers it in JSM's shape. */
export class ServiceDeskHttpError extends JiraHttpError {
  constructor(
    status: number,
    readonly i18nKey: string,
    message: string,
  ) {
    super(status, [message]);
  }

  override toResponse(): JiraResponse {
    return serviceDeskError(this.status, this.i18nKey, this.message);
  }
}
