import type { Simulator } from '../../src/simulator/simulator';
import { RETRIES } from '../../src/storage/storageKeys';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

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

  it('comes back by itself when the change that resumed its clocks failed to evaluate', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    await act.comment(DEMO_USERS.agents[0], key, 'Could you send us the log?');
    await act.transition(DEMO_USERS.agents[0], key, 'Waiting for customer');
    // Parked: nothing falls due, so no sweep would look at the issue again.
    expect((await property(key)).nextCheckMs).toBeNull();

    // Work resumes while Jira fails every read of the issue's history, for longer than the
    // consumer's retries last.
    sim.jira.failNext(1_000_000, 503, { pathPrefix: `/rest/api/3/issue/${key}/changelog` });
    await act.transition(DEMO_USERS.agents[0], key, 'In Progress');
    await sim.advanceBy(HOUR);
    const resolution = async () => (await property(key)).goals.find((g) => g.goal === 'resolution');
    expect((await resolution())?.state).toBe('paused');

    sim.jira.recover();
    await sim.advanceBy(HOUR);
    expect((await resolution())?.state).toBe('running');
    // Once evaluated, the issue is off the retry schedule.
    expect(Object.keys(sim.forge.store.content()).filter((k) => k.startsWith(RETRIES))).toEqual([]);
  });
});

describe('an issue created while Jira fails', () => {
  it('is evaluated by itself once Jira recovers, without any new event', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    // Every request about SUP-1 fails from its creation on: the consumer's retries and the
    // sweeps that follow all fail.
    sim.jira.failNext(1_000_000, 503, { pathPrefix: '/rest/api/3/issue/SUP-1' });
    const key = await reportIncident();
    await sim.advanceBy(2 * 60 * MINUTE);
    expect(await hasProperty(sim, key)).toBe(false);

    sim.jira.recover();
    await sim.advanceBy(60 * MINUTE);
    expect((await property(key)).agreement).toBe('schultz-prod-gold');
  });
});

describe('issues whose evaluation fails for good', () => {
  it('do not crowd the others out of the catch-up', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    // 07:00: an issue whose creation event is lost: only the sweep's catch-up can find it.
    const created = await sim.jira.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      accountId: DEMO_USERS.agents[0],
      body: {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: 'Incident' },
          summary: 'Printer on fire',
          priority: { name: 'High' },
          customfield_10050: { value: 'Schultz A/S' },
          customfield_10051: { value: 'Production' },
          customfield_10052: { value: 'ihlp' },
        },
      },
    });
    const lost = (created.body as { key: string }).key;
    expect(sim.forge.dropPendingEvents()).toBe(1);

    // 07:01: a hundred newer issues that Jira never lets the app evaluate, more than the
    // catch-up takes in one sweep.
    await sim.advanceBy(MINUTE);
    for (let n = 2; n <= 101; n++) {
      sim.jira.failNext(1_000_000, 403, { pathPrefix: `/rest/api/3/issue/SUP-${n}/properties` });
      await reportIncident('High', `Broken ${n}`);
    }

    await sim.advanceBy(HOUR);
    expect((await property(lost)).agreement).toBe('schultz-prod-gold');
  });
});
