/**
 * The simulated Jira's bulk operations, as Jira's OpenAPI description gives them: reading up to
 * 100 issues at once, setting properties on up to 100 (an asynchronous task: 303 to its
 * location), and the app's field values on many issues in one request.
 */
import { APP_ACCOUNT_ID, MAX_PROPERTY_VALUE_BYTES } from '../../src/simulator/jira';
import { adf, AGENT, APP, CUSTOMER, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('POST /issue/bulkfetch', () => {
  it('returns the issues asked for in ascending id order, with fields and properties', async () => {
    const f = setup();
    await f.create({ customfield_10051: 'Production' });
    await f.create();
    await f.call('PUT', '/issue/SUP-2/properties/slm', { nextCheck: null });
    const body = (
      await f.call('POST', '/issue/bulkfetch', {
        issueIdsOrKeys: ['sup-2', '10000', 'SUP-1', 'SUP-404'],
        fields: ['status', 'customfield_10051'],
        properties: ['slm'],
      })
    ).body as Body;
    expect(body.issueErrors).toEqual([]);
    expect(
      body.issues.map((i: Body) => [i.key, Object.keys(i.fields).sort(), i.properties]),
    ).toEqual([
      ['SUP-1', ['customfield_10051', 'status'], {}],
      ['SUP-2', ['customfield_10051', 'status'], { slm: { nextCheck: null } }],
    ]);
  });

  it('leaves out issues the caller may not see, names fields by key on request', async () => {
    const f = setup();
    await f.create({}, CUSTOMER);
    await f.create();
    const asCustomer = (
      await f.call('POST', '/issue/bulkfetch', { issueIdsOrKeys: ['SUP-1', 'SUP-2'] }, CUSTOMER)
    ).body as Body;
    expect(asCustomer.issues.map((i: Body) => i.key)).toEqual(['SUP-1']);
    // `*navigable` by default: every field but the comments.
    expect(asCustomer.issues[0].fields).toHaveProperty('summary');
    expect(asCustomer.issues[0].fields).not.toHaveProperty('comment');
    const byKeys = (
      await f.call('POST', '/issue/bulkfetch', {
        issueIdsOrKeys: ['SUP-1'],
        fields: ['app__dev__sla-state', 'status'],
        fieldsByKeys: true,
      })
    ).body as Body;
    expect(Object.keys(byKeys.issues[0].fields).sort()).toEqual(['app__dev__sla-state', 'status']);
  });

  it('carries at most 100 comments in the comment field, with the total to page the rest', async () => {
    const f = setup();
    await f.create();
    for (let n = 1; n <= 102; n++)
      await f.call('POST', '/issue/SUP-1/comment', { body: adf(`#${n}`) });
    const [issue] = (
      (await f.call('POST', '/issue/bulkfetch', { issueIdsOrKeys: ['SUP-1'], fields: ['comment'] }))
        .body as Body
    ).issues;
    expect(issue.fields.comment).toMatchObject({ startAt: 0, maxResults: 100, total: 102 });
    expect(issue.fields.comment.comments).toHaveLength(100);
    expect(issue.fields.comment.comments[0].body).toEqual(adf('#1'));
  });

  it('expands at most the 40 latest changelogs', async () => {
    const f = setup();
    await f.create();
    for (let n = 0; n < 45; n++)
      await f.call('PUT', '/issue/SUP-1', { fields: { summary: `S${n}` } });
    const [issue] = (
      (
        await f.call('POST', '/issue/bulkfetch', {
          issueIdsOrKeys: ['SUP-1'],
          expand: ['changelog'],
        })
      ).body as Body
    ).issues;
    expect(issue.changelog).toMatchObject({ maxResults: 40, total: 45 });
  });

  it('refuses what the description does not allow', async () => {
    const f = setup();
    const post = async (body: unknown) => (await f.call('POST', '/issue/bulkfetch', body)).status;
    expect(await post({ issueIdsOrKeys: [] })).toBe(400);
    expect(
      await post({ issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `SUP-${i + 1}`) }),
    ).toBe(400);
    expect(
      await post({ issueIdsOrKeys: ['SUP-1'], properties: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    ).toBe(400);
    expect(await post({ issueIdsOrKeys: ['SUP-1'], startAt: 0 })).toBe(400);
    expect(await post({ issueIdsOrKeys: 'SUP-1' })).toBe(400);
    expect(
      await post({ issueIdsOrKeys: Array.from({ length: 100 }, (_, i) => `SUP-${i + 1}`) }),
    ).toBe(200);
  });
});

describe('POST /issue/properties/multi', () => {
  it('sets properties on many issues as a task: 303 to a finished task, one event per property', async () => {
    const f = setup();
    await f.create();
    await f.create();
    const response = await f.call(
      'POST',
      '/issue/properties/multi',
      {
        issues: [
          { issueID: 10000, properties: { slm: { a: 1 }, flag: true } },
          { issueID: 10001, properties: { slm: { a: 2 } } },
          { issueID: 424242, properties: { slm: { a: 3 } } },
        ],
      },
      APP,
    );
    expect(response).toEqual({
      status: 303,
      headers: { location: expect.stringMatching(/\/rest\/api\/3\/task\/\d+$/) },
    });
    expect(((await f.call('GET', '/issue/SUP-2/properties/slm')).body as Body).value).toEqual({
      a: 2,
    });
    expect(((await f.call('GET', '/issue/SUP-1/properties/flag')).body as Body).value).toBe(true);
    expect(
      f.events
        .filter((e) => e.eventType === 'avi:jira:set:issue-property')
        .map((e) => [e.issue?.key, (e.property as { key: string }).key, e.atlassianId]),
    ).toEqual([
      ['SUP-1', 'slm', APP_ACCOUNT_ID],
      ['SUP-1', 'flag', APP_ACCOUNT_ID],
      ['SUP-2', 'slm', APP_ACCOUNT_ID],
    ]);
    const taskPath = response.headers!.location!.replace(/^.*\/rest\/api\/3/, '');
    expect(await f.call('GET', taskPath, undefined, APP)).toMatchObject({
      status: 200,
      body: { status: 'COMPLETE', progress: 100 },
    });
    expect((await f.call('GET', taskPath, undefined, AGENT)).status).toBe(403);
    expect((await f.call('GET', '/task/999999', undefined, APP)).status).toBe(404);
  });

  it('refuses the whole request when it breaks a limit, writing nothing', async () => {
    const f = setup();
    await f.create();
    const post = async (body: unknown, accountId: string | null = APP) =>
      (await f.call('POST', '/issue/properties/multi', body, accountId)).status;
    const issue = (properties: Record<string, unknown>, issueID = 10000) => ({
      issueID,
      properties,
    });
    expect(await post({ issues: [] })).toBe(400);
    expect(
      await post({ issues: Array.from({ length: 101 }, (_, i) => issue({ p: i }, 10000 + i)) }),
    ).toBe(400);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]));
    expect(await post({ issues: [issue(eleven)] })).toBe(400);
    expect(await post({ issues: [issue({})] })).toBe(400);
    const tooBig = { text: 'x'.repeat(MAX_PROPERTY_VALUE_BYTES) };
    expect(await post({ issues: [issue({ ok: 1 }), issue({ slm: tooBig }, 10001)] })).toBe(400);
    expect(await post({ issues: [{ issueID: '10000', properties: { p: 1 } }] })).toBe(400);
    expect(await post({ issues: [issue({ p: 1 })] }, CUSTOMER)).toBe(403);
    expect(((await f.call('GET', '/issue/SUP-1/properties')).body as Body).keys).toEqual([]);
  });
});

