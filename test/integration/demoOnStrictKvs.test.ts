import type { EscalationLedger } from '../../src/domain/escalation/escalationLedger';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { keyViolation } from '../../src/storage/kvsRules';
import { ESCALATION_CLAIMS } from '../../src/storage/storageKeys';
import { HOUR, MONDAY_0800_CPH } from '../support/simulator';

/**
 * The demo desk played for two simulated days on the simulator's KVS, which refuses what Forge
 * KVS refuses: every key the app leaves is one a real site accepts, and escalations fire with
 * their effects in Jira.
 */
describe('the demo on a KVS as strict as Forge', () => {
  it('leaves only valid KVS keys after two simulated days, and escalations fire', async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    await setUpDemoSite(sim);
    await playDemoStory(sim, MONDAY_0800_CPH + 48 * HOUR);

    // No function failed (a refused claim makes the refresh throw) and no escalation failed.
    const failures = sim.forge.log.filter(
      (l) =>
        l.message.startsWith('function ') ||
        l.message === 'escalation action failed' ||
        l.message === 'escalation action abandoned',
    );
    expect(failures).toEqual([]);
    // The notices for the assignee alone of issues nobody took (SUP-7, SUP-11) were skipped,
    // not refused by Jira.
    expect(
      sim.forge.log
        .filter((l) => l.message === 'escalation action skipped')
        .map((l) => [l.details?.issue, l.details?.reason]),
    ).toEqual([
      ['SUP-7', 'the issue is unassigned'],
      ['SUP-11', 'the issue is unassigned'],
    ]);

    const stored = sim.forge.store.content();
    expect(Object.keys(stored).filter((key) => keyViolation(key) !== null)).toEqual([]);

    // The claims' ledgers (their attempts share the prefix).
    const claims = Object.entries(stored)
      .filter(
        ([key, value]) =>
          key.startsWith(ESCALATION_CLAIMS) &&
          (value as Partial<EscalationLedger>).actions !== undefined,
      )
      .map(([key, value]) => ({ key, ...(value as EscalationLedger) }));
    expect(claims.some((c) => c.key.endsWith(':breach'))).toBe(true);
    expect(claims.some((c) => !c.key.endsWith(':breach'))).toBe(true);

    // Their effects in Jira: the issues escalated with a notice were notified about, and in the
    // example contract every breach labels its issue.
    const claimedIssues = new Set(
      claims
        .filter((c) => c.actions.some((record) => record.action.type === 'notify'))
        .map((c) => c.issueKey),
    );
    const notified = new Set(sim.jira.notifications.map((n) => n.issueKey));
    expect([...claimedIssues].filter((key) => !notified.has(key))).toEqual([]);
    for (const { issueKey } of claims.filter((c) => c.key.endsWith(':breach'))) {
      const issue = await sim.call<{ fields: { labels: string[] } }>({
        method: 'GET',
        path: `/rest/api/3/issue/${issueKey}`,
        query: { fields: 'labels' },
        accountId: null,
      });
      expect(issue.fields.labels).toContain('sla-breached');
    }
  });
});
