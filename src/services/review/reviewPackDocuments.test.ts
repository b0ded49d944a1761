/**
 * A pack prepared from fake sources (the review is built against its sources' interface), and
 * its CSV and print documents.
 */
import { reviewPackCsv } from '../../domain/review/reviewPackCsv';
import { reviewPackHtml } from '../../domain/review/reviewPackHtml';
import { fakeReviewSources } from '../../../test/support/reviewSources';
import { prepareReviewPack } from './managementReview';

const NOW = Date.parse('2026-01-10T09:00:00Z');
const prepare = (sources = fakeReviewSources()) =>
  prepareReviewPack(sources, {
    period: { from: '2025-01', to: '2025-12' },
    timeZone: 'Europe/Copenhagen',
    now: NOW,
    auditResults: {
      audits: [
        {
          kind: 'internal',
          title: '=HYPERLINK("x") <b>audit</b>',
          heldOn: '2025-03-04',
          auditor: 'Ida Internal',
          majorFindings: 1,
          minorFindings: 0,
          observations: 2,
          summary: 'Findings, "quoted"',
        },
      ],
      conclusion: 'Effective.',
    },
  });

describe('a prepared review pack', () => {
  it('reads each source once, for the period in the time zone', async () => {
    const sources = fakeReviewSources();
    const pack = await prepare(sources);
    expect([...sources.calls].sort()).toEqual([
      'kpis 2025-01..2025-12',
      'non-conformities',
      'register',
      'relationships 2025-01..2025-12',
      'risk 2025-01..2025-12',
      'sla',
    ]);
    expect(pack.customerSatisfaction.surveyAnswers).toBe(110);
    expect(pack.kpis.summary[0]).toMatchObject({ trend: 'improved', monthsMeetingTarget: 7 });
    expect(pack.slaCompliance.total).toEqual({ met: 12, missed: 2, compliancePct: 85.7 });
    expect(pack.nonConformities.open).toMatchObject({ total: 1, overdueActions: 1 });
    expect(pack.risk).toMatchObject({ openRisks: 1, approvalsDue: 1 });
  });

  it('writes a long CSV a spreadsheet reads safely', async () => {
    const csv = reviewPackCsv(await prepare(), 2);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Section,Subject,Month,Measure,Value');
    expect(lines).toContain('Review,,,Revision,2');
    expect(lines).toContain('Review,,,Time zone,Europe/Copenhagen');
    // A formula-looking text is defused and quoted, quotes doubled.
    expect(csv).toContain(`"'=HYPERLINK(""x"") <b>audit</b> (internal)",2025-03,Major findings,1`);
    expect(lines).toContain('SLA compliance,Schultz A/S,,Compliance (%),90');
    expect(lines).toContain('KPIs,SLA compliance,2025-12,Value (%),101');
    expect(lines).toContain('Open non-conformities,QM-1,,CAPA step,Corrective actions');
    expect(lines).toContain('Risk register,Key supplier <fails>,,Approval required,Board');
  });

  it('prints every section with the user’s text escaped', async () => {
    const pack = await prepare();
    const html = reviewPackHtml(pack, { revision: 3, issuedBy: 'acc-admin', issuedAt: NOW });
    for (const heading of [
      '1. Audit results',
      '2. Customer satisfaction',
      '3. Quality KPIs against target',
      '4. Risk score and register',
      '5. Non-conformities and corrective actions',
      '6. SLA compliance per customer',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('Revision 3, issued 10 January 2026 by acc-admin');
    expect(html).not.toContain('<b>audit</b>');
    expect(html).toContain('&#60;b&#62;audit&#60;/b&#62;');
    expect(html).toContain('Key supplier &#60;fails&#62;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img/);
    expect(reviewPackHtml(pack, null)).toContain('Draft: not issued');
  });
});
