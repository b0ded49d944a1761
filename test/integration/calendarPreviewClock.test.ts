/**
 * The admin page's calendar preview starts today by the app's clock, in the calendar's time
 * zone: in the simulator, the simulated day, not the browser's.
 */
import contract from '../../examples/contract.json';
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

describe('the calendar preview', () => {
  it('starts on the app’s date in the calendar’s time zone when the page names no date', async () => {
    // Sunday 1 March 2026, 23:30 UTC: already Monday 2 March in Copenhagen.
    const { sim } = await demoSimulator(Date.parse('2026-03-01T23:30:00Z'));
    const ctx: ResolverContext = {
      ...sim.forge.context(),
      jiraAsUser: sim.forge.jiraClient(DEMO_USERS.admin),
    };
    const preview = (await appResolvers.adminResolver.previewCalendar!(
      { contract, calendar: 'dk-office', days: 2 },
      { accountId: DEMO_USERS.admin },
      ctx,
    )) as { ok: true; data: { date: string }[] };
    expect(preview.data.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03']);
  });
});
