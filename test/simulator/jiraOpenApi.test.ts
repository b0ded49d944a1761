/**
 * The simulated Jira against Jira's OpenAPI description: every route it serves is an operation
 * of the description and not deprecated, and its answers conform to the response schemas.
 */
import { JIRA_ROUTE_TABLE } from '../../src/simulator/jira';
import { operation, pathTemplate, responseErrors } from '../support/openApi';
import { adf, AGENT, APP, setup } from './jiraFixture';

describe('the route table', () => {
  it.each(JIRA_ROUTE_TABLE.map((r) => [r.method, r.path]))(
    '%s %s is an operation of the OpenAPI description, not deprecated',
    (method, path) => {
      expect(pathTemplate(path)).toBe(path);
      const op = operation(method, path);
      expect(op).toBeDefined();
      expect(op?.deprecated).not.toBe(true);
    },
  );

  it('serves the enhanced search, never the deprecated /search', () => {
    const paths = JIRA_ROUTE_TABLE.map((r) => r.path);
    expect(paths).toContain('/rest/api/3/search/jql');
    expect(paths).not.toContain('/rest/api/3/search');
    expect(operation('GET', '/rest/api/3/search')?.deprecated).toBe(true);
  });

  it('matches concrete paths to templates', () => {
    expect(pathTemplate('/rest/api/3/issue/SUP-1/comment')).toBe(
      '/rest/api/3/issue/{issueIdOrKey}/comment',
    );
    expect(operation('post', '/rest/api/3/issue/SUP-1/transitions')?.operationId).toBe(
      'doTransition',
    );
    expect(operation('GET', '/rest/api/3/no/such/thing')).toBeUndefined();
  });
});

