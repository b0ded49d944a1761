/** The `duedate` field: a date without time, set on create and edit, refused when malformed. */
import { AGENT, setup } from './jiraFixture';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const create = (f: ReturnType<typeof setup>, duedate: unknown) =>
  f.call('POST', '/issue', {
    fields: {
      project: { key: 'SUP' },
      issuetype: { name: 'Incident' },
      summary: 'Action',
      duedate,
    },
  });

describe('duedate', () => {
  it('is set on create and edit, read back as YYYY-MM-DD, and cleared with null', async () => {
    const f = setup();
    expect((await create(f, '2026-03-20')).status).toBe(201);
    expect(((await f.call('GET', '/issue/SUP-1')).body as Body).fields.duedate).toBe('2026-03-20');
    expect(
      (await f.call('PUT', '/issue/SUP-1', { fields: { duedate: '2026-04-01' } }, AGENT)).status,
    ).toBe(204);
    const changelog = (await f.call('GET', '/issue/SUP-1/changelog')).body as Body;
    expect(changelog.values.at(-1).items).toEqual([
      expect.objectContaining({ field: 'duedate', from: '2026-03-20', to: '2026-04-01' }),
    ]);
    await f.call('PUT', '/issue/SUP-1', { fields: { duedate: null } }, AGENT);
    expect(((await f.call('GET', '/issue/SUP-1')).body as Body).fields.duedate).toBeNull();
  });

  it('refuses a value that is not a date, as Jira does, creating nothing', async () => {
    const f = setup();
    const response = await create(f, '20.03.2026');
    expect(response.status).toBe(400);
    expect((response.body as Body).errors).toEqual({
      duedate: 'Error parsing date string: 20.03.2026',
    });
    expect((await f.call('GET', '/issue/SUP-1')).status).toBe(404);
  });
});
