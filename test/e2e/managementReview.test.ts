/// <reference lib="dom" />
/**
 * The Management review tab in a real browser: the administrator sees the draft of last year
 * and the pack issued by the demo, prints it from its print view, enters an audit and issues
 * the next revision after confirming; an agent reads without the issue controls.
 */
import { setUpKpiDemo } from '../../src/simulator/demo/kpis';
import { setUpManagementReviewDemo } from '../../src/simulator/demo/managementReview';
import { setUpRiskDemo } from '../../src/simulator/demo/risk';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { listReviewPacks } from '../../src/storage/review/reviewPacks';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';

/** Mid-December 2026 in Copenhagen: the annual review covers December 2025 to November 2026. */
const DECEMBER = Date.parse('2026-12-15T10:00:00Z');

describe('management review (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let sim: Simulator;

  beforeAll(async () => {
    sim = new Simulator({ start: DECEMBER });
    await setUpDemoSite(sim);
    await setUpRiskDemo(sim);
    await setUpKpiDemo(sim);
    await setUpManagementReviewDemo(sim);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('prints the issued pack and issues the next revision with an audit', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    await page.goto(`${browser.base}/jira/apps/quality/review`);
    const frame = await appFrame(page, 'SLA work list', '.review');
    await frame.getByText(/Draft of 2025-12 to 2026-11/).waitFor();
    await frame.getByText(/Revision 1 of this period is issued/).waitFor();
    const list = frame.getByRole('table', { name: 'Issued management reviews' });
    await list.getByRole('button', { name: 'Print 2025-12 to 2026-11, revision 1' }).click();
    const print = frame.frameLocator('iframe[title^="Print view"]');
    await print.getByRole('heading', { name: 'Management review 2025-12 to 2026-11' }).waitFor();
    await print.getByText('ISO 9001 surveillance audit').waitFor();
    await browser.screenshot(page, 'management-review-print');
    await frame.getByRole('button', { name: 'Close the print view' }).click();

    await frame.getByRole('button', { name: 'Add an audit' }).click();
    const audit = frame.getByRole('group', { name: 'Audit 1' });
    await audit.getByLabel('Audit', { exact: true }).fill('Follow-up audit of complaints');
    await audit.getByLabel('Held on').fill('2026-10-20');
    await audit.getByLabel('Auditor').fill('Lars Lead');
    await frame.getByRole('button', { name: 'Issue the review…' }).click();
    await frame.getByRole('button', { name: 'Issue revision 2' }).click();
    await frame.getByText('Revision 2 of 2025-12 to 2026-11 is issued.').waitFor();
    await list.getByRole('button', { name: 'Print 2025-12 to 2026-11, revision 2' }).waitFor();
    await browser.screenshot(page, 'management-review');

    const packs = await listReviewPacks(sim.forge.sql.db);
    expect(packs.map((p) => [p.revision, p.issued_by])).toEqual([
      [2, DEMO_USERS.admin],
      [1, DEMO_USERS.admin],
    ]);
  });

  it('lets an agent read the review without issuing', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/jira/apps/quality/review`);
    const frame = await appFrame(page, 'SLA work list', '.review');
    await frame.getByText(/Draft of 2025-12 to 2026-11/).waitFor();
    await frame.getByRole('heading', { name: 'SLA compliance per customer' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Issue the review…' }).count()).toBe(0);
  });
});
