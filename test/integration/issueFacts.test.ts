/**
 * The refresh that evaluates an issue writes its facts to SQL for the reports: the issue's row
 * and every cycle of every goal, internal goals flagged. Evaluating again, as a replayed or
 * duplicated event makes it, overwrites those rows: nothing is counted twice.
 */
import { refreshIssues } from '../../src/services/refreshIssues';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

describe('facts written by the refresh', () => {
  it('records every goal cycle once, internal goals flagged, however often the issue is evaluated', async () => {
    const { sim, act, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    await sim.advanceBy(5 * MINUTE);
    await act.comment(DEMO_USERS.agents[0], key, 'We are looking into it.');
    await sim.advanceBy(5 * MINUTE);
    await act.transition(DEMO_USERS.agents[0], key, 'Escalated');

    const db = sim.forge.sql.db;
    const cycles = () =>
      db
        .selectFrom('goal_cycles')
        .select(['goal', 'cycle', 'internal', 'result', 'agreement', 'customer'])
        .orderBy('goal')
        .orderBy('cycle')
        .execute();
    const first = await cycles();
    expect(first).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ goal: 'reaction', cycle: 0, result: 'met', internal: 0 }),
        expect.objectContaining({ goal: 'second-line-pickup', internal: 1, result: 'running' }),
      ]),
    );
    expect(
      first.every((c) => c.customer === 'schultz' && c.agreement === 'schultz-prod-gold'),
    ).toBe(true);

    // The same issue evaluated again, twice, as replayed events make it.
    const ctx = sim.forge.context();
    await refreshIssues(ctx, [{ issueKey: key }]);
    await refreshIssues(ctx, [{ issueKey: key }]);
    expect(await cycles()).toEqual(first);
    const issues = await db.selectFrom('issue_facts').select(['issue_key', 'status']).execute();
    expect(issues).toEqual([{ issue_key: key, status: 'Escalated' }]);
  });
});
