/**
 * People's display names for the screens that store account ids (owners, approvers, "entered
 * by"): looked up AS THE VIEWER, so Jira applies its privacy rules, with Jira's bulk read
 * `GET /rest/api/3/user/bulk` (`accountId` repeated, paged `values` and `isLast`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
 *
 * Names are for display only: an id Jira does not return keeps its id, and a failed lookup is
 * logged and falls back to the ids rather than failing the screen.
 */
import type { ResolverContext } from './resolverKit';

/** Display names by account id. */
export type UserNames = Record<string, string>;

/**
 * Ids per request: a URL of ~100 account ids (up to 128 characters each) stays well under the
 * URL limits Jira's bulk GET runs into (https://jira.atlassian.com/browse/JRACLOUD-78790); the
 * documentation gives no page maximum and its example page holds 100.
 */
export const USER_NAMES_CHUNK = 100;

/** The display names of `accountIds` (duplicates and empty ids ignored); unknown ids are absent. */
export async function userNames(
  ctx: Pick<ResolverContext, 'jiraAsUser' | 'log'>,
  accountIds: Iterable<string | null | undefined>,
): Promise<UserNames> {
  const ids = [...new Set([...accountIds].filter((id): id is string => !!id))];
  const names: UserNames = {};
  if (ids.length === 0) return names;
  try {
    for (let i = 0; i < ids.length; i += USER_NAMES_CHUNK) {
      await readChunk(ctx, ids.slice(i, i + USER_NAMES_CHUNK), names);
    }
  } catch (error) {
    ctx.log('display names unavailable; showing account ids', { error: String(error) });
  }
  return names;
}

/** One chunk of ids, following Jira's pages until `isLast` (Jira may page below what we ask). */
async function readChunk(
  ctx: Pick<ResolverContext, 'jiraAsUser'>,
  accountIds: readonly string[],
  names: UserNames,
): Promise<void> {
  for (let startAt = 0; ;) {
    const response = await ctx.jiraAsUser.call(
      'bulkGetUsers',
      {},
      {
        query: {
          accountId: accountIds,
          startAt: String(startAt),
          maxResults: String(accountIds.length),
        },
      },
    );
    const body = response.body as { values?: unknown; isLast?: unknown } | undefined;
    const values = Array.isArray(body?.values) ? (body.values as unknown[]) : [];
    for (const user of values) {
      const { accountId, displayName } = (user ?? {}) as Record<string, unknown>;
      if (typeof accountId === 'string' && typeof displayName === 'string') {
        names[accountId] = displayName;
      }
    }
    // Stop on the last page, and on an empty one (a page that reads nothing cannot advance).
    if (body?.isLast !== false || values.length === 0) return;
    startAt += values.length;
  }
}

/** The name to show for an account id: its display name, or the id itself. */
export const nameOf = (names: UserNames, accountId: string): string =>
  names[accountId] ?? accountId;
