/**
 * A contract change through the admin resolvers and the simulator's queue, as the admin page
 * drives it: preview the draft, save it, and the open issues it affects carry the new version
 * and deadlines after one step of the clock, while closed issues keep the evaluation they were
 * measured under until an admin recalculates them on purpose.
 */
import { appResolvers } from '../../src/handlers';
import type { AdminConfig, ReevaluationRunView, SaveOutcome } from '../../src/resolvers/views';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';
import { withReactionTarget } from '../support/contractVariants';

async function site() {
  const demo = await demoSimulator();
  const call = async <T>(name: string, payload: unknown = {}): Promise<T> => {
    const ctx = demo.sim.forge.resolverContext(DEMO_USERS.admin);
    const result = await appResolvers.adminResolver[name]!(
      payload,
      { accountId: DEMO_USERS.admin },
      ctx,
    );
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  const reaction = async (key: string) =>
    (await demo.property(key)).goals.find((g) => g.goal === 'reaction')!;
  return { ...demo, call, reaction };
}

describe('a contract change takes effect, visibly and without rewriting history', () => {
  it('previews, saves, and re-evaluates the open issues it affects in one clock step', async () => {
    const { sim, act, reportIncident, property, reaction, call } = await site();
    const open = [await reportIncident(), await reportIncident('High', 'Second outage')];
    const closed = await reportIncident('High', 'Fixed at once');
    await act.comment(DEMO_USERS.agents[0], closed, 'Restarted the service; fixed.');
    await act.transition(DEMO_USERS.agents[0], closed, 'Resolved');
    const closedBefore = await property(closed);
    expect((await reaction(open[0]!)).deadline).toBe('2026-03-02T07:30:00.000Z');

    // The draft doubles the reaction time; the preview lists the issues it moves.
    const draft = withReactionTarget('PT1H');
    const preview = await call<ReevaluationRunView>('previewChange', { contract: draft });
    await sim.advanceBy(MINUTE);
    const previewed = await call<ReevaluationRunView>('getRun', { id: preview.id });
    expect(previewed.finishedAt).not.toBeNull();
    expect(previewed.preview!.agreements).toEqual([
      expect.objectContaining({ agreement: 'schultz-prod-gold', issues: 2, later: 2 }),
    ]);
    expect(previewed.preview!.agreements[0]!.examples).toEqual(
      open.map((key) => ({
        key,
        goal: 'reaction',
        before: '2026-03-02T07:30:00.000Z',
        after: '2026-03-02T08:00:00.000Z',
      })),
    );
    expect((await property(open[0]!)).contractVersion).toBe(1);

    // Saved: a run re-evaluates the two open issues; one step of the clock runs the queue.
    const saved = await call<SaveOutcome & { saved: true }>('saveContract', {
      contract: draft,
      baseVersion: 1,
    });
    expect(saved).toMatchObject({ saved: true, version: 2, run: { kind: 'reevaluate' } });
    await sim.advanceBy(MINUTE);
    const run = await call<ReevaluationRunView>('getRun', { id: saved.run!.id });
    expect(run).toMatchObject({ contractVersion: 2, total: 2, done: 2, failed: 0, found: true });
    expect(run.finishedAt).not.toBeNull();
    for (const key of open) {
      expect((await property(key)).contractVersion).toBe(2);
      expect((await reaction(key)).deadline).toBe('2026-03-02T08:00:00.000Z');
    }
    // The closed issue keeps the evaluation it was measured under.
    expect(await property(closed)).toEqual(closedBefore);
    // The page, opened again, finds the version's re-evaluation.
    expect((await call<AdminConfig>('getConfig')).reevaluation).toEqual(run);
  });

  it('recalculates closed issues of a period on purpose, and records it in the history', async () => {
    const { sim, act, reportIncident, property, call } = await site();
    const closed = await reportIncident('High', 'Fixed in 20 minutes');
    await sim.advanceBy(20 * MINUTE);
    await act.comment(DEMO_USERS.agents[0], closed, 'Restarted the service; fixed.');
    await act.transition(DEMO_USERS.agents[0], closed, 'Resolved');
    // Priority 4: its reaction target stays, so its recalculation changes nothing.
    const low = await reportIncident('Low', 'Typo on the help page');
    await act.transition(DEMO_USERS.agents[0], low, 'Resolved');

    // Version 2 halves the reaction time: the closed issue's 20-minute reply becomes a miss.
    await call('saveContract', { contract: withReactionTarget('PT15M'), baseVersion: 1 });
    await sim.advanceBy(MINUTE);
    expect((await property(closed)).contractVersion).toBe(1);

    const period = { from: '2026-03-02', to: '2026-03-02' };
    expect(await call('countClosedIssues', period)).toEqual({ issues: 2, more: false });
    expect(await call('countClosedIssues', { from: '2026-03-03', to: '2026-03-31' })).toEqual({
      issues: 0,
      more: false,
    });
    const started = await call<ReevaluationRunView>('recalculateClosedIssues', period);
    expect(started).toMatchObject({ kind: 'recalculate', contractVersion: 2, period });
    await sim.advanceBy(MINUTE);

    const slm = await property(closed);
    expect(slm.contractVersion).toBe(2);
    expect(slm.goals.find((g) => g.goal === 'reaction')).toMatchObject({
      state: 'missed',
      breached: true,
    });
    const config = await call<AdminConfig>('getConfig');
    expect(config.recalculations).toEqual([
      {
        runId: started.id,
        version: 2,
        startedAt: started.startedAt,
        startedBy: DEMO_USERS.admin,
        period,
        run: expect.objectContaining({ total: 2, done: 2, changed: 1, found: true }),
      },
    ]);
  });
});
