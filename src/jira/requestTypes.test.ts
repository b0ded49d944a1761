import { JiraClient } from './jiraClient';
import type { JiraHttpRequest } from './transport';

const type = (id: number) => ({
  id: String(id),
  name: `Type ${id}`,
  issueTypeId: '10001',
  serviceDeskId: '1',
  portalId: '1',
});

describe('JiraClient.findRequestType', () => {
  it('pages through JSM’s request types until the one sought', async () => {
    const requests: JiraHttpRequest[] = [];
    const client = new JiraClient(async (request) => {
      requests.push(request);
      const start = Number((request.query as Record<string, string>).start);
      const values = start === 0 ? [1, 2].map(type) : [3].map(type);
      return {
        status: 200,
        headers: {},
        body: { start, limit: 100, isLastPage: start > 0, values },
      };
    });
    expect((await client.findRequestType((t) => t.id === '3'))?.id).toBe('3');
    expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/rest/servicedeskapi/requesttype', { start: '0', limit: '100' }],
      ['GET', '/rest/servicedeskapi/requesttype', { start: '2', limit: '100' }],
    ]);
    // Found on the first page: no further page is read.
    requests.length = 0;
    expect((await client.findRequestType((t) => t.id === '1'))?.id).toBe('1');
    expect(requests).toHaveLength(1);
    // Not there at all: every page up to the last, then nothing.
    requests.length = 0;
    expect(await client.findRequestType((t) => t.id === '9')).toBeUndefined();
    expect(requests).toHaveLength(2);
  });

  it('stops at an empty page even if JSM says more follow', async () => {
    let calls = 0;
    const client = new JiraClient(async () => {
      calls++;
      return { status: 200, headers: {}, body: { isLastPage: false, values: [] } };
    });
    expect(await client.findRequestType(() => true)).toBeUndefined();
    expect(calls).toBe(1);
  });
});

describe('JiraClient.issueType', () => {
  it('answers the issue type, or null for a 404', async () => {
    const client = new JiraClient(async (request) =>
      request.path.endsWith('/10001')
        ? { status: 200, headers: {}, body: { id: '10001', name: 'Incident' } }
        : { status: 404, headers: {}, body: { errorMessages: ['no'], errors: {} } },
    );
    expect(await client.issueType('10001')).toEqual({ id: '10001', name: 'Incident' });
    expect(await client.issueType('9')).toBeNull();
  });
});
