import example from '../../examples/contract.json';
import type { Simulator } from '../../src/simulator/simulator';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

/** The example contract with one escalation only: the reaction breach comments, notifies, labels. */
const onlyOnReactionBreach = {
  ...example,
  goals: example.goals.map((goal) => ({
    ...goal,
    escalations:
      goal.id === 'reaction'
        ? [
            {
              at: 'breach',
              actions: [
                { type: 'comment', text: '{issue}: the reaction time is breached.' },
                { type: 'notify', groups: ['team-leads'], text: '{issue}: breached.' },
                { type: 'addLabel', label: 'sla-breached' },
              ],
            },
          ]
        : [],
  })),
};

async function siteEscalatingOnReactionBreach() {
  const env = await demoSimulator();
  const saved = await env.sim.forge.contracts.save(onlyOnReactionBreach, {
    savedBy: DEMO_USERS.admin,
    savedAt: new Date(env.sim.now()).toISOString(),
  });
  expect(saved.saved).toBe(true);
  return env;
}

/** Requests the app sent to Jira that succeeded, by method and path. */
const succeeded = (sim: Simulator, method: string, path: string) =>
  sim.jira.requestLog.filter((r) => r.method === method && r.path === path && r.status < 300)
    .length;

const breachNotices = (sim: Simulator, key: string) =>
  sim.jira.notifications.filter((n) => n.issueKey === key && n.textBody?.includes('breached'));

/**
 * An escalation's actions are claimed, done and recorded one by one: an action that fails is
 * tried again by a later sweep, one that succeeded is never repeated, and after a bounded number
 * of attempts the app gives up and says so in its log.
 */
describe('escalation actions that fail', () => {
  it('are retried by a later sweep; each action happens exactly once', async () => {
    const { sim, reportIncident, comments } = await siteEscalatingOnReactionBreach();
    const key = await reportIncident();

    // The reaction time breaches at 07:30; the sweep at 07:35 escalates while every notify
    // request fails (the Jira client's own four retries included).
    await sim.advanceBy(30 * MINUTE);
    sim.jira.failNext(5, 503, { pathPrefix: `/rest/api/3/issue/${key}/notify` });
    await sim.advanceBy(5 * MINUTE);
    expect(breachNotices(sim, key)).toHaveLength(0);
    // The comment and the label did not wait for the notice.
    expect((await comments(key)).filter((c) => c.text.includes('breached'))).toHaveLength(1);
    expect(succeeded(sim, 'PUT', `/rest/api/3/issue/${key}`)).toBe(1);

    // Jira is well again: a later sweep sends the notice, and nothing else again.
    await sim.advanceBy(2 * HOUR);
    expect(breachNotices(sim, key)).toHaveLength(1);
    expect((await comments(key)).filter((c) => c.text.includes('breached'))).toHaveLength(1);
    expect(succeeded(sim, 'PUT', `/rest/api/3/issue/${key}`)).toBe(1);
    expect(sim.forge.log.filter((l) => l.message === 'escalation action failed')).toContainEqual(
      expect.objectContaining({
        details: expect.objectContaining({ issue: key, action: 'notify', attempts: 1 }),
      }),
    );
  });

  it('are given up after a bounded number of attempts, with a log entry that says so', async () => {
    const { sim, reportIncident } = await siteEscalatingOnReactionBreach();
    const key = await reportIncident();
    await sim.advanceBy(30 * MINUTE);
    sim.jira.failNext(1_000_000, 503, { pathPrefix: `/rest/api/3/issue/${key}/notify` });
    await sim.advanceBy(24 * HOUR);
    expect(
      sim.forge.log
        .filter((l) => l.message === 'escalation action abandoned')
        .map((l) => l.details),
    ).toEqual([
      expect.objectContaining({
        issue: key,
        escalation: expect.stringMatching(/^reaction@.*@breach$/),
        action: 'notify',
        attempts: 8,
        error: expect.stringContaining('503'),
      }),
    ]);
    // Each attempt is one notify call, which the Jira client tries five times.
    expect(sim.jira.requestLog.filter((r) => r.path.endsWith('/notify'))).toHaveLength(8 * 5);
    // Nothing is tried after that.
    const tried = sim.jira.requestLog.filter((r) => r.path.endsWith('/notify')).length;
    await sim.advanceBy(24 * HOUR);
    expect(sim.jira.requestLog.filter((r) => r.path.endsWith('/notify')).length).toBe(tried);
    // The label of the same escalation was added all the same.
    const issue = await sim.call<{ fields: { labels: string[] } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'labels' },
      accountId: null,
    });
    expect(issue.fields.labels).toContain('sla-breached');
  });

  it('are given up at once when Jira refuses them', async () => {
    const { sim, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    await sim.advanceBy(30 * MINUTE);
    sim.jira.failNext(1, 400, { pathPrefix: `/rest/api/3/issue/${key}/notify` });
    await sim.advanceBy(5 * MINUTE);
    expect(sim.forge.log.filter((l) => l.message === 'escalation action abandoned')).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ issue: key, action: 'notify', attempts: 1 }),
      }),
    ]);
    await sim.advanceBy(2 * HOUR);
    expect(breachNotices(sim, key)).toHaveLength(0);
  });
});
