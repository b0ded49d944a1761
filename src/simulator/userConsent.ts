import { NeedsAuthenticationError } from '@forge/api';
import { JiraClient } from '../jira/jiraClient';
import type { RetryBudget } from '../jira/retry';
import type { Simulator } from './simulator';

/**
 * Which users of the simulated site have allowed the app to act on their behalf: Forge asks each
 * user once, the first time the app calls a product API as them (`asUser()`), and the app works
 * for them only after "Allow access" (https://developer.atlassian.com/platform/forge/add-scopes-to-call-an-atlassian-rest-api/).
 * Everyone has consented unless named in `notYetGranted`.
 */
export class UserConsent {
  private readonly waiting: Set<string>;

  constructor(notYetGranted: Iterable<string> = []) {
    this.waiting = new Set(notYetGranted);
  }

  hasGranted(accountId: string): boolean {
    return !this.waiting.has(accountId);
  }

  grant(accountId: string): void {
    this.waiting.delete(accountId);
  }

  /**
   * Jira as `accountId` (`asUser()`). Until the user has consented, every request fails as on
   * Forge: the request goes without a valid token, and @forge/api throws its own
   * `NeedsAuthenticationError` (see `handleProxyResponseErrors` in @forge/api's fetch).
   */
  jiraAsUser(sim: Simulator, accountId: string, budget?: RetryBudget): JiraClient {
    if (this.hasGranted(accountId)) return sim.forge.jiraClient(accountId, budget);
    return new JiraClient(async () => {
      throw new NeedsAuthenticationError('Authentication Required', 'atlassian-token-service-key');
    });
  }
}
