/**
 * Every request the app's Jira client sends, checked against Jira's own OpenAPI description:
 * the path and method exist and are not deprecated, every query parameter is declared, and
 * JSON bodies match the request schema.
 */
import { adfText } from '../src/jira/adf';
import { createIssue, linkIssues } from '../src/jira/issueCreation';
import { JiraClient } from '../src/jira/jiraClient';
import { JIRA_ROUTES } from '../src/jira/routes';
import type { JiraHttpRequest } from '../src/jira/transport';
import { userNames } from '../src/resolvers/userNames';
import { operation, requestErrors } from './support/openApi';

/** Calls every client method once against a transport that records and answers blandly. */
async function recordedRequests(): Promise<JiraHttpRequest[]> {
  const requests: JiraHttpRequest[] = [];
  const client = new JiraClient(async (request) => {
    requests.push(request);
    const body = request.path.endsWith('/mypermissions')
      ? { permissions: {} }
      : request.path.endsWith('/groups')
        ? []
        : { issues: [], values: [], comments: [], isLast: true, value: null };
    return { status: 200, headers: {}, body };
  });
  await client.getIssue('SUP-1', ['status', 'customfield_10050']);
  await client.bulkFetchIssues(['SUP-1', '10001'], ['status', 'comment'], ['slm']);
  await client.bulkChangelogs(['10000', '10001'], ['status', 'priority']);
  await client.setPropertiesOfIssues([{ issueId: '10000', properties: { slm: { urgency: 2 } } }]);
  await client.setAppFieldValues([
    { fieldKey: 'app__dev__sla-time-left', issueIds: ['10000', '10001'], value: 'Due soon' },
  ]);
  await client.editIssue('SUP-1', { update: { labels: [{ add: 'sla-breached' }] } });
  await client.editIssue('SUP-1', { fields: { priority: { name: 'Highest' } } });
  await client.changelog('SUP-1');
  await client.comments('SUP-1');
  await client.addComment('SUP-1', adfText('SLA: 75 % of the resolution time is used.'));
  await client.addComment('SUP-1', adfText('OLA: 2nd line pick-up is breached.'), {
    internal: true,
  });
  await client.assign('SUP-1', '557058:abc');
  await client.notify('SUP-1', {
    subject: 'SLA: Resolution time on SUP-1',
    textBody: 'SUP-1 will breach at 14:00.',
    to: {
      users: [{ accountId: '557058:abc' }],
      groups: [{ name: 'team-leads' }],
      assignee: true,
      reporter: false,
    },
  });
  await client.getIssueProperty('SUP-1', 'slm');
  await client.setIssueProperty('SUP-1', 'slm', { breached: 'false' });
  for await (const issue of client.search({
    jql: 'project = SUP',
    fields: ['key'],
    properties: ['slm'],
  }))
    void issue;
  await client.myPermissions(['ADMINISTER', 'BROWSE_PROJECTS'], 'SUP-1');
  await client.myself();
  // The portal's create panel: the name of a request type's issue type.
  await client.issueType('10001');
  await client.fields();
  await client.setAppFieldValue(
    'app__dev__sla-time-left',
    ['10001'],
    'Reaction time due 2026-03-02 07:30 UTC',
  );
  // The quality loop's follow-ups: the issue as created, its link, the project and transitions.
  await createIssue(client, {
    projectKey: 'QM',
    issueType: 'Task',
    summary: 'Follow up: CSAT 1/5 from Acme on SUP-1',
    description: adfText('Score: 1/5 CSAT'),
    assignee: '557058:abc',
    dueDate: '2026-03-09',
    labels: ['quality-follow-up-f1'],
  });
  await linkIssues(client, 'Relates', 'QM-1', 'SUP-1');
  await client.call('getProject', { projectIdOrKey: 'QM' });
  await client.call('projectVersions', { projectIdOrKey: 'APP' });
  await client.call('issueLinkTypes', {});
  await client.call('getUser', {}, { query: { accountId: '557058:abc' } });
  // Display names of the Quality page: `accountId` repeated.
  await userNames({ jiraAsUser: client, log: () => {} }, ['557058:abc', '557058:def']);
  await client.call('getTransitions', { issueIdOrKey: 'QM-1' });
  await client.call(
    'doTransition',
    { issueIdOrKey: 'QM-1' },
    { body: { transition: { id: '41' } } },
  );
  return requests;
}

/**
 * A bulk property write's body with each property value as the description can check it: values
 * are the app's own JSON, which it types as `JsonNode`, the Java class's bean properties (so an
 * object value is `{ object: true }` to it).
 */
function withoutPropertyValues(body: unknown): unknown {
  const issues = (body as { issues?: { properties: Record<string, unknown> }[] }).issues;
  if (!Array.isArray(issues)) return body;
  return {
    issues: issues.map((issue) => ({
      ...issue,
      properties: Object.fromEntries(
        Object.keys(issue.properties).map((key) => [key, { object: true }]),
      ),
    })),
  };
}

describe("the app's Jira client against Jira's OpenAPI description", () => {
  let requests: JiraHttpRequest[];
  beforeAll(async () => {
    requests = await recordedRequests();
  });

  it.each(Object.entries(JIRA_ROUTES))('route %s exists and is not deprecated', (_name, route) => {
    const op = operation(route.method, route.path);
    expect(op).toBeDefined();
    expect(op?.deprecated).not.toBe(true);
  });

  it('uses every route it declares', () => {
    const used = new Set(requests.map((r) => `${r.method} ${r.path}`));
    const templates = Object.values(JIRA_ROUTES).map((r) => ({
      ...r,
      pattern: new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
    for (const template of templates) {
      expect(
        [...used].some(
          (u) => u.startsWith(`${template.method} `) && template.pattern.test(u.split(' ')[1]!),
        ),
      ).toBe(true);
    }
  });

  it('sends only query parameters the operations declare', () => {
    for (const request of requests) {
      const op = operation(request.method, request.path) as {
        parameters?: { name: string; in: string }[];
      };
      const declared = new Set(
        (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      );
      for (const name of Object.keys(request.query ?? {})) {
        expect(`${request.method} ${request.path} ?${name}: ${declared.has(name)}`).toMatch(
          /true$/,
        );
      }
    }
  });

  it('sends bodies that match the request schemas', () => {
    // A single property's body is the property's own value, which no schema describes.
    const withBodies = requests.filter(
      (r) => r.body !== undefined && !/\/issue\/[^/]+\/properties\//.test(r.path),
    );
    expect(withBodies.length).toBeGreaterThanOrEqual(7);
    for (const request of withBodies) {
      expect({
        request: `${request.method} ${request.path}`,
        errors: requestErrors(request.method, request.path, withoutPropertyValues(request.body)),
      }).toEqual({
        request: `${request.method} ${request.path}`,
        errors: [],
      });
    }
  });

  it('would notice a body Jira refuses', () => {
    expect(
      requestErrors('POST', '/rest/api/3/issue/SUP-1/notify', { subject: 42, to: { users: 'x' } }),
    ).not.toEqual([]);
  });
});
