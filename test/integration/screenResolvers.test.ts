/**
 * The issue panel and work list resolvers through the simulator: issue-level access is Jira's
 * to decide, bad payloads get errors at their fields, the list comes in the work-list order.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS, MINUTE, MONDAY_0800_CPH } from '../support/simulator';

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

  it('filters by a team, a Jira group Jira resolves in the query (membersOf)', async () => {
    const { act, reportIncident, as } = await site();
    const first = await reportIncident('High', 'For 1st line');
    const second = await reportIncident('High', 'For 2nd line');
    await reportIncident('High', 'Nobody has it yet');
    await act.assign(DEMO_USERS.lead, first, DEMO_USERS.agents[0]);
    await act.assign(DEMO_USERS.lead, second, DEMO_USERS.secondLine);
    const keys = async (team: string) => {
      const result = (await as(DEMO_USERS.lead).list({ filters: { team } })) as {
        data: { rows: { key: string }[] };
      };
      return result.data.rows.map((r) => r.key);
    };
    expect(await keys('second-line')).toEqual([second]);
    expect(await keys('support-team')).toEqual([first]);
    expect(await keys('team-leads')).toEqual([]);
  });

  it('says so at the filter when the team is no group on the site', async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    sim.jira.addUser({ accountId: 'acc-alone', displayName: 'Alone', groups: ['support-team'] });
    const ctx: ResolverContext = {
      ...sim.forge.context(),
      jiraAsUser: sim.forge.jiraClient('acc-alone'),
    };
    const result = await appResolvers.workListResolver.getWorkList!(
      { filters: { team: 'second-line' } },
      { accountId: 'acc-alone' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [{ path: '$.filters.team', message: 'second-line is not a group on this site' }],
      },
    });
  });
});
