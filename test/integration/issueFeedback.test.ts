/**
 * The issue panel's "Customer feedback" resolvers: the app's own 1–5 answer on a case, with a
 * reason from the configured list; the case's feedback for staff; Jira decides who sees the issue.
 */
import { appResolvers } from '../../src/handlers';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string, issueKey?: string) => {
    const ctx = env.sim.forge.resolverContext(accountId);
    const call = { accountId, ...(issueKey && { issueKey }) };
    return {
      submit: (payload: unknown) =>
        appResolvers.issuePanelResolver.submitFeedback!(payload, call, ctx),
      list: (payload: unknown = {}) =>
        appResolvers.issuePanelResolver.getIssueFeedback!(payload, call, ctx),
    };
  };
  const stored = () => env.sim.forge.sql.db.selectFrom('feedback').selectAll().execute();
  return { ...env, as, stored };
}

describe('feedback on an issue', () => {
  it('records the app’s own answer on the csat scale and lists it, flagged when negative', async () => {
    const { as, reportIncident, stored } = await site();
    const key = await reportIncident();
    const agent = as(DEMO_USERS.agents[0], key);
    const result = await agent.submit({
      issueKey: key,
      score: 2,
      reason: 'slow',
      comment: ' Took days ',
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        issueKey: key,
        reasons: expect.arrayContaining([expect.objectContaining({ id: 'slow', negative: true })]),
        feedback: [
          {
            id: expect.any(String),
            source: 'app',
            scale: 'csat',
            score: 2,
            reason: { id: 'slow', label: 'It took too long' },
            comment: 'Took days',
            answeredAt: '2026-03-02T07:00:00.000Z',
            flagged: true,
          },
        ],
      },
    });
    await agent.submit({ issueKey: key, score: 5, reason: null, comment: null });
    const listed = await agent.list();
    expect(listed.ok && (listed.data as { feedback: unknown[] }).feedback).toHaveLength(2);
    // Each answer is its own record: the form's id is fresh every time.
    expect(new Set((await stored()).map((r) => r.source_id)).size).toBe(2);
  });

  it('names every wrong field and records nothing', async () => {
    const { as, reportIncident, stored } = await site();
    const key = await reportIncident();
    const result = await as(DEMO_USERS.agents[0], key).submit({
      issueKey: key,
      score: 6,
      reason: 'bored',
      comment: 42,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.score', message: 'must be a whole number from 1 to 5' },
          { path: '$.reason', message: expect.stringContaining('one of the reasons: slow,') },
          { path: '$.comment', message: 'must be a string or null' },
        ],
      },
    });
    const other = await as(DEMO_USERS.agents[0], key).submit({ issueKey: 'SUP-9', score: 3 });
    expect(other).toMatchObject({ ok: false, error: { errors: [{ path: '$.issueKey' }] } });
    expect(await stored()).toEqual([]);
  });

  it('refuses a caller who cannot see the issue, as for the panel', async () => {
    const { as, reportIncident, stored } = await site();
    const key = await reportIncident();
    // Another customer's contact may not browse Schultz's case.
    const outsider = as('cust-ingrid-bakke', key);
    expect(await outsider.submit({ issueKey: key, score: 1 })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await stored()).toEqual([]);
  });

  it('lets a customer give feedback but shows them no one’s answers', async () => {
    const { as, reportIncident, stored } = await site();
    const key = await reportIncident();
    const customer = as('cust-mette-schultz', key);
    const result = await customer.submit({ issueKey: key, score: 4, comment: 'Thanks' });
    expect(result).toMatchObject({ ok: true, data: { feedback: [] } });
    expect(await stored()).toHaveLength(1);
  });
});
