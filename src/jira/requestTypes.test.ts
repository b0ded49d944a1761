import { JiraClient } from './jiraClient';
import type { JiraHttpRequest } from './transport';

const type = (id: number) => ({
  id: String(id),
  name: `Type ${id}`,
  issueTypeId: '10001',
  serviceDeskId: '1',
  portalId: '1',
});

describe('JiraClient.requestTypes', () => {
  it('pages through JSM’s request types until the last page', async () => {
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
    expect((await client.requestTypes()).map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/rest/servicedeskapi/requesttype', { start: '0', limit: '100' }],
      ['GET', '/rest/servicedeskapi/requesttype', { start: '2', limit: '100' }],
    ]);
  });

  it('stops at an empty page even if JSM says more follow', async () => {
    let calls = 0;
    const client = new JiraClient(async () => {
      calls++;
      return { status: 200, headers: {}, body: { isLastPage: false, values: [] } };
    });
    expect(await client.requestTypes()).toEqual([]);
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
