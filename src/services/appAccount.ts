import type { JiraClient } from '../jira/jiraClient';

const accounts = new WeakMap<JiraClient, Promise<string>>();

/**
 * The app's own account, which Jira names as the author of everything the app writes: what
 * `GET /rest/api/3/myself` answers the app. Asked once per client (one per invocation).
 */
export function appAccountId(jira: JiraClient): Promise<string> {
  let account = accounts.get(jira);
  if (!account) {
    account = jira.myself().then((me) => me.accountId);
    accounts.set(jira, account);
    // A failed answer is not kept: the next evaluation asks again.
    account.catch(() => accounts.delete(jira));
  }
  return account;
}
