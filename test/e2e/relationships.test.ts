/// <reference lib="dom" />
/**
 * The Quality page's Relationships tab in a real browser, on the relationship demo: the register
 * with its warnings and filter, a customer's detail with its meetings and their actions' live
 * status and complaints, the measures' chart and table; an admin names Fjellheim's account
 * manager (the warning goes) and records a meeting whose action becomes a Jira issue.
 */
import { setUpQualityDemo } from '../../src/simulator/demo/qualitySettings';
import { setUpRelationshipsDemo } from '../../src/simulator/demo/relationships';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';

/** Thursday 10 December 2026, 10:00 in Copenhagen. */
const DEC_10 = Date.parse('2026-12-10T09:00:00Z');

describe('Relationships tab (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;

  beforeAll(async () => {
    sim = new Simulator({ start: DEC_10 });
    await setUpDemoSite(sim);
    await setUpQualityDemo(sim);
    await setUpRelationshipsDemo(sim);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('shows the register, a customer and the measures; an admin edits and records a meeting', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    await page.goto(`${browser.base}/jira/apps/quality/relationships`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'Relationships', selected: true }).waitFor();

    const register = frame.getByRole('table', { name: 'Relationship register' });
    const fjellheim = register.getByRole('row').filter({ hasText: 'Fjellheim Drift AS' });
    expect(await fjellheim.textContent()).toContain('No account manager');
    await frame.getByLabel('Show').selectOption('noAccountManager');
    expect(await register.getByRole('row').count()).toBe(2);
    await frame.getByLabel('Show').selectOption('all');

    // The measures: chart and table of this month.
    await frame.getByRole('img', { name: 'Relationship measures by month' }).waitFor();
    const measures = frame.getByRole('table', { name: 'Relationship measures by month' });
    expect(await measures.getByRole('row').filter({ hasText: '2026-12' }).textContent()).toContain(
      '66.7 %',
    );

    // Schultz: its meeting, the action resolved already, and its complaint.
    await register.getByRole('button', { name: 'Schultz A/S' }).click();
    const schultz = frame.getByRole('region', { name: 'Customer Schultz A/S' });
    const actions = schultz.getByRole('table', { name: /^Actions of the meeting on / });
    expect(
      await actions
        .getByRole('row')
        .filter({ hasText: 'Correct the invoice address' })
        .textContent(),
    ).toContain('Resolved');
    await schultz.getByText('Invoices were sent to the wrong address twice').waitFor();

    // The admin names Fjellheim's account manager: the warning goes.
    await register.getByRole('button', { name: 'Fjellheim Drift AS' }).click();
    const region = frame.getByRole('region', { name: 'Customer Fjellheim Drift AS' });
    const form = region.getByRole('form', { name: 'Edit Fjellheim Drift AS' });
    await form.getByLabel('Account manager (account id)').fill(DEMO_USERS.lead);
    await form.getByRole('button', { name: 'Save relationship' }).click();
    await region.getByText(/^Revision 2 by /).waitFor();
    await register
      .getByRole('row')
      .filter({ hasText: 'Fjellheim Drift AS' })
      .getByText('Complete')
      .waitFor();

    // …and records a meeting with one action: a QM issue, shown with its status.
    const meeting = region.getByRole('form', { name: 'Record a meeting' });
    await meeting.getByLabel('Meeting date').fill('2026-12-10');
    await meeting.getByLabel('Attendees (one a line)').fill('Ingrid Bakke\nThe team lead');
    await meeting.getByLabel('Minutes').fill('Kick-off with the new account manager.');
    await meeting.getByRole('button', { name: 'Add action' }).click();
    await meeting.getByLabel('Action 1 summary').fill('Send the escalation contacts');
    await meeting.getByLabel('Action 1 owner (account id)').fill(DEMO_USERS.lead);
    await meeting.getByLabel('Action 1 due date').fill('2026-12-17');
    await meeting.getByRole('button', { name: 'Record meeting' }).click();
    const recorded = region.getByRole('table', { name: 'Actions of the meeting on 2026-12-10' });
    const row = recorded.getByRole('row').filter({ hasText: 'Send the escalation contacts' });
    await row.getByRole('link', { name: /^QM-\d+$/ }).waitFor();
    expect(await row.textContent()).toContain('Open');
    await browser.screenshot(page, 'relationships');
  });
});
