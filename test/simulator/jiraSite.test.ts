/**
 * The rest of the site: users and permissions, fields, priorities, projects and versions (with
 * their events), notifications, issue links, fault injection and the request log.
 */
import { APP_ACCOUNT_ID } from '../../src/simulator/jira';
import { adf, ADMIN, AGENT, AGENT_2, APP, CUSTOMER, CUSTOMER_2, LEAD, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('users', () => {
  it('answers /myself for users and for the app', async () => {
    const f = setup();
    expect((await f.call('GET', '/myself')).body).toMatchObject({
      accountId: AGENT,
      displayName: 'Alice Agent',
      emailAddress: 'alice@example.com',
      accountType: 'atlassian',
    });
    expect((await f.call('GET', '/myself', undefined, APP)).body).toMatchObject({
      accountId: APP_ACCOUNT_ID,
      accountType: 'app',
    });
    expect(f.jira.appAccountId).toBe(APP_ACCOUNT_ID);
  });

  it('answers /user, 404 for unknown accounts', async () => {
    const f = setup();
    expect((await f.call('GET', `/user?accountId=${LEAD}&expand=groups`)).body).toMatchObject({
      accountId: LEAD,
      groups: { size: 2, items: [{ name: 'support-team' }, { name: 'team-leads' }] },
    });
    expect((await f.call('GET', '/user?accountId=nobody')).status).toBe(404);
    expect((await f.call('GET', '/user')).status).toBe(400);
  });

  it('shows an e-mail address only where the profile lets it: to anyone, or to its owner', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } }, AGENT_2);
    await f.call('POST', '/issue/SUP-1/comment', { body: adf('Any news?') }, CUSTOMER);
    const email = async (path: string, pick: (body: Body) => Body, as: string | null = APP) =>
      pick((await f.call('GET', path, undefined, as)).body as Body).emailAddress;

    // Alice shows hers to anyone; Bob and Carl keep theirs to themselves (Atlassian's default).
    expect(await email(`/user?accountId=${AGENT}`, (b) => b)).toBe('alice@example.com');
    expect(await email(`/user?accountId=${AGENT_2}`, (b) => b)).toBeUndefined();
    expect(await email(`/user?accountId=${AGENT_2}`, (b) => b, AGENT_2)).toBe('bob@example.com');
    expect(await email('/myself', (b) => b, CUSTOMER)).toBe('carl@customer.example');
    expect(await email('/issue/SUP-1', (b) => b.fields.reporter)).toBeUndefined();
    expect(await email('/issue/SUP-1', (b) => b.fields.creator)).toBeUndefined();
    expect(await email('/issue/SUP-1/comment', (b) => b.comments[0].author)).toBeUndefined();
    expect(await email('/group/member?groupname=support-team', (b) => b.values[1])).toBeUndefined();
    expect(f.jira.explainSearch('assignee = "bob@example.com"').issueKeys).toEqual([]);
  });
});

describe('GET /mypermissions', () => {
  const has = async (f: ReturnType<typeof setup>, accountId: string | null, query: string) => {
    const response = await f.call('GET', `/mypermissions?${query}`, undefined, accountId);
    if (response.status !== 200) return response.status;
    const permissions = (response.body as Body).permissions as Record<
      string,
      { havePermission: boolean }
    >;
    return Object.fromEntries(Object.entries(permissions).map(([k, v]) => [k, v.havePermission]));
  };

  it('gives ADMINISTER to jira-administrators and site-admins, and the app everything', async () => {
    const f = setup();
    expect(await has(f, ADMIN, 'permissions=ADMINISTER,BROWSE_PROJECTS')).toEqual({
      ADMINISTER: true,
      BROWSE_PROJECTS: true,
    });
    expect(await has(f, AGENT, 'permissions=ADMINISTER,BROWSE_PROJECTS')).toEqual({
      ADMINISTER: false,
      BROWSE_PROJECTS: true,
    });
    expect(await has(f, APP, 'permissions=ADMINISTER,SYSTEM_ADMIN')).toEqual({
      ADMINISTER: true,
      SYSTEM_ADMIN: true,
    });
  });

  it('lets customers browse only the issues they reported', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    expect(
      await has(f, CUSTOMER, 'permissions=BROWSE_PROJECTS,EDIT_ISSUES&issueKey=SUP-1'),
    ).toEqual({
      BROWSE_PROJECTS: true,
      EDIT_ISSUES: false,
    });
    expect(await has(f, CUSTOMER_2, 'permissions=BROWSE_PROJECTS&issueKey=SUP-1')).toBe(404);
    expect(await has(f, CUSTOMER, 'permissions=BROWSE_PROJECTS&projectKey=SUP')).toBe(404);
    expect(await has(f, AGENT, 'permissions=BROWSE_PROJECTS&projectKey=SUP')).toEqual({
      BROWSE_PROJECTS: true,
    });
  });

  it('refuses a missing or unknown permission key', async () => {
    const f = setup();
    expect(await has(f, AGENT, '')).toBe(400);
    expect(await has(f, AGENT, 'permissions=FLY')).toBe(400);
  });
});

