/** Issue entity properties (with Jira's 32 KB limit) and the app's custom field values. */
import { APP_ACCOUNT_ID, MAX_PROPERTY_VALUE_BYTES } from '../../src/simulator/jira';
import { AGENT, APP, CUSTOMER, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('issue properties', () => {
  it('creates (201), replaces (200), lists, reads and deletes (204, then 404)', async () => {
    const f = setup();
    await f.create();
    const value = {
      nextCheck: '2026-03-02T10:00:00Z',
      goals: [{ id: 'reaction', state: 'running' }],
    };
    expect(await f.call('PUT', '/issue/SUP-1/properties/slm', value)).toEqual({ status: 201 });
    expect(await f.call('PUT', '/issue/SUP-1/properties/slm', { ...value, version: 2 })).toEqual({
      status: 200,
    });
    expect(await f.call('PUT', '/issue/SUP-1/properties/flag', true)).toEqual({ status: 201 });
    expect((await f.call('GET', '/issue/SUP-1/properties')).body).toEqual({
      keys: [
        {
          key: 'slm',
          self: 'https://simulated.atlassian.net/rest/api/3/issue/10000/properties/slm',
        },
        {
          key: 'flag',
          self: 'https://simulated.atlassian.net/rest/api/3/issue/10000/properties/flag',
        },
      ],
    });
    expect((await f.call('GET', '/issue/SUP-1/properties/slm')).body).toEqual({
      key: 'slm',
      value: { ...value, version: 2 },
    });
    expect((await f.call('GET', '/issue/SUP-1/properties/flag')).body).toEqual({
      key: 'flag',
      value: true,
    });
    expect(await f.call('DELETE', '/issue/SUP-1/properties/flag')).toEqual({ status: 204 });
    expect(await f.call('GET', '/issue/SUP-1/properties/flag')).toMatchObject({
      status: 404,
      body: { errorMessages: ["The property with key 'flag' does not exist."] },
    });
    expect((await f.call('DELETE', '/issue/SUP-1/properties/flag')).status).toBe(404);
    expect((await f.call('GET', '/issue/SUP-2/properties/slm')).status).toBe(404);
  });

  it('keeps a copy: changing the sent or the returned value changes nothing stored', async () => {
    const f = setup();
    await f.create();
    const value = { a: [1] };
    await f.call('PUT', '/issue/SUP-1/properties/p', value);
    value.a.push(2);
    const read = (await f.call('GET', '/issue/SUP-1/properties/p')).body as Body;
    read.value.a.push(3);
    expect(((await f.call('GET', '/issue/SUP-1/properties/p')).body as Body).value).toEqual({
      a: [1],
    });
  });

  it('accepts a value of exactly 32,768 bytes of JSON and refuses a longer one', async () => {
    const f = setup();
    await f.create();
    const exactly = 'x'.repeat(MAX_PROPERTY_VALUE_BYTES - 2); // the quotes make 32,768
    expect(JSON.stringify(exactly)).toHaveLength(32_768);
    expect((await f.call('PUT', '/issue/SUP-1/properties/big', exactly)).status).toBe(201);
    const tooLong = await f.call('PUT', '/issue/SUP-1/properties/big', `${exactly}y`);
    expect(tooLong).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: {
        errorMessages: ['The property value is too long: 32769 bytes, the maximum is 32768.'],
        errors: {},
      },
    });
    expect(((await f.call('GET', '/issue/SUP-1/properties/big')).body as Body).value).toBe(exactly);
    expect((await f.call('PUT', `/issue/SUP-1/properties/${'k'.repeat(256)}`, 1)).status).toBe(400);
    expect((await f.call('PUT', '/issue/SUP-1/properties/none')).status).toBe(400);
  });

  it('counts bytes, not characters: Danish letters take two', async () => {
    const f = setup();
    await f.create();
    const half = 'æ'.repeat((MAX_PROPERTY_VALUE_BYTES - 2) / 2); // 16,385 characters, 32,768 bytes
    expect((await f.call('PUT', '/issue/SUP-1/properties/big', half)).status).toBe(201);
    expect((await f.call('PUT', '/issue/SUP-1/properties/big', `${half}ø`)).status).toBe(400);
  });

  it('raises a property event naming who set or deleted it, the app included', async () => {
    const f = setup();
    const issue = await f.create();
    f.events.length = 0;
    await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 1 });
    await f.call('PUT', '/issue/SUP-1', { properties: [{ key: 'slm', value: { a: 2 } }] });
    await f.call('DELETE', '/issue/SUP-1/properties/slm');
    await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 3 }, APP);
    expect(f.events.map((e) => [e.eventType, e.atlassianId, e.property, e.issue?.key])).toEqual([
      ['avi:jira:set:issue-property', AGENT, { key: 'slm', value: { a: 1 } }, issue.key],
      ['avi:jira:set:issue-property', AGENT, { key: 'slm', value: { a: 2 } }, issue.key],
      ['avi:jira:deleted:issue-property', AGENT, { key: 'slm' }, issue.key],
      ['avi:jira:set:issue-property', APP_ACCOUNT_ID, { key: 'slm', value: { a: 3 } }, issue.key],
    ]);
  });

  it('lets customers read their issue’s properties but not write them', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 1 });
    expect((await f.call('GET', '/issue/SUP-1/properties/slm', undefined, CUSTOMER)).status).toBe(
      200,
    );
    expect((await f.call('PUT', '/issue/SUP-1/properties/slm', { a: 2 }, CUSTOMER)).status).toBe(
      403,
    );
  });

  it('keeps the JQL index in step with every write', async () => {
    const f = setup();
    await f.create();
    await f.create();
    const due = () => f.jira.explainSearch('slmNextCheck <= "2026-03-02 10:00"').issueKeys.sort();
    await f.call('PUT', '/issue/SUP-1/properties/slm', { nextCheck: '2026-03-02T09:00:00Z' });
    await f.call('PUT', '/issue/SUP-2/properties/slm', { nextCheck: '2026-03-02T11:00:00Z' });
    expect(due()).toEqual(['SUP-1']);
    await f.call('PUT', '/issue/SUP-2/properties/slm', { nextCheck: '2026-03-02T09:30:00+01:00' });
    expect(due()).toEqual(['SUP-1', 'SUP-2']);
    await f.call('PUT', '/issue/SUP-1/properties/slm', { nextCheck: 'not a date' });
    expect(due()).toEqual(['SUP-2']);
    await f.call('DELETE', '/issue/SUP-2/properties/slm');
    expect(due()).toEqual([]);
    await f.call('POST', '/issue', {
      fields: { project: { key: 'SUP' }, issuetype: { name: 'Task' }, summary: 'With a property' },
      properties: [{ key: 'slm', value: { nextCheck: '2026-03-02T08:00:00Z' } }],
    });
    expect(due()).toEqual(['SUP-3']);
  });
});

