/**
 * Internal goals (OLAs) are the service organisation's own: a customer sees neither their names
 * nor their figures on any screen, nor a next action or SLA field derived from them. Agents see
 * them everywhere.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import type { IssueSlaView, WorkListPage } from '../../src/resolvers/views';
import type { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

const CUSTOMER = 'cust-mette-schultz';
const OLA = { id: 'second-line-pickup', name: '2nd line pick-up (OLA)' };

function screensAs(sim: Simulator, accountId: string) {
  const ctx: ResolverContext = {
    ...sim.forge.context(),
    jiraAsUser: sim.forge.jiraClient(accountId),
  };
  const data = <T>(result: { ok: boolean; data?: unknown; error?: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data as T;
  };
  return {
    panel: async (issueKey: string) =>
      data<IssueSlaView>(
        await appResolvers.issuePanelResolver.getIssueSla!({}, { accountId, issueKey }, ctx),
      ),
    list: async () =>
      data<WorkListPage>(await appResolvers.workListResolver.getWorkList!({}, { accountId }, ctx)),
  };
}

/**
 * Mette's incident, answered at 07:05 and escalated to 2nd line at 07:10: the OLA (1 h, due
 * 08:10) is the most urgent running goal; the next one promised to her is the status update
 * (4 h after the reply, due 11:05).
 */
async function escalatedIncident() {
  const env = await demoSimulator();
  const key = await env.reportIncident();
  await env.sim.advanceBy(5 * MINUTE);
  await env.act.comment(DEMO_USERS.agents[0], key, 'We are looking into it.');
  await env.sim.advanceBy(5 * MINUTE);
  await env.act.transition(DEMO_USERS.agents[0], key, 'Escalated');
  return { ...env, key };
}

describe('internal goals', () => {
  it('are on the agent’s panel and work list, and lead the next action there', async () => {
    const { sim, key } = await escalatedIncident();
    const agent = screensAs(sim, DEMO_USERS.agents[0]);
    const panel = await agent.panel(key);
    expect(panel.goals.map((g) => g.goal)).toContain(OLA.id);
    expect(panel.nextAction).toMatchObject({ goal: OLA.id });
    const row = (await agent.list()).rows.find((r) => r.key === key);
    expect(row).toMatchObject({ nextAction: { goal: OLA.id }, urgent: { goal: OLA.id } });
  });

  it('never reach the customer’s issue panel: no name, no figure, no next action', async () => {
    const { sim, key } = await escalatedIncident();
    const panel = await screensAs(sim, CUSTOMER).panel(key);
    expect(panel.goals.map((g) => g.goal)).toEqual(['reaction', 'resolution', 'status-update']);
    expect(panel.goals.every((g) => !g.internal)).toBe(true);
    expect(panel.nextAction).toMatchObject({
      goal: 'status-update',
      due: '2026-03-02T11:05:00.000Z',
    });
    const text = JSON.stringify(panel);
    expect(text).not.toContain(OLA.id);
    expect(text).not.toContain(OLA.name);
    expect(text).not.toContain('08:10');
  });

  it('never reach the customer’s work list', async () => {
    const { sim, key } = await escalatedIncident();
    const page = await screensAs(sim, CUSTOMER).list();
    expect(page.rows.map((r) => r.key)).toEqual([key]);
    expect(page.rows[0]).toMatchObject({
      nextAction: { goal: 'status-update' },
      urgent: { goal: 'status-update' },
    });
    const text = JSON.stringify(page);
    expect(text).not.toContain(OLA.id);
    expect(text).not.toContain(OLA.name);
    expect(text).not.toContain('08:10');
    // Nor the names of the other customers of the contract.
    expect(page.options.customers.map((c) => c.id)).toEqual(['schultz']);
  });

  it('are left out of the SLA field, which Jira shows to anyone who sees the issue', async () => {
    const { sim, key } = await escalatedIncident();
    const { fields } = await sim.call<{ fields: { customfield_10060?: string } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'customfield_10060' },
      accountId: CUSTOMER,
    });
    expect(fields.customfield_10060).toBe('Status update interval due 2026-03-02 11:05 UTC');
  });
});