describe('site configuration', () => {
  it('lists system and custom fields', async () => {
    const f = setup();
    const fields = (await f.call('GET', '/field')).body as Body[];
    expect(fields.find((x) => x.id === 'customfield_10050')).toMatchObject({
      name: 'Customer Tier',
      custom: true,
      clauseNames: ['cf[10050]', 'Customer Tier'],
      schema: {
        type: 'option',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
        customId: 10050,
      },
    });
    expect(fields.find((x) => x.id === 'status')).toMatchObject({
      custom: false,
      schema: { type: 'status' },
    });
  });

  it('lists priorities Highest…Lowest through the default priority scheme', async () => {
    const f = setup();
    f.jira.addPriority({ name: 'Blocker' });
    const page = (await f.call('GET', '/priorityscheme/1/priorities')).body as Body;
    expect(page.values.map((p: Body) => p.name)).toEqual([
      'Highest',
      'High',
      'Medium',
      'Low',
      'Lowest',
      'Blocker',
    ]);
    expect(page.values.find((p: Body) => p.isDefault).name).toBe('Medium');
    expect((await f.call('GET', '/priority/5')).body).toMatchObject({ name: 'Lowest' });
    expect((await f.call('GET', '/priorityscheme/2/priorities')).status).toBe(404);
  });

  it('lists statuses, link types and resolutions', async () => {
    const f = setup();
    const statuses = (await f.call('GET', '/status')).body as Body[];
    expect(statuses.map((s) => [s.id, s.name, s.statusCategory.key])).toEqual([
      ['1', 'Open', 'new'],
      ['3', 'In Progress', 'indeterminate'],
      ['10002', 'Waiting for customer', 'indeterminate'],
      ['5', 'Resolved', 'done'],
      ['6', 'Closed', 'done'],
    ]);
    expect(
      ((await f.call('GET', '/issueLinkType')).body as Body).issueLinkTypes.map(
        (t: Body) => t.name,
      ),
    ).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates', 'Problem/Incident']);
    expect(
      ((await f.call('GET', '/resolution/search')).body as Body).values.map((r: Body) => r.name),
    ).toContain('Done');
  });
});

