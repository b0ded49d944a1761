/**
 * The enhanced search endpoint: what issues carry, page sizes, paging with nextPageToken, and the
 * property index, which must answer exactly as a scan does while reading only the issues due.
 */
import { AGENT, APP, setup, T0 } from './jiraFixture';
import { seededRandom } from '../../src/domain/seededRandom';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MINUTE = 60_000;

function seedMany(f: ReturnType<typeof setup>, n: number, value: (i: number) => unknown) {
  for (let i = 0; i < n; i++) {
    const v = value(i);
    f.jira.seedIssue({
      fields: {
        project: { key: 'SUP' },
        issuetype: { name: 'Task' },
        summary: `Issue ${i}`,
        labels: i % 2 ? ['odd'] : [],
      },
      ...(v === undefined ? {} : { properties: { slm: v } }),
      created: T0 + i * MINUTE,
    });
  }
}

describe('POST and GET /search/jql', () => {
  it('returns ids only by default, and fields, properties and names when asked', async () => {
    const f = setup();
    seedMany(f, 3, (i) => ({ nextCheck: `2026-03-02T0${i}:00:00Z` }));
    const ids = (await f.call('POST', '/search/jql', { jql: 'project = SUP ORDER BY key' }))
      .body as Body;
    expect(ids).toEqual({
      issues: [{ id: '10000' }, { id: '10001' }, { id: '10002' }],
      isLast: true,
    });
    const get = (
      await f.call(
        'GET',
        '/search/jql?jql=project%20%3D%20SUP%20ORDER%20BY%20key&fields=summary,status&properties=slm&expand=names',
      )
    ).body as Body;
    expect(get.issues[0]).toMatchObject({
      id: '10000',
      key: 'SUP-1',
      fields: { summary: 'Issue 0', status: { name: 'Open' } },
      properties: { slm: { nextCheck: '2026-03-02T00:00:00Z' } },
    });
    expect(Object.keys(get.issues[0].fields)).toEqual(['summary', 'status']);
    expect(get.names).toEqual({ summary: 'Summary', status: 'Status' });
  });

  it('caps maxResults at 100 with fields and at 5000 for ids and keys', async () => {
    const f = setup();
    seedMany(f, 230, () => undefined);
    const count = async (body: object) =>
      ((await f.call('POST', '/search/jql', { jql: 'project = SUP', ...body })).body as Body).issues
        .length;
    expect(await count({})).toBe(50);
    expect(await count({ maxResults: 500, fields: ['summary'] })).toBe(100);
    expect(await count({ maxResults: 500, fields: ['key'] })).toBe(230);
    expect(await count({ maxResults: 500 })).toBe(230);
  });

  it('pages through every issue with nextPageToken, in order, each once', async () => {
    const f = setup();
    seedMany(f, 120, () => undefined);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const body = (
        await f.call('POST', '/search/jql', {
          jql: 'labels = odd OR labels is EMPTY ORDER BY created DESC',
          fields: ['key'],
          maxResults: 50,
          ...(token ? { nextPageToken: token } : {}),
        })
      ).body as Body;
      seen.push(...body.issues.map((i: Body) => i.key));
      token = body.nextPageToken;
      expect(body.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `SUP-${120 - i}`));
  });

  it('neither skips nor repeats issues that leave the result between pages (the sweep)', async () => {
    const f = setup();
    seedMany(f, 30, (i) => ({ nextCheck: new Date(T0 - (30 - i) * MINUTE).toISOString() }));
    const jql = `issue.property[slm].nextCheck <= "2026-03-02 08:30" ORDER BY issue.property[slm].nextCheck ASC`;
    const processed: string[] = [];
    let token: string | undefined;
    do {
      const body = (
        await f.call(
          'POST',
          '/search/jql',
          { jql, fields: ['key'], maxResults: 7, ...(token ? { nextPageToken: token } : {}) },
          APP,
        )
      ).body as Body;
      for (const issue of body.issues) {
        processed.push(issue.key);
        // Processing moves the next check into the future: the issue leaves the result.
        await f.call(
          'PUT',
          `/issue/${issue.key}/properties/slm`,
          { nextCheck: '2026-03-03T08:00:00Z' },
          APP,
        );
      }
      token = body.nextPageToken;
    } while (token);
    expect(processed).toEqual(Array.from({ length: 30 }, (_, i) => `SUP-${i + 1}`));
  });

  it('refuses a token of another query, unknown body fields and the deprecated /search', async () => {
    const f = setup();
    seedMany(f, 3, () => undefined);
    const first = (await f.call('POST', '/search/jql', { jql: 'project = SUP', maxResults: 1 }))
      .body as Body;
    const reused = await f.call('POST', '/search/jql', {
      jql: 'project = DEV',
      nextPageToken: first.nextPageToken,
    });
    expect(reused.status).toBe(400);
    expect(
      (await f.call('POST', '/search/jql', { jql: 'project = SUP', nextPageToken: 'garbage' }))
        .status,
    ).toBe(400);
    expect(await f.call('POST', '/search/jql', { jql: 'project = SUP', startAt: 0 })).toMatchObject(
      {
        status: 400,
        body: { errorMessages: [expect.stringContaining('Unrecognized field "startAt"')] },
      },
    );
    expect((await f.call('POST', '/search', { jql: 'project = SUP' })).status).toBe(404);
  });
});

