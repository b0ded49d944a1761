/**
 * Forge's scope check in front of the simulated Jira: an app's request is refused with Forge's
 * 403 unless its scopes cover one of the operation's scope groups; every route's groups are
 * those of Jira's OpenAPI description; and manifest.yml covers every operation the app uses.
 */
import { JIRA_ROUTES } from '../../src/jira/routes';
import { JIRA_ROUTE_TABLE } from '../../src/simulator/jira';
import { scopesCover } from '../../src/simulator/jira/appScopes';
import { manifestModules } from '../../src/simulator/manifestModules';
import { MANIFEST_FILE } from '../../src/simulator/simulator';
import { operation } from '../support/openApi';
import { AGENT, APP, setup, type Fixture } from './jiraFixture';

const MYSELF_GRANULAR = [
  'read:application-role:jira',
  'read:group:jira',
  'read:user:jira',
  'read:avatar:jira',
];

describe('the scopes of each route', () => {
  it.each(JIRA_ROUTE_TABLE.map((r) => [r.method, r.path, r.scopes]))(
    '%s %s: the classic and granular scopes of the OpenAPI description',
    (method, path, scopes) => {
      const groups = operation(method, path)?.['x-atlassian-oauth2-scopes'] as {
        state: string;
        scopes: string[];
      }[];
      expect(scopes).toEqual({
        classic: groups.find((g) => g.state === 'Current')?.scopes,
        granular: groups.find((g) => g.state === 'Beta')?.scopes,
      });
    },
  );
});

describe("an app's request", () => {
  /** A request the app sends with `scopes`, as itself or as a user. */
  const appCall = (
    f: Fixture,
    method: string,
    path: string,
    scopes: readonly string[],
    options: { body?: unknown; accountId?: string | null } = {},
  ) =>
    f.jira.handle({
      method,
      path: `/rest/api/3${path}`,
      accountId: options.accountId === undefined ? APP : options.accountId,
      scopes,
      ...(options.body !== undefined && { body: options.body }),
    });

  it('is refused with Forge’s 403 when its scopes cover neither group, naming both', async () => {
    const response = await appCall(setup(), 'GET', '/myself', [
      'read:jira-work',
      'write:jira-work',
    ]);
    expect(response).toEqual({
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: {
        errorMessages: [
          'Access to the resource was denied due to missing scope grants. Your app was granted the following scopes: [read:jira-work, write:jira-work].\n' +
            'The resource can be accessed by having one of these groups of scopes:\n' +
            ' * [read:jira-user]\n' +
            ` * [${MYSELF_GRANULAR.join(', ')}]\n`,
        ],
        errors: {},
      },
    });
  });

  it('passes with every classic scope, or every granular one, as the app or as a user', async () => {
    const f = setup();
    const status = async (scopes: string[], accountId: string | null = APP) =>
      (await appCall(f, 'GET', '/myself', scopes, { accountId })).status;
    expect(await status(['read:jira-user'])).toBe(200);
    expect(await status(MYSELF_GRANULAR)).toBe(200);
    expect(await status(MYSELF_GRANULAR.slice(1))).toBe(403);
    expect(await status(['read:jira-user'], AGENT)).toBe(200);
    expect(await status([], AGENT)).toBe(403);
  });

  it('changes nothing when refused', async () => {
    const f = setup();
    await f.create();
    const refused = await appCall(f, 'PUT', '/issue/SUP-1/properties/slm', ['read:jira-work'], {
      body: { a: 1 },
    });
    expect(refused.status).toBe(403);
    expect((await f.call('GET', '/issue/SUP-1/properties/slm')).status).toBe(404);
  });

  it('needs no scope for an operation whose classic group is empty (its own field values)', async () => {
    const f = setup();
    const issue = await f.create();
    const response = await appCall(f, 'PUT', '/app/field/app__dev__sla-state/value', [], {
      body: { updates: [{ issueIds: [Number(issue.id)], value: { a: 1 } }] },
    });
    expect(response.status).toBe(204);
  });

  it('is not limited when a person makes it in Jira (no app scopes)', async () => {
    const f = setup();
    expect((await f.call('GET', '/group/member?groupname=support-team')).status).toBe(200);
  });
});

describe('manifest.yml', () => {
  const granted = manifestModules(MANIFEST_FILE).scopes;

  it.each(Object.entries(JIRA_ROUTES).map(([name, r]) => [name, r.method, r.path]))(
    'covers %s (%s %s), an operation the app calls',
    (_name, method, path) => {
      const route = JIRA_ROUTE_TABLE.find((r) => r.method === method && r.path === path);
      expect(route).toBeDefined();
      expect(scopesCover(route!.scopes, granted)).toBe(true);
    },
  );
});