describe('projects and versions', () => {
  it('searches and reads projects (not for customers)', async () => {
    const f = setup();
    const page = (await f.call('GET', '/project/search?orderBy=-key&expand=issueTypes'))
      .body as Body;
    expect(page.values.map((p: Body) => p.key)).toEqual(['SUP', 'DEV']);
    expect(page.values[0].issueTypes.map((t: Body) => t.name)).toEqual([
      'Support request',
      'Incident',
      'Task',
    ]);
    expect(((await f.call('GET', '/project/search?query=dev')).body as Body).total).toBe(1);
    expect(((await f.call('GET', '/project/search', undefined, CUSTOMER)).body as Body).total).toBe(
      0,
    );
    expect((await f.call('GET', '/project/sup')).body).toMatchObject({
      key: 'SUP',
      lead: { accountId: LEAD },
    });
    expect((await f.call('GET', '/project/NOPE')).status).toBe(404);
  });

  it('creates and releases versions, raising version events', async () => {
    const f = setup();
    const versions = (await f.call('GET', '/project/DEV/versions')).body as Body[];
    expect(versions.map((v) => [v.name, v.released])).toEqual([
      ['1.0', true],
      ['1.1', false],
    ]);
    const made = await f.call('POST', '/version', {
      projectId: 10001,
      name: '1.2',
      releaseDate: '2026-04-01',
    });
    expect(made).toMatchObject({
      status: 201,
      body: { name: '1.2', released: false, projectId: 10001, overdue: false },
    });
    const id = (made.body as Body).id;
    expect((await f.call('POST', '/version', { projectId: 10001, name: '1.2' })).body).toEqual({
      errorMessages: [],
      errors: { name: 'A version with this name already exists in this project.' },
    });
    expect((await f.call('PUT', `/version/${id}`, { released: true })).body).toMatchObject({
      released: true,
    });
    expect((await f.call('PUT', `/version/${id}`, { released: true })).status).toBe(200);
    expect(f.events.map((e) => [e.eventType, (e.version as Body).name])).toEqual([
      ['avi:jira:created:version', '1.2'],
      ['avi:jira:updated:version', '1.2'],
      ['avi:jira:released:version', '1.2'],
    ]);
    expect(f.events[0]?.atlassianId).toBe(AGENT);
    expect((await f.call('PUT', '/version/99999', { released: true })).status).toBe(404);
  });

  it('puts issues in versions with fixVersions', async () => {
    const f = setup();
    await f.call('POST', '/issue', {
      fields: {
        project: { key: 'DEV' },
        issuetype: { name: 'Bug' },
        summary: 'Crash',
        fixVersions: [{ name: '1.1' }],
      },
    });
    await f.call('PUT', '/issue/DEV-1', {
      update: { fixVersions: [{ add: { name: '1.0' } }, { remove: { name: '1.1' } }] },
    });
    const issue = (await f.call('GET', '/issue/DEV-1?fields=fixVersions')).body as Body;
    expect(issue.fields.fixVersions.map((v: Body) => v.name)).toEqual(['1.0']);
    expect(((await f.call('GET', '/issue/DEV-1/changelog')).body as Body).values[0].items).toEqual([
      {
        field: 'Fix Version',
        fieldtype: 'jira',
        fieldId: 'fixVersions',
        from: '10001',
        fromString: '1.1',
        to: null,
        toString: null,
      },
      {
        field: 'Fix Version',
        fieldtype: 'jira',
        fieldId: 'fixVersions',
        from: null,
        fromString: null,
        to: '10000',
        toString: '1.0',
      },
    ]);
    expect(
      (await f.call('PUT', '/issue/DEV-1', { fields: { fixVersions: [{ name: '9.9' }] } })).status,
    ).toBe(400);
  });
});

describe('POST /issue/{issueIdOrKey}/notify', () => {
  it('records the e-mail with its recipients resolved', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER }, assignee: { accountId: AGENT_2 } });
    f.advance(1000);
    const response = await f.call(
      'POST',
      '/issue/SUP-1/notify',
      {
        subject: 'Negative feedback on SUP-1',
        textBody: 'Please follow up.',
        htmlBody: '<p>Please follow up.</p>',
        to: { users: [{ accountId: ADMIN }], groups: [{ name: 'team-leads' }], assignee: true },
      },
      APP,
    );
    expect(response).toEqual({ status: 204 });
    expect(f.jira.notifications).toEqual([
      {
        issueId: '10000',
        issueKey: 'SUP-1',
        from: APP_ACCOUNT_ID,
        at: f.now(),
        subject: 'Negative feedback on SUP-1',
        textBody: 'Please follow up.',
        htmlBody: '<p>Please follow up.</p>',
        to: { users: [{ accountId: ADMIN }], groups: [{ name: 'team-leads' }], assignee: true },
        recipients: [ADMIN, LEAD, AGENT_2],
      },
    ]);
    await f.call('POST', '/issue/SUP-1/notify', { subject: 'To watchers' });
    expect(f.jira.notifications[1]?.recipients).toEqual([CUSTOMER, AGENT, AGENT_2]);
    expect(
      (await f.call('POST', '/issue/SUP-1/notify', { to: { users: [{ accountId: 'ghost' }] } }))
        .status,
    ).toBe(400);
    expect(
      (await f.call('POST', '/issue/SUP-1/notify', { to: { groups: [{ name: 'nobody' }] } }))
        .status,
    ).toBe(400);
  });
});

