/**
 * The simulated Jira's `GET /user/bulk`: the known users among the repeated `accountId`s, paged
 * as Jira pages (`startAt`, `maxResults`, `isLast`, `values`), unknown ids left out, 400 without
 * an id.
 */
import { USER_BULK_PAGE_MAX } from '../../src/simulator/jira/routes/userRoutes';
import { ADMIN, AGENT, LEAD, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GET /user/bulk', () => {
  it('returns the users asked for, leaves out unknown ids, from a query string or a list', async () => {
    const f = setup();
    const fromPath = await f.jira.handle({
      method: 'GET',
      path: `/rest/api/3/user/bulk?accountId=${LEAD}&accountId=nobody&accountId=${ADMIN}`,
      accountId: AGENT,
    });
    const fromList = await f.jira.handle({
      method: 'GET',
      path: '/rest/api/3/user/bulk',
      query: { accountId: [LEAD, 'nobody', ADMIN], maxResults: '100' },
      accountId: AGENT,
    });
    for (const response of [fromPath, fromList]) {
      expect(response.status).toBe(200);
      const body = response.body as Body;
      expect(body.values.map((u: Body) => [u.accountId, u.displayName])).toEqual([
        [LEAD, 'Lena Lead'],
        [ADMIN, 'Adam Admin'],
      ]);
      expect(body).toMatchObject({ startAt: 0, total: 2, isLast: true });
    }
  });

  it('pages: 10 by default, at most the page maximum', async () => {
    const f = setup();
    const page = (query: Record<string, string | string[]>) =>
      f.jira.handle({ method: 'GET', path: '/rest/api/3/user/bulk', query, accountId: AGENT });
    const first = (await page({ accountId: [LEAD, ADMIN], maxResults: '1' })).body as Body;
    expect(first).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false });
    const second = (await page({ accountId: [LEAD, ADMIN], maxResults: '1', startAt: '1' }))
      .body as Body;
    expect(second.values.map((u: Body) => u.accountId)).toEqual([ADMIN]);
    expect(second.isLast).toBe(true);
    expect(((await page({ accountId: LEAD })).body as Body).maxResults).toBe(10);
    expect(((await page({ accountId: LEAD, maxResults: '5000' })).body as Body).maxResults).toBe(
      USER_BULK_PAGE_MAX,
    );
  });

  it('refuses a request without accountId, as Jira does (400)', async () => {
    const f = setup();
    const response = await f.jira.handle({
      method: 'GET',
      path: '/rest/api/3/user/bulk',
      accountId: AGENT,
    });
    expect(response.status).toBe(400);
    expect((response.body as Body).errorMessages).toEqual([
      'The accountId query parameter is required.',
    ]);
  });
});
