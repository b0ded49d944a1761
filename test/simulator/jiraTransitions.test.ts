/** Workflow transitions, resolution handling, and reading changelogs one issue or many at once. */
import { adf, AGENT, CUSTOMER, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MINUTE = 60_000;

async function changelog(f: ReturnType<typeof setup>, key: string): Promise<Body[]> {
  return ((await f.call('GET', `/issue/${key}/changelog`)).body as Body).values;
}

describe('GET /issue/{issueIdOrKey}/transitions', () => {
  it('lists the transitions available from the current status', async () => {
    const f = setup();
    await f.create();
    const body = (await f.call('GET', '/issue/SUP-1/transitions')).body as Body;
    expect(body.transitions.map((t: Body) => [t.id, t.name, t.to.name])).toEqual([
      ['11', 'Start progress', 'In Progress'],
      ['21', 'Wait for customer', 'Waiting for customer'],
      ['41', 'Resolve', 'Resolved'],
    ]);
    const one = (await f.call('GET', '/issue/SUP-1/transitions?transitionId=41')).body as Body;
    expect(one.transitions).toHaveLength(1);
  });
});

describe('POST /issue/{issueIdOrKey}/transitions', () => {
  it('walks Open → In Progress → Waiting → In Progress → Resolved → Closed → Reopen', async () => {
    const f = setup();
    await f.create();
    for (const id of ['11', '21', '31', '41', '51', '61']) {
      f.advance(MINUTE);
      expect(await f.call('POST', '/issue/SUP-1/transitions', { transition: { id } })).toEqual({
        status: 204,
      });
    }
    const items = (await changelog(f, 'SUP-1')).map((h) =>
      h.items.map((i: Body) => `${i.field}: ${i.fromString} → ${i.toString}`),
    );
    expect(items).toEqual([
      ['status: Open → In Progress'],
      ['status: In Progress → Waiting for customer'],
      ['status: Waiting for customer → In Progress'],
      ['resolution: null → Done', 'status: In Progress → Resolved'],
      ['status: Resolved → Closed'],
      ['resolution: Done → null', 'status: Closed → Open'],
    ]);
  });

  it('sets the resolution and its date on entering Done, clears both on Reopen', async () => {
    const f = setup();
    await f.create();
    f.advance(10 * MINUTE);
    await f.call('POST', '/issue/SUP-1/transitions', {
      transition: { id: '41' },
      fields: { resolution: { name: "Won't Do" } },
    });
    let issue = (await f.call('GET', '/issue/SUP-1')).body as Body;
    expect(issue.fields.resolution.name).toBe("Won't Do");
    expect(issue.fields.resolutiondate).toBe('2026-03-02T08:40:00.000+0000');
    expect(issue.fields.statuscategorychangedate).toBe('2026-03-02T08:40:00.000+0000');
    expect(issue.fields.status.statusCategory.key).toBe('done');
    const [history] = await changelog(f, 'SUP-1');
    expect(history?.items).toEqual([
      {
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: '10001',
        toString: "Won't Do",
      },
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: '1',
        fromString: 'Open',
        to: '5',
        toString: 'Resolved',
      },
    ]);
    await f.call('POST', '/issue/SUP-1/transitions', { transition: { id: '61' } });
    issue = (await f.call('GET', '/issue/SUP-1')).body as Body;
    expect(issue.fields.resolution).toBeNull();
    expect(issue.fields.resolutiondate).toBeNull();
  });

  it('applies fields and a comment given with the transition', async () => {
    const f = setup();
    await f.create();
    await f.call('POST', '/issue/SUP-1/transitions', {
      transition: { id: '21' },
      fields: { assignee: { accountId: AGENT } },
      update: { comment: [{ add: { body: adf('Waiting for your logs') } }] },
    });
    const [history] = await changelog(f, 'SUP-1');
    expect(history?.items.map((i: Body) => i.field)).toEqual(['status', 'assignee']);
    expect(f.events.map((e) => e.eventType)).toEqual([
      'avi:jira:created:issue',
      'avi:jira:updated:issue',
      'avi:jira:commented:issue',
    ]);
    expect(f.events[1]?.changelog?.items.map((i) => i.field)).toEqual(['status', 'assignee']);
  });

  it('refuses transitions that are missing or not available from the status', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    expect((await f.call('POST', '/issue/SUP-1/transitions', {})).body).toEqual({
      errorMessages: ["Missing 'transition' identifier"],
      errors: {},
    });
    expect(
      await f.call('POST', '/issue/SUP-1/transitions', { transition: { id: '51' } }),
    ).toMatchObject({
      status: 400,
      body: { errorMessages: ["Transition id '51' is not valid for this issue."] },
    });
    expect(
      (await f.call('POST', '/issue/SUP-1/transitions', { transition: { id: '11' } }, CUSTOMER))
        .status,
    ).toBe(403);
    expect(
      await f.call('POST', '/issue/SUP-1/transitions', {
        transition: { id: '41' },
        fields: { resolution: { name: 'Nope' } },
      }),
    ).toMatchObject({
      status: 400,
      body: { errors: { resolution: 'The resolution selected is invalid.' } },
    });
    expect(await changelog(f, 'SUP-1')).toEqual([]);
  });
});

