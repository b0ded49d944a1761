import { buildCustomerReport } from './buildCustomerReport';
import { customerReportCsv } from './customerReportCsv';
import { customerReportHtml } from './customerReportHtml';
import { reportPeriod } from './reportPeriod';

const report = buildCustomerReport({
  agreement: { id: 'gold', name: 'Gold <b>' },
  customer: { id: 'acme', name: 'Acme & Co' },
  period: reportPeriod('2026-11', 'Europe/Oslo'),
  contractVersion: 3,
  issues: [],
  goals: [
    {
      issueKey: 'A-1',
      goal: 'response',
      goalName: '=cmd|calc',
      cycle: 0,
      internal: false,
      priority: 'p1',
      priorityName: 'Critical',
      priorityRank: 1,
      startedAt: Date.parse('2026-11-02T08:00:00Z'),
      stoppedAt: Date.parse('2026-11-02T09:30:00Z'),
      targetMs: 7_200_000,
      elapsedMs: 5_400_000,
      result: 'met',
      breachedAt: null,
    },
  ],
});

describe('customerReportCsv', () => {
  it('has a header and one row per goal measured, formula cells defused', () => {
    expect(customerReportCsv(report)).toBe(
      'Issue,Goal,Cycle,Priority,Target (hours),Elapsed (hours),Result,Started (UTC),Stopped (UTC)\r\n' +
        "A-1,'=cmd|calc,1,Critical,2.00,1.50,met,2026-11-02T08:00:00.000Z,2026-11-02T09:30:00.000Z\r\n",
    );
  });
});

describe('customerReportHtml', () => {
  const html = customerReportHtml(report, '2026-12-01T00:05:00.000Z', 2);

  it('is a self-contained A4 document: no scripts, links or images', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
  });

  it('escapes the contract text it shows', () => {
    expect(html).toContain('Gold &#60;b&#62;');
    expect(html).toContain('Acme &#38; Co');
    expect(html).not.toContain('Gold <b>');
  });

  it('shows the figures, the revision and every goal row', () => {
    expect(html).toContain('revision 2');
    expect(html).toContain(
      'Period: 1 November 2026 at 00:00 to 1 December 2026 at 00:00 (Europe/Oslo)',
    );
    expect(html).toContain('<td>All goals</td><td>1</td><td>0</td><td>100 %</td>');
    expect(html).toContain(
      '<td>A-1</td><td>=cmd|calc</td><td>Critical</td><td>2.00 h</td><td>1.50 h</td><td>met</td>',
    );
  });
});
