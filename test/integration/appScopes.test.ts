/**
 * The app within its manifest's scopes: the demo desk played for two simulated days (triggers,
 * queue, sweeps, escalations) and every screen's reads (issue panel, work list with each filter,
 * admin page and settings), all through the simulated Jira that refuses, as Forge does, a call
 * manifest.yml's scopes do not cover. Not one call is refused.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { TEAMS } from '../../src/resolvers/workList';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { DEMO_USERS, setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { HOUR, MONDAY_0800_CPH } from '../support/simulator';

describe("the app's Jira calls", () => {
  it('are all covered by manifest.yml: the demo and every screen run without a 403', async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    await setUpDemoSite(sim);
    await playDemoStory(sim, MONDAY_0800_CPH + 48 * HOUR, 12);

    const as = (accountId: string): ResolverContext => ({
      ...sim.forge.context(),
      jiraAsUser: sim.forge.jiraClient(accountId),
    });
    const lead = as(DEMO_USERS.lead);
    const admin = as(DEMO_USERS.admin);
    const call = { accountId: DEMO_USERS.lead };
    const { workListResolver, issuePanelResolver, adminResolver } = appResolvers;
    const results = [
      await workListResolver.getWorkList!({}, call, lead),
      await workListResolver.getWorkList!({ filters: { mine: true } }, call, lead),
      ...(await Promise.all(
        TEAMS.map((team) => workListResolver.getWorkList!({ filters: { team } }, call, lead)),
      )),
      await issuePanelResolver.getIssueSla!({}, { ...call, issueKey: 'SUP-1' }, lead),
      await adminResolver.getConfig!({}, { accountId: DEMO_USERS.admin }, admin),
      await adminResolver.getSettings!({}, { accountId: DEMO_USERS.admin }, admin),
    ];

    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(sim.forge.log.filter((l) => l.message.startsWith('function '))).toEqual([]);
    expect(sim.jira.requestLog.filter((r) => r.status === 403)).toEqual([]);
  });
});
