import { NeedsAuthenticationError } from '@forge/api';
import { JiraClient } from '../jira/jiraClient';
import type { JiraTransport } from '../jira/transport';
import { requireIssueAccess, resolver, ResolverError, type ResolverContext } from './resolverKit';

/** What `asUser()` throws for a user who has not allowed the app access (see @forge/api). */
const consentError = () =>
  new NeedsAuthenticationError('Authentication Required', 'atlassian-token-service-key');

/** A resolver context whose Jira-as-user is `transport`; the log is kept for the test. */
function contextWith(transport: JiraTransport) {
  const logged: string[] = [];
  const ctx = {
    jiraAsUser: new JiraClient(transport, { sleep: async () => undefined }),
    log: (message: string) => logged.push(message),
  } as unknown as ResolverContext;
  return { ctx, logged };
}

const jiraAnswers =
  (status: number, body: unknown): JiraTransport =>
  async () => ({ status, headers: {}, body });

const call = { accountId: 'acc-agent-1' };

describe('resolver()', () => {
  it('lets Forge’s needs-authentication error through, so Forge asks the user for consent', async () => {
    const { ctx, logged } = contextWith(async () => {
      throw consentError();
    });
    const fn = resolver(async (_payload, _call, c) => c.jiraAsUser.myself());
    await expect(fn({}, call, ctx)).rejects.toMatchObject({
      name: 'NEEDS_AUTHENTICATION_ERR',
      status: 401,
    });
    expect(logged).toEqual([]);
  });

  it('still turns any other error into a logged generic failure', async () => {
    const { ctx, logged } = contextWith(jiraAnswers(400, { errorMessages: ['bad request'] }));
    const fn = resolver(async (_payload, _call, c) => c.jiraAsUser.myself());
    await expect(fn({}, call, ctx)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'Something went wrong; the app has logged it.' },
    });
    expect(logged).toEqual(['resolver failed']);
  });

  it('still answers a ResolverError with its code', async () => {
    const { ctx } = contextWith(jiraAnswers(200, {}));
    const fn = resolver(async () => {
      throw new ResolverError('forbidden', 'Not for you.');
    });
    await expect(fn({}, call, ctx)).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Not for you.' },
    });
  });
});

describe('requireIssueAccess', () => {
  const panel = resolver(async (_payload, _call, c) => {
    await requireIssueAccess(c, 'SUP-1');
    return 'seen';
  });

  it('answers not found when Jira says 404 (no such issue, or not visible to the user)', async () => {
    const { ctx } = contextWith(
      jiraAnswers(404, { errorMessages: ['Issue does not exist or you do not have permission'] }),
    );
    await expect(panel({}, call, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('answers not found when the user lacks BROWSE_PROJECTS', async () => {
    const { ctx } = contextWith(
      jiraAnswers(200, { permissions: { BROWSE_PROJECTS: { havePermission: false } } }),
    );
    await expect(panel({}, call, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('lets the consent error through instead of calling it not found', async () => {
    const { ctx } = contextWith(async () => {
      throw consentError();
    });
    await expect(panel({}, call, ctx)).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });

  it('reports any other Jira failure as failed, not as not found', async () => {
    const { ctx } = contextWith(jiraAnswers(400, { errorMessages: ['bad request'] }));
    await expect(panel({}, call, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });
});
