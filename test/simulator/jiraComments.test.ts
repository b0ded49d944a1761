/** Comments: ADF bodies, authors, visibility and JSM's public flag, paging, and the event. */
import { APP_ACCOUNT_ID } from '../../src/simulator/jira';
import { adf, AGENT, APP, CUSTOMER, CUSTOMER_2, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function withIssue() {
  const f = setup();
  await f.create({ reporter: { accountId: CUSTOMER } });
  return f;
}

describe('POST /issue/{issueIdOrKey}/comment', () => {
  it('adds an ADF comment by the caller, public, and raises avi:jira:commented:issue', async () => {
    const f = await withIssue();
    f.advance(60_000);
    const response = await f.call('POST', '/issue/SUP-1/comment', { body: adf('We are on it') });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: '10000',
      self: 'https://simulated.atlassian.net/rest/api/3/issue/10000/comment/10000',
      author: { accountId: AGENT, displayName: 'Alice Agent' },
      updateAuthor: { accountId: AGENT },
      body: adf('We are on it'),
      created: '2026-03-02T08:31:00.000+0000',
      updated: '2026-03-02T08:31:00.000+0000',
      jsdPublic: true,
    });
    expect(f.events.at(-1)).toEqual({
      eventType: 'avi:jira:commented:issue',
      atlassianId: AGENT,
      issue: expect.objectContaining({ key: 'SUP-1' }),
      comment: {
        id: '10000',
        author: { accountId: AGENT },
        updateAuthor: { accountId: AGENT },
        body: 'We are on it',
        created: '2026-03-02T08:31:00.000+0000',
        updated: '2026-03-02T08:31:00.000+0000',
        jsdPublic: true,
      },
    });
    const issue = (await f.call('GET', '/issue/SUP-1?fields=updated')).body as Body;
    expect(issue.fields.updated).toBe('2026-03-02T08:31:00.000+0000');
  });

  it('records the customer and the app as authors', async () => {
    const f = await withIssue();
    await f.call('POST', '/issue/SUP-1/comment', { body: adf('Any news?') }, CUSTOMER);
    await f.call('POST', '/issue/SUP-1/comment', { body: adf('Reminder') }, APP);
    const comments = ((await f.call('GET', '/issue/SUP-1/comment')).body as Body).comments;
    expect(comments.map((c: Body) => [c.author.accountId, c.author.accountType])).toEqual([
      [CUSTOMER, 'customer'],
      [APP_ACCOUNT_ID, 'app'],
    ]);
  });

  it('makes restricted and sd.public.comment internal comments non-public, hidden from customers', async () => {
    const f = await withIssue();
    const restricted = await f.call('POST', '/issue/SUP-1/comment', {
      body: adf('Team only'),
      visibility: { type: 'group', value: 'support-team' },
    });
    expect(restricted.body).toMatchObject({
      visibility: { type: 'group', value: 'support-team' },
      jsdPublic: false,
    });
    const internal = await f.call('POST', '/issue/SUP-1/comment', {
      body: adf('Internal note'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(internal.body).toMatchObject({ jsdPublic: false });
    await f.call('POST', '/issue/SUP-1/comment', { body: adf('Public reply') });
    const seen = async (accountId: string) =>
      (
        (await f.call('GET', '/issue/SUP-1/comment', undefined, accountId)).body as Body
      ).comments.map((c: Body) => c.body.content[0].content[0].text);
    expect(await seen(AGENT)).toEqual(['Team only', 'Internal note', 'Public reply']);
    expect(await seen(CUSTOMER)).toEqual(['Public reply']);
  });

  it('refuses bodies that are not Atlassian Documents, and hidden issues', async () => {
    const f = await withIssue();
    expect((await f.call('POST', '/issue/SUP-1/comment', { body: 'plain' })).body).toEqual({
      errorMessages: [],
      errors: {
        comment:
          'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
      },
    });
    expect((await f.call('POST', '/issue/SUP-1/comment', {})).body).toEqual({
      errorMessages: [],
      errors: { comment: 'Comment body can not be empty!' },
    });
    expect(
      (
        await f.call('POST', '/issue/SUP-1/comment', {
          body: adf('x'),
          visibility: { type: 'team', value: 'x' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await f.call('POST', '/issue/SUP-1/comment', { body: adf('x') }, CUSTOMER_2)).status,
    ).toBe(404);
    expect(f.events.filter((e) => e.eventType === 'avi:jira:commented:issue')).toEqual([]);
  });
});

describe('GET /issue/{issueIdOrKey}/comment', () => {
  it('pages and orders by created', async () => {
    const f = await withIssue();
    for (const text of ['one', 'two', 'three']) {
      f.advance(1000);
      await f.call('POST', '/issue/SUP-1/comment', { body: adf(text) });
    }
    const texts = (body: Body) => body.comments.map((c: Body) => c.body.content[0].content[0].text);
    const page = (await f.call('GET', '/issue/SUP-1/comment?startAt=1&maxResults=1')).body as Body;
    expect(page).toMatchObject({ startAt: 1, maxResults: 1, total: 3 });
    expect(texts(page)).toEqual(['two']);
    expect(
      texts((await f.call('GET', '/issue/SUP-1/comment?orderBy=-created')).body as Body),
    ).toEqual(['three', 'two', 'one']);
    expect((await f.call('GET', '/issue/SUP-1/comment?orderBy=author')).status).toBe(400);
  });
});