describe('the property index', () => {
  const due = '2026-03-02T10:00:00Z';
  const queries = [
    `issue.property[slm].nextCheck <= "${due}"`,
    `issue.property[slm].nextCheck < "${due}" ORDER BY issue.property[slm].nextCheck ASC`,
    `slmNextCheck >= "2026-03-02 10:00" AND slmNextCheck < "2026-03-02 12:00" ORDER BY slmNextCheck DESC`,
    `slmNextCheck > "2026-03-02 11:00" AND labels = odd`,
    `slmNextCheck = "2026-03-02 09:00"`,
    `slmRank in (1, 3, 5) ORDER BY slmRank, key`,
    `slmRank >= 7 AND slmRank <= 8 AND slmRank > 7`,
    `slmBreached = true AND slmNextCheck <= now()`,
    `slmNextCheck <= "${due}" OR labels = odd`,
    `NOT slmNextCheck <= "${due}" AND project = SUP`,
  ];

  function randomSite(n: number) {
    const f = setup();
    const next = seededRandom(42);
    const value = () => {
      const r = next();
      if (r < 0.1) return undefined;
      if (r < 0.15) return { nextCheck: 'not a date', rank: 'x' };
      const at = () => new Date(T0 + Math.floor(next() * 8) * 15 * MINUTE).toISOString();
      return {
        nextCheck: r < 0.25 ? [at(), at()] : at(),
        rank: Math.floor(next() * 10),
        breached: next() < 0.3,
      };
    };
    seedMany(f, n, value);
    return { f, next, value };
  }

  it('answers exactly as a scan, before and after random writes', async () => {
    const { f, next, value } = randomSite(1500);
    const compare = () => {
      for (const jql of queries) {
        const indexed = f.jira.explainSearch(jql);
        const scanned = f.jira.explainSearch(jql, { useIndex: false });
        expect(scanned.plan).toBe('scan');
        expect(indexed.issueKeys).toEqual(scanned.issueKeys);
      }
    };
    compare();
    expect(f.jira.explainSearch(queries[0] as string).plan).toBe('property slm.nextCheck');
    expect(f.jira.explainSearch(queries[5] as string).plan).toBe('property slm.rank');
    expect(f.jira.explainSearch(queries[8] as string).plan).toBe('scan');
    for (let i = 0; i < 400; i++) {
      const key = `SUP-${1 + Math.floor(next() * 1500)}`;
      const v = value();
      if (v === undefined) await f.call('DELETE', `/issue/${key}/properties/slm`);
      else await f.call('PUT', `/issue/${key}/properties/slm`, v);
    }
    for (let i = 0; i < 20; i++)
      await f.call('DELETE', `/issue/SUP-${1 + Math.floor(next() * 1500)}`);
    compare();
  });

  it('reads only the due issues out of 20,000', () => {
    const f = setup();
    const n = 20_000;
    seedMany(f, n, (i) => ({
      nextCheck: new Date(i % 200 === 0 ? T0 - MINUTE : T0 + (i + 1) * MINUTE).toISOString(),
    }));
    const result = f.jira.explainSearch(
      'issue.property[slm].nextCheck <= "2026-03-02 08:30" ORDER BY issue.property[slm].nextCheck ASC',
    );
    expect(result.issueKeys).toHaveLength(n / 200);
    expect(result.examined).toBe(n / 200);
    expect(f.jira.explainSearch('key = SUP-7').examined).toBe(1);
    expect(f.jira.explainSearch('summary ~ "Issue 7"').examined).toBe(n);
  });
});

it('answers as the agent would see it', async () => {
  const f = setup();
  await f.create();
  expect(
    ((await f.call('POST', '/search/jql', { jql: 'assignee is empty' }, AGENT)).body as Body)
      .issues,
  ).toHaveLength(1);
});
