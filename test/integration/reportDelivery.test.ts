import { setUpReportDelivery } from '../../src/simulator/demo/reportDelivery';
import { contactAccountId, DEMO_USERS, setUpDemoSite } from '../../src/simulator/demo/site';
import { APP_ACCOUNT_ID } from '../../src/simulator/jira';
import { Simulator } from '../../src/simulator/simulator';
import { adfToText } from '../../src/jira/adf';
import type { JiraComment } from '../../src/jira/types';

const at = (iso: string) => Date.parse(iso);

/**
 * The demo's report delivery end to end on the simulator, which holds the app to the manifest's
 * scopes and Jira's comment and notify rules: November ends, the hourly trigger issues each
 * agreement's report and posts it on the customer's "Service reports" request, and Jira
 * notifies the customer's contacts.
 */
describe('monthly customer reports delivered through Jira in the demo', () => {
  it('posts each agreement report on its customer request and notifies the contacts', async () => {
    const sim = new Simulator({ start: at('2026-11-30T20:00:00Z') });
    await setUpDemoSite(sim);
    await setUpReportDelivery(sim);
    // Copenhagen's November ends at 23:00 UTC; Stockholm's and Oslo's too.
    await sim.advanceTo(at('2026-12-01T01:00:00Z'));

    expect(sim.forge.log.filter((l) => l.level === 'error' || /failed/.test(l.message))).toEqual(
      [],
    );
    const deliveries = await sim.forge.sql.db
      .selectFrom('report_deliveries')
      .innerJoin('issued_reports', 'issued_reports.report_id', 'report_deliveries.report_id')
      .select(['issue_key', 'status', 'period', 'comment_id'])
      .where('period', '=', '2026-11')
      .execute();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);

    const { comments } = await sim.call<{ comments: JiraComment[] }>({
      method: 'GET',
      path: '/rest/api/3/issue/REP-1/comment',
      accountId: DEMO_USERS.admin,
    });
    const november = comments.filter((c) => adfToText(c.body).includes(', 2026-11\n'));
    expect(november.length).toBeGreaterThan(0);
    expect(november.every((c) => c.author?.accountId === APP_ACCOUNT_ID)).toBe(true);

    const sent = sim.jira.notifications.filter(
      (n) => n.issueKey === 'REP-1' && n.subject?.includes('2026-11'),
    );
    expect(sent).toHaveLength(november.length);
    expect(sent[0]!.recipients).toEqual(
      expect.arrayContaining([contactAccountId('mette.schultz@schultz.example')]),
    );
  });
});
