import { appResolvers } from '../../src/handlers';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

const total = (waits: readonly number[]) => waits.reduce((sum, ms) => sum + ms, 0);

/**
 * Jira's retries fit the time Forge gives each function: a resolver (25 s) waits at most 10 s
 * on Jira in all, and says when to try again rather than wait longer; the queue consumer does
 * not retry sooner than Jira asks, it hands the wait to Forge's event retries. The waits are
 * counted, never slept.
 */
describe('retries of Jira requests', () => {
  async function site() {
    const waits: number[] = [];
    const env = await demoSimulator(MONDAY_0800_CPH, {
      sleep: async (ms) => void waits.push(ms),
    });
    return { ...env, waits };
  }

  it('in a resolver wait 10 s in all at most, then tell the screen when to try again', async () => {
    const { sim, reportIncident, waits } = await site();
    const key = await reportIncident();
    waits.length = 0;
    // Jira is rate limiting: every request gets a 429 asking for 8 s.
    sim.jira.failNext(1000, 429, { retryAfterSeconds: 8 });
    const agent = DEMO_USERS.agents[0];
    const result = await appResolvers.issuePanelResolver.getIssueSla!(
      {},
      { accountId: agent, issueKey: key },
      sim.forge.resolverContext(agent),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Jira is busy; try again in 8 s.' },
    });
    expect(total(waits)).toBeLessThanOrEqual(10_000);
  });

  it('in a resolver never retry sooner than Jira asks', async () => {
    const { sim, reportIncident, waits } = await site();
    const key = await reportIncident();
    waits.length = 0;
    sim.jira.failNext(1, 429, { retryAfterSeconds: 30 });
    const agent = DEMO_USERS.agents[0];
    const result = await appResolvers.issuePanelResolver.getIssueSla!(
      {},
      { accountId: agent, issueKey: key },
      sim.forge.resolverContext(agent),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Jira is busy; try again in 30 s.' },
    });
    expect(waits).toEqual([]);
  });

  it('in the consumer hand a long Retry-After to Forge: the event comes back after it', async () => {
    const { sim, reportIncident, property, waits } = await site();
    sim.jira.failNext(1, 429, {
      retryAfterSeconds: 150,
      pathPrefix: '/rest/api/3/issue/SUP-1/changelog',
    });
    const key = await reportIncident();
    const runs = sim.forge.invocations
      .filter((run) => run.handler === 'evaluationConsumer')
      .map((run) => [run.at.slice(11, 19), run.outcome]);
    expect(runs).toEqual([['07:00:00', 'retry']]);
    expect(waits).toEqual([]);
    await sim.advanceBy(3 * 60_000);
    expect((await property(key)).agreement).toBe('schultz-prod-gold');
    expect(
      sim.forge.invocations
        .filter((run) => run.handler === 'evaluationConsumer')
        .map((run) => [run.at.slice(11, 19), run.outcome])
        .slice(0, 2),
    ).toEqual([
      ['07:00:00', 'retry'],
      ['07:02:30', 'success'],
    ]);
  });
});
