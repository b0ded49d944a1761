/**
 * Display names for account ids (`src/resolvers/userNames.ts`), through the simulated Jira:
 * looked up as the viewer with `GET /user/bulk`, one request per 100 ids, unknown ids absent
 * (the screens show them as ids), and a failed lookup logged, not thrown.
 */
import { JiraClient } from '../../src/jira/jiraClient';
import type { JiraHttpRequest } from '../../src/jira/transport';
import { USER_NAMES_CHUNK, nameOf, userNames } from '../../src/resolvers/userNames';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const { admin, lead, agents } = DEMO_USERS;

describe('userNames', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;
  beforeAll(async () => {
    demo = await demoSimulator(Date.parse('2026-03-10T12:00:00Z'));
  });

  const logged: string[] = [];
  const ctx = (as: string = agents[0]) => ({
    jiraAsUser: demo.sim.forge.jiraClient(as),
    log: (message: string) => logged.push(message),
  });
  const bulkRequests = () =>
    demo.sim.jira.requestLog.filter((r) => r.path.startsWith('/rest/api/3/user/bulk')).length;

  it('names every known id in one request; an unknown id is absent and shows as itself', async () => {
    const before = bulkRequests();
    const names = await userNames(ctx(), [lead, admin, lead, null, undefined, '', 'acc-gone']);
    expect(names).toEqual({ [lead]: 'Lars Lead', [admin]: 'Astrid Admin' });
    expect(bulkRequests() - before).toBe(1);
    expect(nameOf(names, lead)).toBe('Lars Lead');
    expect(nameOf(names, 'acc-gone')).toBe('acc-gone');
  });

  it('asks nothing for no ids', async () => {
    const before = bulkRequests();
    expect(await userNames(ctx(), [null])).toEqual({});
    expect(bulkRequests()).toBe(before);
  });

  it('sends one request per chunk of ids', async () => {
    const before = bulkRequests();
    const many = Array.from({ length: USER_NAMES_CHUNK * 2 + 1 }, (_, i) => `acc-none-${i}`);
    const names = await userNames(ctx(), [...many, lead]);
    expect(names).toEqual({ [lead]: 'Lars Lead' });
    expect(bulkRequests() - before).toBe(3);
  });

  it('falls back to the ids when Jira refuses, and logs it', async () => {
    demo.sim.jira.failNext(1, 403, { pathPrefix: '/rest/api/3/user/bulk' });
    logged.length = 0;
    expect(await userNames(ctx(), [lead])).toEqual({});
    expect(logged).toEqual(['display names unavailable; showing account ids']);
    // Jira has recovered: the next lookup names again.
    expect(await userNames(ctx(), [lead])).toEqual({ [lead]: 'Lars Lead' });
  });

  it('follows Jira’s pages when it answers fewer than asked', async () => {
    const requests: JiraHttpRequest[] = [];
    const people: Record<string, string> = { a: 'Ann', b: 'Ben', c: 'Cat' };
    const client = new JiraClient(async (request) => {
      requests.push(request);
      const ids = request.query!.accountId as readonly string[];
      const startAt = Number(request.query!.startAt);
      const page = ids.slice(startAt, startAt + 2);
      return {
        status: 200,
        headers: {},
        body: {
          startAt,
          maxResults: 2,
          isLast: startAt + page.length >= ids.length,
          values: page.map((accountId) => ({ accountId, displayName: people[accountId] })),
        },
      };
    });
    const names = await userNames({ jiraAsUser: client, log: () => {} }, ['a', 'b', 'c']);
    expect(names).toEqual(people);
    expect(requests.map((r) => [r.path, r.query!.startAt])).toEqual([
      ['/rest/api/3/user/bulk', '0'],
      ['/rest/api/3/user/bulk', '2'],
    ]);
  });
});