describe('PUT /app/field/{fieldIdOrKey}/value', () => {
  it('lets the app set its own field on several issues, with a changelog by default', async () => {
    const f = setup();
    await f.create();
    await f.create();
    const state = { goals: [{ id: 'reaction', state: 'met' }] };
    const response = await f.call(
      'PUT',
      '/app/field/customfield_10060/value',
      { updates: [{ issueIds: [10000, 10001], value: state }] },
      APP,
    );
    expect(response).toEqual({ status: 204 });
    for (const key of ['SUP-1', 'SUP-2']) {
      expect(
        ((await f.call('GET', `/issue/${key}?fields=customfield_10060`)).body as Body).fields,
      ).toEqual({
        customfield_10060: state,
      });
    }
    const history = ((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).values;
    expect(history[0].items[0]).toMatchObject({
      field: 'SLA state',
      fieldtype: 'custom',
      fieldId: 'customfield_10060',
    });
    expect(f.events.filter((e) => e.eventType === 'avi:jira:updated:issue')).toHaveLength(2);

    await f.call(
      'PUT',
      '/app/field/app__dev__sla-state/value?generateChangelog=false',
      { updates: [{ issueIds: [10000], value: null }] },
      APP,
    );
    expect(
      ((await f.call('GET', '/issue/SUP-1?fields=customfield_10060')).body as Body).fields
        .customfield_10060,
    ).toBeNull();
    expect(((await f.call('GET', '/issue/SUP-1/changelog')).body as Body).total).toBe(1);
  });

  it('refuses users, fields the app does not own, unknown fields and issues', async () => {
    const f = setup();
    await f.create();
    const put = async (field: string, body: unknown, accountId: string | null) =>
      (await f.call('PUT', `/app/field/${field}/value`, body, accountId)).status;
    const body = { updates: [{ issueIds: [10000], value: 'x' }] };
    expect(await put('customfield_10060', body, AGENT)).toBe(403);
    expect(await put('customfield_10051', body, APP)).toBe(403);
    expect(await put('customfield_99999', body, APP)).toBe(404);
    expect(
      await put('customfield_10060', { updates: [{ issueIds: [424242], value: 'x' }] }, APP),
    ).toBe(400);
    expect(await put('customfield_10060', { updates: [{ value: 'x' }] }, APP)).toBe(400);
  });
});
