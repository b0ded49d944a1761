import { ADMIN, AGENT, APP, CUSTOMER, setup } from './jiraFixture';

/** What `POST /issue/{issueIdOrKey}/notify` refuses, per its 400 in Jira's OpenAPI description. */
describe('POST /issue/{issueIdOrKey}/notify refuses', () => {
  const status = async (body: unknown) => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    const response = await f.call('POST', '/issue/SUP-1/notify', body, APP);
    return { status: response.status, sent: f.jira.notifications.length };
  };

  it('fields with invalid values', async () => {
    const to = { users: [{ accountId: ADMIN }] };
    for (const body of [
      { subject: 7, to },
      { textBody: ['text'], to },
      { htmlBody: {}, to },
      { to: [] },
      { to: { users: { accountId: ADMIN } } },
      { to: { groups: 'team-leads' } },
    ]) {
      expect(await status(body)).toEqual({ status: 400, sent: 0 });
    }
    // No subject: Jira uses the key and summary.
    expect(await status({ textBody: 'text', to })).toEqual({ status: 204, sent: 1 });
  });

  it('the assignee of an unassigned issue', async () => {
    const f = setup();
    await f.create({ reporter: { accountId: CUSTOMER } });
    const notify = (to: unknown) => f.call('POST', '/issue/SUP-1/notify', { to }, APP);
    expect(await notify({ groups: [{ name: 'team-leads' }], assignee: true })).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: {
        errorMessages: ["The recipient 'assignee' is invalid: issue SUP-1 is unassigned."],
        errors: {},
      },
    });
    expect(f.jira.notifications).toHaveLength(0);
    // Watchers include the assignee when there is one: an unassigned issue still has watchers.
    expect((await notify({ watchers: true })).status).toBe(204);
    await f.call('PUT', '/issue/SUP-1/assignee', { accountId: AGENT });
    expect((await notify({ assignee: true })).status).toBe(204);
    expect(f.jira.notifications.map((n) => n.recipients)).toEqual([[CUSTOMER, AGENT], [AGENT]]);
  });
});
