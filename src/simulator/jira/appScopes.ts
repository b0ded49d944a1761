/**
 * Forge's scope check on the REST calls an app sends with `requestJira`, as the app or as a
 * user. Each Jira operation names two groups of OAuth 2.0 scopes (see `operationScopes.ts`): the
 * classic ones and the granular ones. The call goes through when the app's manifest
 * (`permissions.scopes`) grants every scope of either group; a group with no scope (an
 * operation only an app's own data is reached by, such as app field values) needs none.
 * Otherwise Forge refuses it with a 403 before Jira sees it, naming what was granted and the
 * groups that would do. Docs: developer.atlassian.com/platform/forge/manifest-reference/permissions/
 * and /cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/; the refusal's text as Forge
 * sends it: community.developer.atlassian.com/t/access-to-the-resource-was-denied-due-to-missing-scope-grants/75654
 */
import { JiraHttpError } from './errors';

/** The scope groups of one operation: either one, wholly granted, lets an app call it. */
export interface OperationScopes {
  readonly classic: readonly string[];
  readonly granular: readonly string[];
}

/** Whether an app granted `granted` may call an operation that needs `required`. */
export function scopesCover(required: OperationScopes, granted: readonly string[]): boolean {
  return [required.classic, required.granular].some((group) =>
    group.every((scope) => granted.includes(scope)),
  );
}

/** Forge's 403 for an app call its scopes do not cover. */
export function missingScopeGrants(
  required: OperationScopes,
  granted: readonly string[],
): JiraHttpError {
  const groups = [required.classic, required.granular].map((g) => ` * [${g.join(', ')}]\n`);
  return new JiraHttpError(403, [
    'Access to the resource was denied due to missing scope grants. ' +
      `Your app was granted the following scopes: [${granted.join(', ')}].\n` +
      `The resource can be accessed by having one of these groups of scopes:\n${groups.join('')}`,
  ]);
}
