/**
 * The `slm` issue property is readable and writable by anyone who may edit the issue, so the
 * app trusts only its own record of what it wrote: an agent who rewrites the property changes
 * none of the app's decisions, and the app puts the property back and logs who wrote it.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import type { WorkListPage } from '../../src/resolvers/views';
import type { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

const AGENT = DEMO_USERS.agents[1];

/** The work list's first page as the team lead sees it. */
async function workList(sim: Simulator): Promise<WorkListPage> {
  const ctx: ResolverContext = {
    ...sim.forge.context(),
    jiraAsUser: sim.forge.jiraClient(DEMO_USERS.lead),
  };
  const result = await appResolvers.workListResolver.getWorkList!(
    {},
    { accountId: DEMO_USERS.lead },
    ctx,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as WorkListPage;
}

/** The agent's `PUT …/properties/slm`; with `eventLost`, Forge never delivers its event. */
async function agentWrites(sim: Simulator, key: string, value: unknown, eventLost = false) {
  const request = {
    method: 'PUT',
    path: `/rest/api/3/issue/${key}/properties/slm`,
    accountId: AGENT,
    body: value,
  };
  if (!eventLost) return sim.request(request);
  const response = await sim.jira.handle(request);
  sim.forge.dropPendingEvents();
  return response;
}

const notificationsOf = (sim: Simulator, key: string) =>
  sim.jira.notifications.filter((n) => n.issueKey === key).length;

const tamperingLog = (sim: Simulator) =>
  sim.forge.log.filter((line) => line.message.startsWith('slm property'));

describe('an slm property rewritten by an agent', () => {
  it('is restored at once, and the log names the agent', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    await sim.advanceBy(10 * MINUTE);
    const written = await property(key);

    const response = await agentWrites(sim, key, {
      ...written,
      nextCheck: null,
      nextCheckMs: 9e15,
      nextDeadline: null,
    });
    expect(response.status).toBe(200);

    expect(await property(key)).toMatchObject({
      nextCheckMs: written.nextCheckMs,
      nextDeadline: written.nextDeadline,
    });
    expect(tamperingLog(sim)).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ issue: key, changedBy: AGENT }),
      }),
    ]);
  });

  it('stops no escalation even when its event is lost: the breach escalates once', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    // Assigned, so that the 75 % notice, for the assignee alone, has someone to go to.
    await act.assign(DEMO_USERS.lead, key, DEMO_USERS.agents[0]);
    await sim.advanceBy(10 * MINUTE);
    const written = await property(key);
    await agentWrites(
      sim,
      key,
      { ...written, nextCheck: null, nextCheckMs: 9e15, nextDeadline: null },
      true,
    );
    expect((await property(key)).nextCheckMs).toBe(9e15);

    // 75 % of the 30 min reaction at 07:22:30, the breach just after 07:30: one notice each.
    await sim.advanceBy(35 * MINUTE);
    expect(notificationsOf(sim, key)).toBe(2);
    const restored = await property(key);
    expect(restored.breached).toBe('true');
    expect(restored.nextCheckMs).toBeLessThan(9e15);
    expect(tamperingLog(sim).map((line) => line.details?.issue)).toContain(key);
    await sim.advanceBy(60 * MINUTE);
    expect(notificationsOf(sim, key)).toBe(2);
  });

  it('does not move a breached issue down the work list, and is repaired from it', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    const calm = await reportIncident('Low', 'A calm one');
    const urgent = await reportIncident('High', 'An urgent one');
    await sim.advanceBy(45 * MINUTE); // the High issue's 30 min reaction is breached
    const written = await property(urgent);
    expect(written.breached).toBe('true');

    // Claims the issue is calm and has no rank: Jira now sorts it after the calm one.
    await agentWrites(
      sim,
      urgent,
      {
        ...written,
        breached: 'false',
        urgency: 2,
        rank: 99,
        goals: written.goals.map((g) => ({ ...g, breached: false, breachedAt: null })),
      },
      true,
    );
    const page = await workList(sim);
    expect(page.rows.map((r) => [r.key, r.tier])).toEqual([
      [urgent, 'breached'],
      [calm, 'onTrack'],
    ]);
    expect(page.rows[0]!.urgent).toMatchObject({ goal: 'reaction', breached: true });

    await sim.forge.settle(); // the repair the work list queued
    expect(await property(urgent)).toMatchObject({ breached: 'true', urgency: 0, rank: 2 });
  });
});