describe('GET /issue/{issueIdOrKey}/changelog', () => {
  it('pages oldest first with startAt and maxResults', async () => {
    const f = setup();
    await f.create();
    for (let i = 0; i < 5; i++) {
      f.advance(MINUTE);
      await f.call('PUT', '/issue/SUP-1', { fields: { summary: `v${i}` } });
    }
    const page = (await f.call('GET', '/issue/SUP-1/changelog?startAt=1&maxResults=2'))
      .body as Body;
    expect(page).toMatchObject({ startAt: 1, maxResults: 2, total: 5, isLast: false });
    expect(page.values.map((h: Body) => h.items[0].toString)).toEqual(['v1', 'v2']);
    expect(page.nextPage).toContain('startAt=3');
    const last = (await f.call('GET', '/issue/SUP-1/changelog?startAt=4')).body as Body;
    expect(last).toMatchObject({ isLast: true, total: 5 });
    expect(last.values).toHaveLength(1);
  });
});

describe('POST /changelog/bulkfetch', () => {
  async function twoIssues() {
    const f = setup();
    await f.create();
    await f.create();
    for (const key of ['SUP-1', 'SUP-2', 'SUP-1']) {
      f.advance(MINUTE);
      await f.call('PUT', `/issue/${key}`, {
        fields: { summary: `${key} at ${f.now()}` },
        update: { labels: [{ add: 'x' }] },
      });
    }
    f.advance(MINUTE);
    await f.call('POST', '/issue/SUP-2/transitions', { transition: { id: '11' } });
    return f;
  }

  it('returns every issue’s changelogs, oldest first, grouped by issue', async () => {
    const f = await twoIssues();
    const body = (
      await f.call('POST', '/changelog/bulkfetch', { issueIdsOrKeys: ['SUP-2', '10000'] })
    ).body as Body;
    expect(body.nextPageToken).toBeUndefined();
    expect(body.issueChangeLogs.map((l: Body) => [l.issueId, l.changeHistories.length])).toEqual([
      ['10000', 2],
      ['10001', 2],
    ]);
  });

  it('filters by field ids and pages with nextPageToken', async () => {
    const f = await twoIssues();
    const request = {
      issueIdsOrKeys: ['SUP-1', 'SUP-2'],
      fieldIds: ['summary', 'status'],
      maxResults: 2,
    };
    const first = (await f.call('POST', '/changelog/bulkfetch', request)).body as Body;
    expect(
      first.issueChangeLogs.flatMap((l: Body) =>
        l.changeHistories.flatMap((h: Body) => h.items.map((i: Body) => i.field)),
      ),
    ).toEqual(['summary', 'summary']);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = (
      await f.call('POST', '/changelog/bulkfetch', {
        ...request,
        nextPageToken: first.nextPageToken,
      })
    ).body as Body;
    expect(second.nextPageToken).toBeUndefined();
    expect(
      second.issueChangeLogs.map((l: Body) => l.changeHistories.map((h: Body) => h.items[0].field)),
    ).toEqual([['summary'], ['status']]);
    const wrongToken = await f.call('POST', '/changelog/bulkfetch', {
      issueIdsOrKeys: ['SUP-1'],
      nextPageToken: first.nextPageToken,
    });
    expect(wrongToken.status).toBe(400);
  });

  it('refuses requests the description does not allow', async () => {
    const f = setup();
    const post = async (body: unknown) =>
      (await f.call('POST', '/changelog/bulkfetch', body)).status;
    expect(await post({ issueIdsOrKeys: [] })).toBe(400);
    expect(await post({ issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(i)) })).toBe(
      400,
    );
    expect(await post({ issueIdsOrKeys: ['SUP-1'], maxResults: 0 })).toBe(400);
    expect(await post({ issueIdsOrKeys: ['SUP-1'], startAt: 0 })).toBe(400);
    expect(await post({ issueIdsOrKeys: ['SUP-404'] })).toBe(200);
  });
});
