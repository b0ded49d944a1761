import type { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, MINUTE } from '../support/simulator';

/** The consumer's runs for the event that created the issue, first run and retries. */
const creationRuns = (sim: Simulator) =>
  sim.forge.invocations.filter(
    (run) =>
      run.handler === 'evaluationConsumer' &&
      (run.payload as { body: { reason?: string } }).body.reason === 'avi:jira:created:issue',
  );

const hasProperty = async (sim: Simulator, key: string) =>
  (
    await sim.request({
      method: 'GET',
      path: `/rest/api/3/issue/${key}/properties/slm`,
      accountId: null,
    })
  ).status === 200;

/**
 * An evaluation that fails is not lost: a transient failure is retried through Forge's async
 * event retries, a permanent one is logged and the sweep finds the issue again.
 */
describe('a failing evaluation', () => {
  it('is retried when Jira is briefly unavailable, with the retry context Forge sends', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    // Every attempt of the Jira client's own retries fails: the first run gives up.
    sim.jira.failNext(5, 503, { pathPrefix: '/rest/api/3/issue/SUP-1/changelog' });
    const key = await reportIncident();
    expect(await hasProperty(sim, key)).toBe(false);
    await sim.advanceBy(MINUTE);
    expect((await property(key)).agreement).toBe('schultz-prod-gold');
    expect(
      creationRuns(sim).map((run) => [
        (run.payload as { retryContext?: { retryCount: number } }).retryContext?.retryCount,
        run.outcome,
      ]),
    ).toEqual([
      [undefined, 'retry'],
      [1, 'success'],
    ]);
  });

  it('is retried at most four times, then logged', async () => {
    const { sim, reportIncident } = await demoSimulator();
    sim.jira.failNext(10_000, 503, { pathPrefix: '/rest/api/3/issue/SUP-1/changelog' });
    const key = await reportIncident();
    await sim.advanceBy(30 * MINUTE);
    // Retries wait 1, 2, 4 and 8 minutes; the fifth run gives up and logs the failure.
    expect(creationRuns(sim).map((run) => [run.at.slice(11, 19), run.outcome])).toEqual([
      ['07:00:00', 'retry'],
      ['07:01:00', 'retry'],
      ['07:03:00', 'retry'],
      ['07:07:00', 'retry'],
      ['07:15:00', 'success'],
    ]);
    expect(
      sim.forge.log.filter(
        (line) => line.message === 'evaluation failed' && line.details?.retries === 4,
      ),
    ).toContainEqual(
      expect.objectContaining({
        details: expect.objectContaining({
          issueKey: key,
          reason: 'avi:jira:created:issue',
          status: 503,
        }),
      }),
    );
    expect(await hasProperty(sim, key)).toBe(false);
  });

  it('is logged when Jira refuses it, and the sweep finds the issue again', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    sim.jira.failNext(1, 403, { pathPrefix: '/rest/api/3/issue/SUP-1/properties/slm' });
    const key = await reportIncident();
    expect(await hasProperty(sim, key)).toBe(false);
    expect(creationRuns(sim).map((run) => run.outcome)).toEqual(['success']);
    expect(sim.forge.log.find((line) => line.message === 'evaluation failed')).toMatchObject({
      details: { issueKey: key, status: 403 },
    });
    // The next five-minute sweep queues the issue that has no state yet.
    await sim.advanceBy(5 * MINUTE);
    expect((await property(key)).agreement).toBe('schultz-prod-gold');
  });
});