describe('POST /app/field/value', () => {
  it('sets the app’s field on many issues in one request, without a changelog on request', async () => {
    const f = setup();
    await f.create();
    await f.create();
    const response = await f.call(
      'POST',
      '/app/field/value?generateChangelog=false',
      {
        updates: [
          { customField: 'customfield_10060', issueIds: [10000], value: { a: 1 } },
          { customField: 'app__dev__sla-state', issueIds: [10001], value: { a: 2 } },
        ],
      },
      APP,
    );
    expect(response).toEqual({ status: 204 });
    const values = (
      (
        await f.call('POST', '/issue/bulkfetch', {
          issueIdsOrKeys: ['SUP-1', 'SUP-2'],
          fields: ['customfield_10060'],
        })
      ).body as Body
    ).issues.map((i: Body) => i.fields.customfield_10060);
    expect(values).toEqual([{ a: 1 }, { a: 2 }]);
    expect(((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).total).toBe(0);
    expect(f.events.filter((e) => e.eventType === 'avi:jira:updated:issue')).toEqual([]);
  });

  it('refuses users, foreign and unknown fields, repeated pairs, and writes nothing then', async () => {
    const f = setup();
    await f.create();
    const post = async (updates: unknown[], accountId: string | null = APP) =>
      (await f.call('POST', '/app/field/value', { updates }, accountId)).status;
    const update = (customField: string, issueIds = [10000]) => ({
      customField,
      issueIds,
      value: 'x',
    });
    expect(await post([update('customfield_10060')], AGENT)).toBe(403);
    expect(await post([update('customfield_10060'), update('customfield_10051')])).toBe(403);
    expect(await post([update('customfield_99999')])).toBe(404);
    expect(await post([update('customfield_10060'), update('app__dev__sla-state')])).toBe(400);
    expect(await post([update('customfield_10060', [424242])])).toBe(400);
    expect(await post([{ issueIds: [10000], value: 'x' }])).toBe(400);
    expect(
      ((await f.call('GET', '/issue/SUP-1?fields=customfield_10060')).body as Body).fields
        .customfield_10060,
    ).toBeNull();
  });
});
