/**
 * Closed issues keep the evaluation and the contract version they were measured under: a new
 * version changes the open issues when they are next evaluated, never the history of the closed
 * ones, which only an admin's recalculation measures again.
 */
import example from '../../examples/contract.json';
import { loadIssueEvaluation } from '../../src/services/issueEvaluation';
import { onEvaluationEvent } from '../../src/triggers/evaluationConsumer';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

/** The example contract with every 30-minute target made 45 minutes: deadlines move. */
const slower = JSON.parse(JSON.stringify(example).replace(/"PT30M"/g, '"PT45M"')) as unknown;

describe('a resolved issue', () => {
  it('keeps its version when commented after a new version is saved, until recalculated', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const open = await reportIncident('High', 'Still broken');
    const closed = await reportIncident('High', 'Fixed quickly');
    await sim.advanceBy(10 * MINUTE);
    await act.transition(DEMO_USERS.agents[0], closed, 'Resolved');
    const measured = await property(closed);
    expect(measured.contractVersion).toBe(1);

    const saved = await sim.forge.contracts.save(slower, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    expect(saved).toMatchObject({ saved: true, version: { version: 2 } });

    // The customer thanks the agent on the closed case, and asks after the open one.
    await act.comment('cust-mette-schultz', closed, 'Thank you!');
    await act.comment('cust-mette-schultz', open, 'Any news?');
    const kept = await property(closed);
    expect(kept.contractVersion).toBe(1);
    expect(kept.goals).toEqual(measured.goals);
    expect((await property(open)).contractVersion).toBe(2);
    // The issue panel shows it as measured too.
    const panel = await loadIssueEvaluation(sim.forge.context(), closed);
    expect(panel?.evaluation.contractVersion).toBe(1);

    // An admin's recalculation measures it under the version in force.
    await onEvaluationEvent(
      { body: { issueKeys: [closed], recalculate: true, reason: 'recalculate run' } },
      sim.forge.context(),
    );
    const recalculated = await property(closed);
    expect(recalculated.contractVersion).toBe(2);
    expect(recalculated.goals).not.toEqual(measured.goals);
  });
});
