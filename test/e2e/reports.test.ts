/// <reference lib="dom" />
// Callbacks given to the browser (evaluate) run there, with the DOM.
/**
 * The SLA reports in a real browser against the demo site: the work list's global page opens
 * its Reports tab, shows what breached, draws the compliance chart for the months picked, and
 * downloads a table as CSV, in light and dark themes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { appFrame, openBrowser } from '../support/browser';
import { DEMO_USERS } from '../support/simulator';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';

const END = Date.parse('2026-03-16T09:00:00Z');

async function openReports(page: Page, base: string) {
  await page.goto(`${base}/jira/apps/work-list`);
  const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
  await frame.getByRole('tab', { name: 'Reports' }).click();
  await frame.getByRole('img', { name: 'Compliance per month' }).waitFor();
  return frame;
}

describe('SLA reports (browser)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    const sim = new Simulator({ start: END - 14 * 86_400_000 });
    await setUpDemoSite(sim);
    await playDemoStory(sim, END);
    browser = await openBrowser(sim);
  });
  afterAll(async () => browser?.close());

  it('picks a period, draws the chart with its table, and downloads the CSV', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    const reports = await openReports(page, browser.base);
    // The app's clock decides the default: the 12 months up to March 2026. (The Quality section
    // has a month range of its own.)
    const management = reports.getByRole('region', { name: 'Management report' });
    expect(await management.getByLabel('From', { exact: true }).inputValue()).toBe('2025-04');
    expect(await management.getByLabel('To', { exact: true }).inputValue()).toBe('2026-03');

    await management.getByLabel('From', { exact: true }).fill('2026-02');
    await management.getByLabel('Group by', { exact: true }).selectOption({ label: 'Customer' });
    await management.getByRole('button', { name: 'Show' }).click();
    const monthTable = reports.getByRole('table', {
      name: 'Compliance per month, 2026-02–2026-03',
    });
    await monthTable.waitFor();
    const chart = reports.getByRole('img', { name: 'Compliance per month' });
    // Recharts names each month on the axis and draws a bar, labelled with the table's
    // figure, for each month with a completed goal.
    expect(await chart.locator('.recharts-xAxis-tick-labels text').allTextContents()).toEqual([
      '2026-02',
      '2026-03',
    ]);
    const march = await monthTable.locator('tbody tr').nth(1).allTextContents();
    expect(march[0]).toMatch(/^2026-03\d+\d+\d+(\.\d)? %$/);
    const compliance = (
      await monthTable.locator('tbody tr td:nth-child(4)').allTextContents()
    ).filter((pct) => pct !== '–');
    const barLabels = await chart.locator('.recharts-label').allTextContents();
    // The labels keep figure and unit together with a no-break space.
    expect(barLabels.map((label) => label.replace(/\u00a0/g, ' '))).toEqual(compliance);
    expect(await chart.locator('.recharts-bar-rectangle path').count()).toBe(compliance.length);
    expect(await reports.getByRole('img', { name: 'Breaches by customer' }).count()).toBe(1);
    expect(
      await reports.getByRole('img', { name: 'Breached and breaching today, per team' }).count(),
    ).toBe(1);
    const figures = reports.getByRole('table', { name: /^Figures by customer/ });
    expect(await figures.locator('tbody tr').count()).toBeGreaterThan(1);

    const download = page.waitForEvent('download');
    await reports
      .locator('.data-table', { has: figures })
      .getByRole('button', { name: 'Download CSV' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sla-management-customer-all-2026-02-2026-03.csv');
    const csv = readFileSync((await file.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'Customer,Received,Resolved,Case load at end,Goals met,Goals missed,Compliance %,Open breaches,Reaction median (ms),Reaction 90th pct (ms),Resolution median (ms),Resolution 90th pct (ms)',
    );
    expect(csv.length - 2).toBe(await figures.locator('tbody tr').count());

    // The chart's table downloads too: the months the chart draws.
    const monthsDownload = page.waitForEvent('download');
    await reports
      .locator('.data-table', { has: monthTable })
      .getByRole('button', { name: 'Download CSV' })
      .click();
    const monthsFile = await monthsDownload;
    expect(monthsFile.suggestedFilename()).toBe('sla-compliance-per-month-all-2026-02-2026-03.csv');
    const monthsCsv = readFileSync((await monthsFile.path())!, 'utf8').split('\r\n');
    expect(monthsCsv[0]).toBe('Month,Goals met,Goals missed,Compliance %');
    expect(monthsCsv.slice(1, 3).map((line) => line.split(',')[0])).toEqual(['2026-02', '2026-03']);
    await browser.screenshot(page, 'reports-light');
  });

  it('reads in the dark theme too, the charts included', async () => {
    const colorsIn = async (theme: 'light' | 'dark') => {
      const page = await browser.pageAs(DEMO_USERS.lead, theme);
      const reports = await openReports(page, browser.base);
      const chart = reports.getByRole('img', { name: 'Compliance per month' });
      const colors = {
        page: await reports.locator('main.reports').evaluate((main) => {
          const style = getComputedStyle(main);
          return { text: style.color, background: style.backgroundColor };
        }),
        chartText: await chart
          .locator('.recharts-xAxis-tick-labels text')
          .first()
          .evaluate((text) => getComputedStyle(text).fill),
        bar: await chart
          .locator('.recharts-bar-rectangle path')
          .first()
          .evaluate((bar) => getComputedStyle(bar).fill),
      };
      await browser.screenshot(page, `reports-${theme}-charts`);
      return colors;
    };
    const light = await colorsIn('light');
    const dark = await colorsIn('dark');
    expect(dark.page).toEqual({ text: 'rgb(182, 194, 207)', background: 'rgb(29, 33, 37)' });
    // The design tokens' values in each theme: color.text.subtle and color.chart.success.
    expect(light.chartText).toBe('rgb(68, 84, 111)');
    expect(dark.chartText).toBe('rgb(159, 173, 188)');
    expect(light.bar).toBe('rgb(34, 160, 107)');
    expect(dark.bar).toBe('rgb(42, 187, 127)');
  });

  it('shows the quality measures per team and month, with CSAT and NPS drawn per month', async () => {
    const page = await browser.pageAs(DEMO_USERS.lead);
    const reports = await openReports(page, browser.base);
    const quality = reports.getByRole('region', { name: 'Quality' });
    await quality.getByLabel('From', { exact: true }).fill('2026-01');
    await quality.getByLabel('To', { exact: true }).fill('2026-03');
    await quality.getByRole('button', { name: 'Show' }).click();
    const months = quality.getByRole('table', { name: 'CSAT and NPS per month, 2026-01–2026-03' });
    await months.waitFor();
    const chart = quality.getByRole('img', { name: 'CSAT and NPS per month' });
    expect(await chart.locator('.recharts-xAxis-tick-labels text').allTextContents()).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // A bar for each month's CSAT % and NPS that has answers (a score of 0 draws no bar).
    const cells = await months
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    const measured = cells
      .flatMap((row) => [row[2], row[4]])
      .filter((v) => !/^(–|0( %)?)$/.test(v!));
    expect(await chart.locator('.recharts-bar-rectangle path').count()).toBe(measured.length);
    // From the frame, not the section: a `has` locator is looked up inside the element it filters.
    const teams = reports.getByRole('table', {
      name: 'Quality by team and month, 2026-01–2026-03',
    });
    const download = page.waitForEvent('download');
    await reports
      .locator('.data-table', { has: teams })
      .getByRole('button', { name: 'Download CSV' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('quality-2026-01-2026-03.csv');
    const csv = readFileSync((await file.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'Month,Team,CSAT answers,CSAT %,NPS answers,NPS,Flagged,Follow-ups due,Followed up in time %,Open NCs at end,NCs closed,CAPA cycle median (days),Overdue actions at end',
    );
    expect(csv.length - 2).toBe(await teams.locator('tbody tr').count());
    await browser.screenshot(page, 'reports-quality');
  });

  it('lets an administrator re-issue a customer report and download it', async () => {
    const page = await browser.pageAs(DEMO_USERS.admin);
    const reports = await openReports(page, browser.base);
    // The schedule issued February's reports on 1 March; asking again adds no revision when
    // nothing changed.
    const issued = reports.getByRole('table', { name: 'Issued customer reports' });
    const row = issued.locator('tbody tr', { hasText: 'Schultz production gold' }).filter({
      hasText: '2026-02',
    });
    await row.waitFor();
    await reports.getByLabel('Agreement', { exact: true }).selectOption('schultz-prod-gold');
    await reports.getByLabel('Month', { exact: true }).fill('2026-02');
    await reports.getByRole('button', { name: 'Issue report' }).click();
    await reports
      .getByText('Nothing changed since revision 1 of 2026-02: no new revision.')
      .waitFor();
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'CSV' }).click();
    expect((await download).suggestedFilename()).toBe('schultz-prod-gold-2026-02-r1.csv');
    await browser.screenshot(page, 'reports-customer-reports');
  });

  it('refuses an agent', async () => {
    const page = await browser.pageAs(DEMO_USERS.agents[0]);
    await page.goto(`${browser.base}/jira/apps/work-list`);
    const frame = await appFrame(page, 'SLA work list', '[role="tab"]');
    await frame.getByRole('tab', { name: 'Reports' }).click();
    await frame
      .getByText('Only Jira administrators and team leads can see the SLA reports.')
      .first()
      .waitFor();
  });
});
