import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { demoSimulator, DEMO_USERS, MONDAY_0800_CPH } from '../support/simulator';

const { lead, admin } = DEMO_USERS;
/** The daily schedule runs on day boundaries (UTC): the first after Monday 08:00 in Copenhagen. */
const TUESDAY_0000_UTC = Date.parse('2026-03-03T00:00:00Z');

async function setUp() {
  const demo = await demoSimulator(MONDAY_0800_CPH);
  const { sim, act } = demo;
  await saveQualitySettings(
    sim.forge.store,
    {
      ...DEFAULT_QUALITY_SETTINGS,
      followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: null },
      leads: { byTeam: [], byComponent: [], byProject: [], fallback: lead },
      nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' },
    },
    { savedBy: admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
  /** Schultz A/S's contact files a complaint in the support project. */
  const complain = async (summary: string, issueType = 'Complaint') => {
    const key = await act.createIssue('cust-mette-schultz', {
      issuetype: { name: issueType },
      summary,
      customfield_10050: { value: 'Schultz A/S' },
      customfield_10051: { value: 'Production' },
      customfield_10052: { value: 'ihlp' },
    });
    await sim.forge.settle();
    return key;
  };
  return { ...demo, complain };
}

describe('complaints in the simulator', () => {
  it('a complaint issue is recorded once as flagged feedback and followed up by the lead', async () => {
    const { sim, complain } = await setUp();
    const key = await complain('You lost our invoices');
    const feedback = await sim.forge.sql.db.selectFrom('feedback').selectAll().execute();
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({
      source: 'complaint',
      scale: 'none',
      reason: 'complaint',
      issue_key: key,
      customer: 'schultz',
      flagged: 1,
      comment: 'You lost our invoices',
    });
    expect(JSON.parse(feedback[0]!.flag_causes!)).toEqual([{ kind: 'complaint' }]);

    const followUps = await sim.forge.sql.db.selectFrom('follow_ups').selectAll().execute();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.lead).toBe(lead);
    const issue = await sim.call<{ fields: { summary: string; assignee: { accountId: string } } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${followUps[0]!.issue_key}`,
      accountId: null,
    });
    expect(issue.fields.summary).toBe(`Follow up: complaint from schultz on ${key}`);
    expect(issue.fields.assignee.accountId).toBe(lead);

    // An ordinary incident is no complaint.
    await complain('Login slow', 'Incident');
    expect(await sim.forge.sql.db.selectFrom('feedback').selectAll().execute()).toHaveLength(1);
  });

  it('three complaints of one customer raise one non-conformity in the daily job', async () => {
    const { sim, complain } = await setUp();
    await complain('Invoices lost');
    await complain('Nobody called back');
    await complain('Wrong report again');
    await sim.advanceTo(TUESDAY_0000_UTC + 60_000);
    const raised = await sim.forge.sql.db.selectFrom('non_conformities').selectAll().execute();
    expect(raised).toHaveLength(1);
    expect(raised[0]!.group_key).toBe('customer:schultz');
    const links = await sim.forge.sql.db.selectFrom('non_conformity_links').selectAll().execute();
    expect(links).toHaveLength(3);
  });
});
