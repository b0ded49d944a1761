/**
 * The issue panel and work list resolvers through the simulator: issue-level access is Jira's
 * to decide, bad payloads get errors at their fields, the list comes in the work-list order.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string) => {
    const ctx: ResolverContext = {
      ...env.sim.forge.context(),
      jiraAsUser: env.sim.forge.jiraClient(accountId),
    };
    return {
      panel: (issueKey: string) =>
        appResolvers.issuePanelResolver.getIssueSla!({}, { accountId, issueKey }, ctx),
      list: (payload: unknown) =>
        appResolvers.workListResolver.getWorkList!(payload, { accountId }, ctx),
    };
  };
  return { ...env, as };
}

describe('issue panel resolver', () => {
  it('evaluates the issue live, with explanations, in the viewer time zone', async () => {
    const { reportIncident, as } = await site();
    const key = await reportIncident();
    const result = await as(DEMO_USERS.agents[0]).panel(key);
    expect(result).toMatchObject({
      ok: true,
      data: {
        issueKey: key,
        timeZone: 'Europe/Oslo',
        agreement: { id: 'schultz-prod-gold' },
        customer: { name: 'Schultz A/S' },
        priority: { id: '2', rank: 2, model: { id: 'numeric' }, jiraPriority: 'High' },
        nextAction: { goal: 'reaction' },
      },
    });
    const goals = (result as { data: { goals: { explanation?: unknown[] }[] } }).data.goals;
    expect(goals.every((g) => Array.isArray(g.explanation))).toBe(true);
  });

  it("does not show a customer another customer's issue", async () => {
    const { act, as } = await site();
    const theirs = await act.createIssue('cust-ingrid-bakke', {
      issuetype: { name: 'Incident' },
      summary: 'Fjellheim only',
      priority: { name: 'High' },
      customfield_10050: { value: 'Fjellheim Drift AS' },
      customfield_10051: { value: 'Production' },
    });
    expect(await as('cust-mette-schultz').panel(theirs)).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });
});

describe('work list resolver', () => {
  it('refuses bad filters with the field they are about', async () => {
    const { as } = await site();
    const result = await as(DEMO_USERS.lead).list({
      filters: { team: 'everyone', mine: 'yes' },
      pageToken: 7,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const paths = (result as unknown as { error: { errors: { path: string }[] } }).error.errors.map(
      (e) => e.path,
    );
    expect(paths).toEqual(['$.filters.team', '$.filters.mine', '$.pageToken']);
  });

  it('lists breached issues before the rest and filters by customer', async () => {
    const { sim, act, reportIncident, as } = await site();
    const calm = await reportIncident('Low', 'A calm one');
    const urgent = await reportIncident('High', 'An urgent one');
    await act.createIssue('cust-ingrid-bakke', {
      issuetype: { name: 'Incident' },
      summary: 'Fjellheim issue',
      priority: { name: 'Medium' },
      customfield_10050: { value: 'Fjellheim Drift AS' },
      customfield_10051: { value: 'Production' },
    });
    await sim.advanceBy(45 * MINUTE); // the High issue's 30 min reaction is breached
    const all = (await as(DEMO_USERS.lead).list({})) as {
      data: { rows: { key: string; tier: string }[] };
    };
    expect(all.data.rows[0]).toMatchObject({ key: urgent, tier: 'breached' });
    expect(all.data.rows.map((r) => r.key)).toContain(calm);
    const schultz = (await as(DEMO_USERS.lead).list({ filters: { customer: 'schultz' } })) as {
      data: { rows: { customer: { id: string } }[] };
    };
    expect(schultz.data.rows.length).toBe(2);
    expect(schultz.data.rows.every((r) => r.customer.id === 'schultz')).toBe(true);
  });
});