describe('POST /issueLink', () => {
  it('links two issues both ways, with changelog items and an optional comment', async () => {
    const f = setup();
    await f.create({ summary: 'Outage' });
    await f.create({ summary: 'Cause' });
    const response = await f.call('POST', '/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'SUP-1' },
      outwardIssue: { key: 'SUP-2' },
      comment: { body: adf('Linked') },
    });
    expect(response).toEqual({ status: 201 });
    const links = async (key: string) =>
      ((await f.call('GET', `/issue/${key}?fields=issuelinks`)).body as Body).fields.issuelinks;
    expect(await links('SUP-1')).toEqual([
      expect.objectContaining({
        type: expect.objectContaining({ name: 'Blocks' }),
        outwardIssue: expect.objectContaining({
          key: 'SUP-2',
          fields: expect.objectContaining({ summary: 'Cause' }),
        }),
      }),
    ]);
    expect(await links('SUP-2')).toEqual([
      expect.objectContaining({ inwardIssue: expect.objectContaining({ key: 'SUP-1' }) }),
    ]);
    const item = async (key: string) =>
      ((await f.call('GET', `/issue/${key}/changelog`)).body as Body).values[0].items[0].toString;
    expect(await item('SUP-1')).toBe('This issue blocks SUP-2');
    expect(await item('SUP-2')).toBe('This issue is blocked by SUP-1');
    expect(((await f.call('GET', '/issue/SUP-2/comment')).body as Body).total).toBe(1);
    await f.call('POST', '/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'SUP-1' },
      outwardIssue: { key: 'SUP-2' },
    });
    expect(await links('SUP-1')).toHaveLength(1);
    expect(
      (
        await f.call('POST', '/issueLink', {
          type: { name: 'Nope' },
          inwardIssue: { key: 'SUP-1' },
          outwardIssue: { key: 'SUP-2' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await f.call('POST', '/issueLink', {
          type: { name: 'Relates' },
          inwardIssue: { key: 'SUP-1' },
          outwardIssue: { key: 'SUP-9' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('failNext and the request log', () => {
  it('fails the next n requests with the status and Retry-After, then answers again', async () => {
    const f = setup();
    f.jira.failNext(2, 429, { retryAfterSeconds: 3 });
    const first = await f.call('GET', '/myself');
    expect(first).toEqual({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '3' },
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    });
    expect((await f.call('GET', '/myself')).status).toBe(429);
    expect((await f.call('GET', '/myself')).status).toBe(200);
    expect(f.jira.requestLog).toEqual([
      { method: 'GET', path: '/rest/api/3/myself', status: 429 },
      { method: 'GET', path: '/rest/api/3/myself', status: 429 },
      { method: 'GET', path: '/rest/api/3/myself', status: 200 },
    ]);
  });

  it('fails only requests under a path prefix, and changes nothing when it fails', async () => {
    const f = setup();
    await f.create();
    f.jira.failNext(1, 503, { pathPrefix: '/rest/api/3/issue/SUP-1/properties' });
    expect((await f.call('GET', '/myself')).status).toBe(200);
    const failed = await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 1 });
    expect(failed.status).toBe(503);
    expect(failed.headers?.['retry-after']).toBeUndefined();
    expect((await f.call('GET', '/issue/SUP-1/properties/slm')).status).toBe(404);
    expect((await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 1 })).status).toBe(201);
  });
});
