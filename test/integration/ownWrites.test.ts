import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JiraActions } from '../../src/simulator/demo/jiraActions';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { MANIFEST_FILE, Simulator } from '../../src/simulator/simulator';
import { demoSimulator, HOUR, MINUTE, MONDAY_0800_CPH } from '../support/simulator';

/** How many times the app evaluated the issue: each evaluation reads its changelog once. */
const evaluations = (sim: Simulator, key: string) =>
  sim.jira.requestLog.filter(
    (r) => r.method === 'GET' && r.path === `/rest/api/3/issue/${key}/changelog`,
  ).length;

/**
 * The app writes to the issues it evaluates: the SLA field, escalation labels, comments and
 * priorities. None of it may queue the issue again, and none of it may move its clocks.
 */
describe("the app's own writes", () => {
  it('do not queue the issue again: one evaluation per change', async () => {
    const { sim, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    expect(evaluations(sim, key)).toBe(1);

    // The breach at 07:30: the 07:35 sweep queues the issue; the escalation adds a label.
    await sim.advanceBy(30 * MINUTE);
    const before = evaluations(sim, key);
    await sim.advanceBy(5 * MINUTE);
    const labels = await sim.call<{ fields: { labels: string[] } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'labels' },
      accountId: null,
    });
    expect(labels.fields.labels).toContain('sla-breached');
    expect(evaluations(sim, key) - before).toBe(1);
  });

  it('write the SLA field without a changelog entry', async () => {
    const { sim, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    const changelog = await sim.call<{ values: { items: { field: string }[] }[] }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}/changelog`,
      accountId: null,
    });
    expect(changelog.values.flatMap((v) => v.items.map((i) => i.field))).not.toContain('SLA');
  });

  it("are not an agent's reply: the escalation comment neither meets nor restarts a goal", async () => {
    const { sim, reportIncident, property, comments } = await demoSimulator();
    const key = await reportIncident();
    // 75 % of the 8 h resolution time at 14:00 Copenhagen: the app comments on the issue.
    await sim.advanceBy(6 * HOUR + 5 * MINUTE);
    expect((await comments(key)).map((c) => c.text).join()).toContain('75 % of the resolution');
    const goals = (await property(key)).goals;
    const goal = (id: string) => goals.find((g) => g.goal === id)!;
    // Nobody replied: the reaction goal is still open and breached, not met late.
    expect(goal('reaction')).toMatchObject({ state: 'running', breached: true, completedAt: null });
    // The status-update interval was not restarted by the app's comment.
    expect(goal('status-update').cycleCount).toBe(1);
  });

  it('are delivered to a trigger without `ignoreSelf`, as Forge does: the simulator re-queues', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    try {
      const manifest = path.join(dir, 'manifest.yml');
      const text = fs.readFileSync(MANIFEST_FILE, 'utf8');
      const unfiltered = text.replace(/\n\s+filter:\n\s+ignoreSelf: true/, '');
      expect(unfiltered).not.toBe(text);
      fs.writeFileSync(manifest, unfiltered);
      const sim = new Simulator({ start: MONDAY_0800_CPH, manifestFile: manifest });
      await setUpDemoSite(sim);
      const key = await new JiraActions(sim).createIssue('cust-mette-schultz', {
        issuetype: { name: 'Incident' },
        summary: 'Login page times out',
        priority: { name: 'High' },
        customfield_10050: { value: 'Schultz A/S' },
        customfield_10051: { value: 'Production' },
      });
      await sim.advanceBy(30 * MINUTE);
      const before = evaluations(sim, key);
      // The 07:35 sweep queues the breached issue; the label the app adds queues it again.
      await sim.advanceBy(5 * MINUTE);
      expect(evaluations(sim, key) - before).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
