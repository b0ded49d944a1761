import { setUpDemoSite, DEMO_USERS } from '../../src/simulator/demo/site';
import { JiraActions } from '../../src/simulator/demo/jiraActions';
import { Simulator, type SimulatorOptions } from '../../src/simulator/simulator';
import type { SlmProperty } from '../../src/domain/state/slmProperty';

export { DEMO_USERS };

/** Monday 2 March 2026, 08:00 in Copenhagen: office hours start. */
export const MONDAY_0800_CPH = Date.parse('2026-03-02T07:00:00Z');

export const MINUTE = 60_000;
export const HOUR = 3_600_000;

/** A simulator with the demo site (users, fields, the example contract) and no issues yet. */
export async function demoSimulator(
  start = MONDAY_0800_CPH,
  options: Omit<SimulatorOptions, 'start'> = {},
) {
  const sim = new Simulator({ ...options, start });
  await setUpDemoSite(sim);
  const act = new JiraActions(sim);
  return {
    sim,
    act,
    /** Reports an incident for Schultz A/S production as their contact Mette. */
    async reportIncident(priority = 'High', summary = 'Login page times out') {
      return act.createIssue('cust-mette-schultz', {
        issuetype: { name: 'Incident' },
        summary,
        priority: { name: priority },
        customfield_10050: { value: 'Schultz A/S' },
        customfield_10051: { value: 'Production' },
        customfield_10052: { value: 'ihlp' },
      });
    },
    /** The `slm` property as the app wrote it. */
    async property(key: string): Promise<SlmProperty> {
      const { value } = await sim.call<{ value: SlmProperty }>({
        method: 'GET',
        path: `/rest/api/3/issue/${key}/properties/slm`,
        accountId: null,
      });
      return value;
    },
    /** Comments on the issue as plain text, with their authors. */
    async comments(key: string) {
      const page = await sim.call<{ comments: { author: { accountId: string }; body: unknown }[] }>(
        {
          method: 'GET',
          path: `/rest/api/3/issue/${key}/comment`,
          accountId: null,
        },
      );
      return page.comments.map((c) => ({
        author: c.author.accountId,
        text: JSON.stringify(c.body),
      }));
    },
  };
}
