import example from '../../examples/contract.json';
import type { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

const evaluations = (sim: Simulator, key: string) =>
  sim.jira.requestLog.filter(
    (r) => r.method === 'GET' && r.path === `/rest/api/3/issue/${key}/changelog`,
  ).length;

describe('the five-minute sweep', () => {
  it('re-evaluates the open issues evaluated under an older contract, once', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const open = await reportIncident();
    const resolved = await reportIncident('Low', 'Typo on the help page');
    await act.transition(DEMO_USERS.agents[0], resolved, 'Resolved');
    expect((await property(open)).contractVersion).toBe(1);

    const renamed = {
      ...example,
      goals: example.goals.map((g) => (g.id === 'reaction' ? { ...g, name: 'First reply' } : g)),
    };
    const saved = await sim.forge.contracts.save(renamed, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    expect(saved.saved).toBe(true);

    // 07:02: the sweep at 07:05 finds the open issue evaluated under version 1.
    await sim.advanceBy(5 * MINUTE);
    const slm = await property(open);
    expect(slm.contractVersion).toBe(2);
    expect(slm.goals[0]!.name).toBe('First reply');
    // A resolved issue keeps the evaluation it had.
    expect((await property(resolved)).contractVersion).toBe(1);
    // Repaired issues are not queued again by the sweeps after (none is due before 07:15).
    const before = evaluations(sim, open);
    await sim.advanceBy(5 * MINUTE);
    expect(evaluations(sim, open)).toBe(before);
  });

  it('queues more due issues than one push takes, in pushes Forge accepts', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    const keys: string[] = [];
    for (let i = 0; i < 60; i++) keys.push(await reportIncident('High', `Outage ${i}`));
    // All reach 50 % of the reaction time at 07:15: one sweep queues all 60.
    await sim.advanceBy(15 * MINUTE);
    expect(sim.forge.log.filter((line) => line.message.includes('failed'))).toEqual([]);
    for (const key of [keys[0]!, keys[59]!]) {
      expect((await property(key)).goals[0]!.warnings[0]).toMatchObject({ reached: true });
    }
  });
});
