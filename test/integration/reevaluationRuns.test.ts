/**
 * Re-evaluation runs against the simulated Jira and Forge storage, with the queue in the test's
 * hands: the test plays the consumer (steps, and batches' progress as a consumer reports it), so
 * it can deliver jobs twice, out of order and at once.
 */
import example from '../../examples/contract.json';
import type { Contract } from '../../src/domain/contract';
import type { AppContext } from '../../src/services/appContext';
import { previewDraft, reevaluateAfterSave } from '../../src/services/contractRuns';
import {
  BATCH_SIZE,
  readRun,
  recordRunProgress,
  runStep,
  startRun,
  type RunRef,
} from '../../src/services/reevaluationRuns';
import { demoSimulator, DEMO_USERS } from '../support/simulator';
import { withReactionTarget } from '../support/contractVariants';

const contract = example as unknown as Contract;

interface Pushed {
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
}

/**
 * The app's context with a queue the test empties itself, and a Jira that gives at most
 * `pageSize` issues a search page (Jira may give fewer than asked), so a run takes several steps.
 */
function handOperated(ctx: AppContext, pageSize: number) {
  const queue: Pushed[] = [];
  const jira = Object.create(ctx.jira) as AppContext['jira'];
  jira.searchPage = (search) =>
    ctx.jira.searchPage({ ...search, maxResults: Math.min(search.maxResults ?? 50, pageSize) });
  const context: AppContext = {
    ...ctx,
    jira,
    queue: {
      push: async (bodies, options) => {
        for (const body of bodies) queue.push({ body, ...options });
      },
    },
  };
  /** Runs every step queued, as the consumer would; returns the batch jobs they queued. */
  const runSteps = async () => {
    const batches: Pushed[] = [];
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (job.body.issueKeys) batches.push(job);
      else await runStep(context, job.body.run as RunRef);
    }
    return batches;
  };
  return { ctx: context, queue, runSteps };
}

describe('re-evaluation runs', () => {
  it('queues every issue once, in batches, and counts each batch once', async () => {
    const { sim, reportIncident, act } = await demoSimulator();
    const open: string[] = [];
    for (let i = 0; i < 45; i++) open.push(await reportIncident('High', `Outage ${i}`));
    await act.transition(DEMO_USERS.agents[0], open.pop()!, 'Resolved');
    const { ctx, queue, runSteps } = handOperated(sim.forge.context(), 20);

    const started = await startRun(ctx, {
      kind: 'reevaluate',
      startedBy: DEMO_USERS.admin,
      contractVersion: 1,
      jql: 'resolution IS EMPTY ORDER BY key ASC',
    });
    expect(started).toMatchObject({ total: 0, found: false, done: 0, finishedAt: null });
    expect(queue).toEqual([{ body: { run: { id: started.id }, reason: expect.any(String) } }]);

    const steps: Pushed[] = [];
    const batches: Pushed[] = [];
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (job.body.issueKeys) batches.push(job);
      else {
        steps.push(job);
        await runStep(ctx, job.body.run as RunRef);
      }
    }
    // 44 open issues, 20 a page: three steps, each but the first held back to spare Forge's
    // 500 events a minute; every issue in exactly one batch, batches numbered in order.
    expect(steps.map((s) => s.delayInSeconds ?? 0)).toEqual([0, 15, 15]);
    expect(batches.flatMap((b) => b.body.issueKeys as string[]).sort()).toEqual([...open].sort());
    expect(batches.map((b) => (b.body.run as RunRef).batch)).toEqual([0, 1, 2]);
    expect(batches.every((b) => (b.body.issueKeys as string[]).length <= BATCH_SIZE)).toBe(true);
    expect(await readRun(ctx, started.id)).toMatchObject({ total: 44, found: true, done: 0 });

    // Consumers report at once, one batch twice (its event delivered again): nothing is lost
    // and nothing counted twice.
    const report = (b: Pushed, failed = 0) => {
      const size = (b.body.issueKeys as string[]).length;
      return recordRunProgress(ctx, b.body.run as RunRef, { done: size - failed, failed });
    };
    await Promise.all([report(batches[1]!), report(batches[0]!, 2)]);
    expect(await readRun(ctx, started.id)).toMatchObject({ done: 38, failed: 2, finishedAt: null });
    await sim.advanceBy(60_000);
    await Promise.all([report(batches[2]!), report(batches[0]!)]);
    const finished = await readRun(ctx, started.id);
    expect(finished).toMatchObject({ total: 44, done: 44, failed: 0 });
    expect(finished!.finishedAt).toBe(new Date(sim.now()).toISOString());

    // A step delivered again after the run has found everything queues nothing.
    await runStep(ctx, { id: started.id });
    expect(await runSteps()).toEqual([]);
  });

  it('needs no run for a change no agreement uses', async () => {
    const { sim } = await demoSimulator();
    const { ctx, queue } = handOperated(sim.forge.context(), 100);
    const spare = {
      ...contract,
      calendars: [...contract.calendars, { ...contract.calendars[0]!, id: 'spare' }],
    };
    const saved = { version: 2, savedAt: '', savedBy: DEMO_USERS.admin, changes: [] };
    expect(await reevaluateAfterSave(ctx, { ...saved, contract: spare }, contract)).toBeNull();
    expect(await previewDraft(ctx, spare, DEMO_USERS.admin)).toBeNull();
    expect(queue).toEqual([]);
  });

  it('previews a draft on the open issues it can affect, writing nothing', async () => {
    const { sim, reportIncident, act, property } = await demoSimulator();
    const open = [await reportIncident(), await reportIncident(), await reportIncident()];
    const low = await reportIncident('Low', 'Typo on the help page');
    const closed = await reportIncident('High', 'Fixed already');
    await act.transition(DEMO_USERS.agents[0], closed, 'Resolved');
    const { ctx, runSteps } = handOperated(sim.forge.context(), 2);

    const started = await previewDraft(ctx, withReactionTarget('PT1H'), DEMO_USERS.admin);
    expect(started).toMatchObject({ kind: 'preview', contractVersion: 1, found: false });
    expect(await runSteps()).toEqual([]); // a preview queues no batch: it measures in its steps
    const run = await readRun(ctx, started!.id);
    expect(run).toMatchObject({ total: 4, done: 4, failed: 0, changed: 3 });
    expect(run!.finishedAt).not.toBeNull();
    expect(run!.preview!.agreements).toEqual([
      {
        agreement: 'schultz-prod-gold',
        issues: 4,
        changed: 3,
        later: 3,
        earlier: 0,
        breached: 0,
        unbreached: 0,
        examples: open.map((key) => ({
          key,
          goal: 'reaction',
          before: '2026-03-02T07:30:00.000Z',
          after: '2026-03-02T08:00:00.000Z',
        })),
      },
    ]);
    // Nothing was written: the issues keep their evaluation, and the draft is gone.
    for (const key of [...open, low]) expect((await property(key)).contractVersion).toBe(1);
    expect(Object.keys(sim.forge.store.content()).filter((k) => k.includes('draft'))).toEqual([]);
  });
});
