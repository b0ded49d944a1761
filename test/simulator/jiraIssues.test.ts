/** Issues: create, read with field selection, edit, assign, delete, and the events they raise. */
import { APP_ACCOUNT_ID } from '../../src/simulator/jira';
import { adf, AGENT, AGENT_2, APP, CUSTOMER, CUSTOMER_2, setup, T0 } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('POST /issue', () => {
  it('creates an issue in the workflow’s first status and answers { id, key, self }', async () => {
    const f = setup();
    const response = await f.call('POST', '/issue', {
      fields: {
        project: { key: 'SUP' },
        issuetype: { name: 'Incident' },
        summary: 'Printer on fire',
        description: adf('Smoke everywhere'),
        priority: { name: 'High' },
        reporter: { accountId: CUSTOMER },
        assignee: { accountId: AGENT_2 },
        labels: ['vip'],
        customfield_10050: { value: 'Gold' },
        customfield_10051: 'Production',
        customfield_10052: 3.5,
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: '10000',
      key: 'SUP-1',
      self: 'https://simulated.atlassian.net/rest/api/3/issue/10000',
    });
    const issue = (await f.call('GET', '/issue/SUP-1')).body as Body;
    expect(issue.fields).toMatchObject({
      summary: 'Printer on fire',
      description: adf('Smoke everywhere'),
      status: { name: 'Open', statusCategory: { key: 'new', name: 'To Do' } },
      priority: { id: '2', name: 'High' },
      issuetype: { name: 'Incident' },
      project: { key: 'SUP', name: 'Support' },
      reporter: { accountId: CUSTOMER, displayName: 'Carl Customer', accountType: 'customer' },
      assignee: { accountId: AGENT_2 },
      creator: { accountId: AGENT },
      created: '2026-03-02T08:30:00.000+0000',
      updated: '2026-03-02T08:30:00.000+0000',
      resolution: null,
      resolutiondate: null,
      labels: ['vip'],
      fixVersions: [],
      issuelinks: [],
      customfield_10050: { value: 'Gold', id: expect.any(String) },
      customfield_10051: 'Production',
      customfield_10052: 3.5,
      customfield_10060: null,
      comment: { comments: [], total: 0 },
    });
    expect((await f.create()).key).toBe('SUP-2');
  });

  it('defaults: reporter is the caller, priority Medium; the app creates as its own account', async () => {
    const f = setup();
    await f.create({}, APP);
    const issue = (await f.call('GET', '/issue/SUP-1')).body as Body;
    expect(issue.fields.reporter.accountId).toBe(APP_ACCOUNT_ID);
    expect(issue.fields.reporter.accountType).toBe('app');
    expect(issue.fields.priority.name).toBe('Medium');
  });

  it('raises avi:jira:created:issue with the actor', async () => {
    const f = setup();
    await f.create({}, CUSTOMER);
    expect(f.events).toEqual([
      {
        eventType: 'avi:jira:created:issue',
        atlassianId: CUSTOMER,
        issue: {
          id: '10000',
          key: 'SUP-1',
          fields: expect.objectContaining({
            summary: 'Printer on fire',
            reporter: { accountId: CUSTOMER },
            creator: { accountId: CUSTOMER },
            assignee: null,
            created: '2026-03-02T08:30:00.000+0000',
            status: expect.objectContaining({ name: 'Open' }),
            issuetype: expect.objectContaining({ name: 'Incident' }),
            project: expect.objectContaining({ key: 'SUP' }),
          }),
        },
      },
    ]);
  });

  it('refuses bad fields with Jira’s per-field errors, and creates nothing', async () => {
    const f = setup();
    const bad = await f.call('POST', '/issue', {
      fields: {
        project: { key: 'SUP' },
        issuetype: { name: 'Incident' },
        priority: { name: 'Urgent' },
        labels: ['two words'],
        description: 'plain text',
        customfield_10050: { value: 'Platinum' },
        bogus: 1,
      },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        errorMessages: [],
        errors: {
          summary: 'You must specify a summary of the issue.',
          priority: 'The priority selected is invalid.',
          labels: "The label 'two words' contains spaces which is invalid.",
          description:
            'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
          customfield_10050: "Option value 'Platinum' is not valid.",
          bogus: "Field 'bogus' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      },
    });
    expect(
      (await f.call('POST', '/issue', { fields: { project: { key: 'NOPE' }, summary: 'x' } })).body,
    ).toEqual({ errorMessages: [], errors: { project: 'Specify a valid project ID or key' } });
    expect(
      (
        await f.call('POST', '/issue', {
          fields: { project: { key: 'SUP' }, issuetype: { name: 'Bug' }, summary: 'x' },
        })
      ).body,
    ).toEqual({ errorMessages: [], errors: { issuetype: 'The issue type selected is invalid.' } });
    expect(f.events).toEqual([]);
    expect((await f.create()).key).toBe('SUP-1');
  });
});

describe('GET /issue/{issueIdOrKey}', () => {
  it('selects fields: a list, *all with exclusions, *navigable', async () => {
    const f = setup();
    await f.create();
    const get = async (query: string) =>
      Object.keys(((await f.call('GET', `/issue/SUP-1?${query}`)).body as Body).fields).sort();
    expect(await get('fields=summary,status')).toEqual(['status', 'summary']);
    expect(await get('fields=*all,-comment,-description')).not.toContain('comment');
    expect(await get('fields=*navigable')).not.toContain('comment');
    expect(await get('fields=*navigable')).toContain('customfield_10050');
    expect(await get('fields=customfield_10051')).toEqual(['customfield_10051']);
  });

  it('finds issues by id or key, case-insensitively, and 404s others', async () => {
    const f = setup();
    await f.create();
    expect((await f.call('GET', '/issue/10000')).status).toBe(200);
    expect((await f.call('GET', '/issue/sup-1')).status).toBe(200);
    expect(await f.call('GET', '/issue/SUP-2')).toMatchObject({
      status: 404,
      body: {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      },
    });
  });

  it('hides issues from customers who did not report them (404, as Jira)', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    expect((await f.call('GET', '/issue/SUP-1', undefined, CUSTOMER)).status).toBe(200);
    expect((await f.call('GET', '/issue/SUP-1', undefined, CUSTOMER_2)).status).toBe(404);
  });

  it('expands names, schema, transitions and changelog, and includes asked-for properties', async () => {
    const f = setup();
    await f.create();
    await f.call('PUT', '/issue/SUP-1/properties/slm', { nextCheck: '2026-03-02T10:00:00Z' });
    await f.call('POST', '/issue/SUP-1/transitions', { transition: { id: '11' } });
    const issue = (
      await f.call(
        'GET',
        '/issue/SUP-1?fields=summary,customfield_10050&expand=names,schema,transitions,changelog&properties=slm',
      )
    ).body as Body;
    expect(issue.names).toEqual({ summary: 'Summary', customfield_10050: 'Customer Tier' });
    expect(issue.schema.customfield_10050).toMatchObject({ type: 'option', customId: 10050 });
    expect(issue.transitions.map((t: Body) => t.name)).toEqual(['Wait for customer', 'Resolve']);
    expect(issue.changelog.histories[0].items[0]).toMatchObject({
      field: 'status',
      toString: 'In Progress',
    });
    expect(issue.properties).toEqual({ slm: { nextCheck: '2026-03-02T10:00:00Z' } });
  });
});

describe('PUT /issue/{issueIdOrKey}', () => {
  it('applies fields and update operations as one changelog entry and one event', async () => {
    const f = setup();
    await f.create({ labels: ['a', 'b'], customfield_10050: { value: 'Gold' } });
    f.advance(60_000);
    const response = await f.call('PUT', '/issue/SUP-1', {
      fields: { summary: 'Printer still on fire', customfield_10050: { value: 'Silver' } },
      update: {
        labels: [{ add: 'vip' }, { remove: 'a' }],
        priority: [{ set: { name: 'Highest' } }],
        customfield_10051: [{ set: 'Staging' }],
      },
    });
    expect(response).toEqual({ status: 204 });
    const issue = (await f.call('GET', '/issue/SUP-1')).body as Body;
    expect(issue.fields.labels).toEqual(['b', 'vip']);
    expect(issue.fields.priority.name).toBe('Highest');
    expect(issue.fields.updated).toBe('2026-03-02T08:31:00.000+0000');
    const history = ((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).values;
    expect(history).toHaveLength(1);
    expect(history[0].author.accountId).toBe(AGENT);
    expect(history[0].created).toBe('2026-03-02T08:31:00.000+0000');
    expect(history[0].items).toEqual([
      {
        field: 'summary',
        fieldtype: 'jira',
        fieldId: 'summary',
        from: null,
        fromString: 'Printer on fire',
        to: null,
        toString: 'Printer still on fire',
      },
      {
        field: 'Customer Tier',
        fieldtype: 'custom',
        fieldId: 'customfield_10050',
        from: expect.any(String),
        fromString: 'Gold',
        to: expect.any(String),
        toString: 'Silver',
      },
      {
        field: 'labels',
        fieldtype: 'jira',
        fieldId: 'labels',
        from: null,
        fromString: 'a b',
        to: null,
        toString: 'b vip',
      },
      {
        field: 'priority',
        fieldtype: 'jira',
        fieldId: 'priority',
        from: '3',
        fromString: 'Medium',
        to: '1',
        toString: 'Highest',
      },
      {
        field: 'Environment',
        fieldtype: 'custom',
        fieldId: 'customfield_10051',
        from: null,
        fromString: null,
        to: null,
        toString: 'Staging',
      },
    ]);
    const updated = f.events.filter((e) => e.eventType === 'avi:jira:updated:issue');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      atlassianId: AGENT,
      issue: { key: 'SUP-1', fields: { summary: 'Printer still on fire' } },
      changelog: { id: history[0].id, items: history[0].items },
    });
  });

  it('records nothing when nothing changes', async () => {
    const f = setup();
    await f.create({ labels: ['a'] });
    expect(
      await f.call('PUT', '/issue/SUP-1', {
        fields: { summary: 'Printer on fire', labels: ['a'] },
      }),
    ).toEqual({ status: 204 });
    expect(((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).total).toBe(0);
    expect(f.events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
  });

  it('returns the issue with returnIssue=true, and refuses customers (403)', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    const response = await f.call('PUT', '/issue/SUP-1?returnIssue=true', {
      fields: { summary: 'New' },
    });
    expect(response.status).toBe(200);
    expect((response.body as Body).fields.summary).toBe('New');
    expect(
      (await f.call('PUT', '/issue/SUP-1', { fields: { summary: 'x' } }, CUSTOMER)).status,
    ).toBe(403);
  });
});

describe('PUT /issue/{issueIdOrKey}/assignee', () => {
  it('assigns and unassigns, recording the change', async () => {
    const f = setup();
    await f.create();
    expect(await f.call('PUT', '/issue/SUP-1/assignee', { accountId: AGENT_2 })).toEqual({
      status: 204,
    });
    expect(await f.call('PUT', '/issue/SUP-1/assignee', { accountId: null })).toEqual({
      status: 204,
    });
    const items = ((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).values.map(
      (h: Body) => h.items[0],
    );
    expect(items).toEqual([
      {
        field: 'assignee',
        fieldtype: 'jira',
        fieldId: 'assignee',
        from: null,
        fromString: null,
        to: AGENT_2,
        toString: 'Bob Agent',
      },
      {
        field: 'assignee',
        fieldtype: 'jira',
        fieldId: 'assignee',
        from: AGENT_2,
        fromString: 'Bob Agent',
        to: null,
        toString: null,
      },
    ]);
    expect((await f.call('PUT', '/issue/SUP-1/assignee', { accountId: 'ghost' })).body).toEqual({
      errorMessages: [],
      errors: { assignee: "User 'ghost' does not exist." },
    });
  });
});

describe('DELETE /issue/{issueIdOrKey}', () => {
  it('deletes the issue, its properties from the index, and raises avi:jira:deleted:issue', async () => {
    const f = setup();
    await f.create();
    await f.call('PUT', '/issue/SUP-1/properties/slm', { nextCheck: '2026-03-02T09:00:00Z' });
    expect(await f.call('DELETE', '/issue/SUP-1')).toEqual({ status: 204 });
    expect((await f.call('GET', '/issue/SUP-1')).status).toBe(404);
    expect(f.jira.explainSearch('slmNextCheck <= "2026-03-03"').issueKeys).toEqual([]);
    expect(f.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:deleted:issue',
      atlassianId: AGENT,
      issue: { id: '10000', key: 'SUP-1' },
    });
  });
});

describe('requests the simulated Jira cannot answer', () => {
  it('401s unknown accounts, 404s unknown resources, 405s unknown methods', async () => {
    const f = setup();
    expect((await f.call('GET', '/myself', undefined, 'stranger')).status).toBe(401);
    expect((await f.call('GET', '/nothing/here')).status).toBe(404);
    expect((await f.call('PATCH', '/issue/SUP-1')).status).toBe(405);
  });

  it('merges a query string on the path with the query object', async () => {
    const f = setup();
    await f.create();
    const response = await f.jira.handle({
      method: 'GET',
      path: '/rest/api/3/issue/SUP-1?fields=summary',
      query: { expand: 'names' },
      accountId: AGENT,
    });
    expect(response.body).toMatchObject({
      fields: { summary: 'Printer on fire' },
      names: { summary: 'Summary' },
    });
    expect(f.jira.requestLog.at(-1)).toEqual({
      method: 'GET',
      path: '/rest/api/3/issue/SUP-1',
      status: 200,
    });
    expect(T0).toBe(Date.parse('2026-03-02T08:30:00Z'));
  });
});
