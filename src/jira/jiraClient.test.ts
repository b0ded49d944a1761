import { JiraBusyError, JiraClient, JiraError } from './jiraClient';
import { RetryBudget, retryBudgetFor } from './retry';
import type { JiraHttpRequest, JiraHttpResponse, JiraTransport } from './transport';

/** A transport that answers from a script and records what it was asked. */
function scripted(...answers: JiraHttpResponse[]) {
  const requests: JiraHttpRequest[] = [];
  const transport: JiraTransport = async (request) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${request.method} ${request.path}`);
    return answer;
  };
  return { transport, requests };
}

const ok = (body: unknown): JiraHttpResponse => ({ status: 200, headers: {}, body });
const status = (code: number, headers: Record<string, string> = {}): JiraHttpResponse => ({
  status: code,
  headers,
  body: { errorMessages: [`error ${code}`], errors: {} },
});

describe('JiraClient', () => {
  it('retries a 429 twice, honouring Retry-After, then succeeds', async () => {
    const { transport, requests } = scripted(
      status(429, { 'retry-after': '3' }),
      status(429, { 'retry-after': '1' }),
      ok({ id: '10001', key: 'SUP-1', fields: {} }),
    );
    const waits: number[] = [];
    const client = new JiraClient(transport, { sleep: async (ms) => void waits.push(ms) });
    const issue = await client.getIssue('SUP-1', ['status']);
    expect(issue?.key).toBe('SUP-1');
    expect(requests).toHaveLength(3);
    expect(waits).toEqual([3000, 1000]);
  });

  it('backs off exponentially on 5xx without Retry-After, and gives up after the policy', async () => {
    const { transport, requests } = scripted(status(503), status(502), status(500));
    const waits: number[] = [];
    const client = new JiraClient(transport, {
      sleep: async (ms) => void waits.push(ms),
      retry: { maxRetries: 2, baseDelayMs: 100, maxDelayMs: 10_000 },
    });
    await expect(client.getIssue('SUP-1', [])).rejects.toThrow(JiraError);
    expect(requests).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('never retries sooner than Retry-After: a longer wait than one may be fails at once', async () => {
    const { transport, requests } = scripted(status(429, { 'retry-after': '30' }));
    const waits: number[] = [];
    const client = new JiraClient(transport, { sleep: async (ms) => void waits.push(ms) });
    const failure = await client.getIssue('SUP-1', []).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(JiraBusyError);
    expect(failure).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("shares one budget between an invocation's clients, and stops waiting when it is spent", async () => {
    const busy = () => status(503, { 'retry-after': '4' });
    const asApp = scripted(busy(), busy(), busy());
    const asUser = scripted(busy());
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const budget = new RetryBudget(10_000);
    const app = new JiraClient(asApp.transport, { sleep, budget });
    const user = new JiraClient(asUser.transport, { sleep, budget });
    await expect(app.getIssue('SUP-1', [])).rejects.toThrow(JiraBusyError);
    await expect(user.myself()).rejects.toThrow(JiraBusyError);
    expect(waits).toEqual([4000, 4000]);
    expect(budget.remainingMs).toBe(2000);
  });

  it("gives a resolver 10 s of waiting out of Forge's 25 s", () => {
    expect(retryBudgetFor(25).remainingMs).toBe(10_000);
  });

  it('does not retry a 400, and says what Jira said', async () => {
    const { transport, requests } = scripted(status(400));
    const client = new JiraClient(transport, { sleep: async () => undefined });
    await expect(client.editIssue('SUP-1', { fields: {} })).rejects.toThrow(
      'Jira answered 400 to PUT /rest/api/3/issue/SUP-1: error 400',
    );
    expect(requests).toHaveLength(1);
  });

  it('returns null for an issue that does not exist', async () => {
    const { transport } = scripted(status(404));
    expect(await new JiraClient(transport).getIssue('GONE-1', [])).toBeNull();
  });

  it('reads every page of a changelog', async () => {
    const entry = (id: number) => ({
      id: String(id),
      created: '2026-03-02T08:00:00.000+0000',
      items: [],
    });
    const { transport, requests } = scripted(
      ok({ values: [entry(1), entry(2)], startAt: 0, maxResults: 2, total: 3, isLast: false }),
      ok({ values: [entry(3)], startAt: 2, maxResults: 2, total: 3, isLast: true }),
    );
    const changelog = await new JiraClient(transport).changelog('SUP-1');
    expect(changelog.map((c) => c.id)).toEqual(['1', '2', '3']);
    expect(requests.map((r) => r.query?.startAt)).toEqual(['0', '2']);
    expect(requests[0]!.path).toBe('/rest/api/3/issue/SUP-1/changelog');
  });

  it('searches with the enhanced JQL endpoint, following nextPageToken', async () => {
    const issue = (key: string) => ({ id: key, key, fields: {} });
    const { transport, requests } = scripted(
      ok({ issues: [issue('A-1'), issue('A-2')], nextPageToken: 'page-2' }),
      ok({ issues: [issue('A-3')], isLast: true }),
    );
    const keys: string[] = [];
    for await (const found of new JiraClient(transport).search({
      jql: 'project = A',
      fields: ['key'],
    })) {
      keys.push(found.key);
    }
    expect(keys).toEqual(['A-1', 'A-2', 'A-3']);
    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/rest/api/3/search/jql'],
      ['POST', '/rest/api/3/search/jql'],
    ]);
    expect(requests[1]!.body).toMatchObject({ jql: 'project = A', nextPageToken: 'page-2' });
    expect(requests[0]!.body).not.toHaveProperty('nextPageToken');
  });

  it('URL-encodes path parameters', async () => {
    const { transport, requests } = scripted({
      status: 200,
      headers: {},
      body: { key: 'slm', value: 1 },
    });
    await new JiraClient(transport).getIssueProperty('SUP-1', 'a/b');
    expect(requests[0]!.path).toBe('/rest/api/3/issue/SUP-1/properties/a%2Fb');
  });

  it('reads bulk changelogs page by page, by issue, with the fields asked for', async () => {
    const entry = (id: string) => ({ id, created: '2026-03-02T08:00:00.000+0000', items: [] });
    const { transport, requests } = scripted(
      ok({
        issueChangeLogs: [
          { issueId: '10000', changeHistories: [entry('1')] },
          { issueId: '10001', changeHistories: [entry('2')] },
        ],
        nextPageToken: 'next',
      }),
      ok({ issueChangeLogs: [{ issueId: '10000', changeHistories: [entry('3')] }] }),
    );
    const changelogs = await new JiraClient(transport).bulkChangelogs(
      ['10000', '10001'],
      ['status'],
    );
    expect([...changelogs].map(([id, list]) => [id, list.map((c) => c.id)])).toEqual([
      ['10000', ['1', '3']],
      ['10001', ['2']],
    ]);
    expect(requests.map((r) => r.body)).toEqual([
      { issueIdsOrKeys: ['10000', '10001'], fieldIds: ['status'], maxResults: 10_000 },
      {
        issueIdsOrKeys: ['10000', '10001'],
        fieldIds: ['status'],
        maxResults: 10_000,
        nextPageToken: 'next',
      },
    ]);
  });

  it('takes the 303 of a bulk property write as done: Jira queued its task', async () => {
    const { transport, requests } = scripted({
      status: 303,
      headers: { location: 'https://site/rest/api/3/task/1' },
      body: undefined,
    });
    await new JiraClient(transport).setPropertiesOfIssues([
      { issueId: '10000', properties: { slm: { urgency: 2 } } },
    ]);
    expect(requests[0]?.body).toEqual({
      issues: [{ issueID: 10000, properties: { slm: { urgency: 2 } } }],
    });
    // Elsewhere a 303 is no success.
    const other = scripted({ status: 303, headers: {}, body: undefined });
    await expect(new JiraClient(other.transport).getIssue('SUP-1', [])).rejects.toThrow(JiraError);
  });

  it('refuses more issues than a bulk operation takes, before sending anything', async () => {
    const { transport, requests } = scripted();
    const client = new JiraClient(transport);
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `SUP-${i + 1}`);
    await expect(client.bulkFetchIssues(keys(101), ['status'])).rejects.toThrow(RangeError);
    await expect(client.bulkChangelogs(keys(1001))).rejects.toThrow(RangeError);
    await expect(
      client.setPropertiesOfIssues(keys(101).map((issueId) => ({ issueId, properties: {} }))),
    ).rejects.toThrow(RangeError);
    expect(requests).toEqual([]);
  });
});