describe('responses conform to the OpenAPI schemas', () => {
  let f: ReturnType<typeof setup>;
  let key: string;

  beforeAll(async () => {
    f = setup();
    key = (
      await f.create({
        labels: ['vip'],
        priority: { name: 'High' },
        customfield_10050: { value: 'Gold' },
        customfield_10051: 'Production',
      })
    ).key;
    const other = await f.create({ summary: 'Second' });
    await f.call('POST', `/issue/${key}/comment`, { body: adf('Hello') });
    await f.call('POST', `/issue/${key}/transitions`, { transition: { id: '41' } });
    await f.call('POST', '/issueLink', {
      type: { name: 'Relates' },
      inwardIssue: { key },
      outwardIssue: { key: other.key },
    });
    await f.call('PUT', `/issue/${key}/properties/slm`, { nextCheck: '2026-03-02T10:00:00Z' });
    const bulkWrite = await f.call(
      'POST',
      '/issue/properties/multi',
      { issues: [{ issueID: Number(other.id), properties: { flag: true } }] },
      APP,
    );
    expect(bulkWrite.status).toBe(303);
  });

  interface Case {
    method: string;
    name: string;
    path: () => string;
    body?: unknown;
    accountId?: string | null;
  }
  const cases: Case[] = [
    { method: 'GET', name: 'myself', path: () => '/myself' },
    { method: 'GET', name: 'myself as the app', path: () => '/myself', accountId: APP },
    { method: 'GET', name: 'user', path: () => `/user?accountId=${AGENT}&expand=groups` },
    {
      method: 'GET',
      name: 'my permissions',
      path: () => `/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER&issueKey=${key}`,
    },
    { method: 'GET', name: 'fields', path: () => '/field' },
    { method: 'GET', name: 'statuses', path: () => '/status' },
    { method: 'GET', name: 'status categories', path: () => '/statuscategory' },
    { method: 'GET', name: 'priority schemes', path: () => '/priorityscheme' },
    { method: 'GET', name: 'priorities of the scheme', path: () => '/priorityscheme/1/priorities' },
    { method: 'GET', name: 'one priority', path: () => '/priority/2' },
    { method: 'GET', name: 'resolutions', path: () => '/resolution/search' },
    { method: 'GET', name: 'link types', path: () => '/issueLinkType' },
    { method: 'GET', name: 'project search', path: () => '/project/search?expand=issueTypes' },
    { method: 'GET', name: 'project', path: () => '/project/SUP' },
    { method: 'GET', name: 'project versions', path: () => '/project/DEV/versions' },
    { method: 'GET', name: 'project statuses', path: () => '/project/SUP/statuses' },
    { method: 'GET', name: 'version', path: () => '/version/10000' },
    {
      method: 'GET',
      name: 'issue',
      path: () => `/issue/${key}?expand=names,schema,changelog,transitions&properties=slm`,
    },
    { method: 'GET', name: 'changelog', path: () => `/issue/${key}/changelog` },
    { method: 'GET', name: 'comments', path: () => `/issue/${key}/comment` },
    { method: 'GET', name: 'transitions', path: () => `/issue/${key}/transitions` },
    { method: 'GET', name: 'property keys', path: () => `/issue/${key}/properties` },
    { method: 'GET', name: 'property', path: () => `/issue/${key}/properties/slm` },
    { method: 'GET', name: 'search (ids)', path: () => '/search/jql?jql=project%20%3D%20SUP' },
    {
      method: 'POST',
      name: 'search (fields)',
      path: () => '/search/jql',
      body: {
        jql: 'project = SUP',
        fields: ['*all'],
        maxResults: 1,
        properties: ['slm'],
        expand: 'names,schema',
      },
    },
    {
      method: 'POST',
      name: 'bulk changelog',
      path: () => '/changelog/bulkfetch',
      body: { issueIdsOrKeys: ['SUP-1', 'SUP-2'] },
    },
    {
      method: 'POST',
      name: 'bulk fetch issues',
      path: () => '/issue/bulkfetch',
      body: {
        issueIdsOrKeys: ['SUP-1', 'SUP-2', 'SUP-404'],
        fields: ['*all'],
        properties: ['slm'],
        expand: ['names', 'schema', 'changelog'],
      },
    },
    {
      method: 'GET',
      name: 'task (of a bulk property write)',
      path: () => '/task/10000',
      accountId: APP,
    },
    {
      method: 'POST',
      name: 'create issue',
      path: () => '/issue',
      body: { fields: { project: { key: 'SUP' }, issuetype: { name: 'Task' }, summary: 'x' } },
    },
    {
      method: 'POST',
      name: 'add comment',
      path: () => '/issue/SUP-1/comment',
      body: { body: adf('Again'), visibility: { type: 'group', value: 'support-team' } },
    },
    {
      method: 'POST',
      name: 'create version',
      path: () => '/version',
      body: { projectId: 10001, name: '2.0', releaseDate: '2026-06-01' },
    },
    {
      method: 'PUT',
      name: 'release version',
      path: () => '/version/10001',
      body: { released: true },
    },
    {
      method: 'POST',
      name: 'create issue with a bad project',
      path: () => '/issue',
      body: { fields: { project: { key: 'NOPE' } } },
    },
  ];

  it.each(cases)('$method $name', async ({ method, path, body, accountId = AGENT }) => {
    const response = await f.call(method, path(), body, accountId);
    expect(response.status).toBeLessThan(500);
    const template = `/rest/api/3${path().split('?')[0]}`;
    expect(Object.keys(operation(method, template)?.responses ?? {})).toContain(
      String(response.status),
    );
    expect(responseErrors(method, template, response.status, response.body)).toEqual([]);
  });

  // The checks above are only worth something if they can fail.
  it('rejects a body that breaks the schema', () => {
    const path = '/rest/api/3/issue/{issueIdOrKey}';
    expect(responseErrors('GET', path, 200, { id: 10000, bogus: true })).toHaveLength(2);
    expect(responseErrors('GET', '/rest/api/3/myself', 200, { accountType: 'robot' })).not.toEqual(
      [],
    );
  });
});
