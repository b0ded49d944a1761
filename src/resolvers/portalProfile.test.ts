/**
 * The profile panel on the customer portal, per role: a customer sees their own organisation's
 * agreements and issued reports and downloads them as the administrator would; another
 * customer's report is not found, in the same words as one that does not exist.
 */
import { randomUUID } from 'node:crypto';
import { issueCustomerReport } from '../services/customerReports';
import { insertIssuedReport, issuedReport } from '../storage/reports/issuedReports';
import {
  ANONYMOUS,
  dataOf,
  DEMO_USERS,
  INGRID,
  METTE,
  portalSite,
  staff,
} from '../../test/support/portalSite';
import { customerReportResolvers } from './customerReports';
import { NOT_A_CONTACT } from './portalProfile';
import type { PortalProfileView, PortalReportDownload } from './portalViews';
import type { ReportDownload } from './views';

async function site() {
  const env = await portalSite();
  const model = (await env.sim.forge.contracts.model())!;
  const issue = async (agreementId: string, period: string) => {
    const agreement = model.contract.agreements.find((a) => a.id === agreementId)!;
    const outcome = await issueCustomerReport(
      env.sim.forge.context(),
      model,
      agreement,
      period,
      DEMO_USERS.admin,
      { notify: false },
    );
    return outcome.report.report_id;
  };
  const schultzJan = await issue('schultz-prod-gold', '2026-01');
  const schultzFeb = await issue('schultz-prod-gold', '2026-02');
  const fjellheimFeb = await issue('fjellheim-prod', '2026-02');
  // A second revision of Schultz's February report (as if the figures had moved).
  const first = (await issuedReport(env.sim.forge.sql.db, schultzFeb))!;
  const schultzFebR2 = randomUUID();
  await insertIssuedReport(env.sim.forge.sql.db, {
    ...first,
    report_id: schultzFebR2,
    revision: 2,
    issued_at: first.issued_at + 1000,
  });
  const profile = (person = METTE) => env.invoke<PortalProfileView>(person, 'getPortalProfile', {});
  const download = (payload: unknown, person = METTE) =>
    env.invoke<PortalReportDownload>(person, 'downloadPortalReport', payload);
  return {
    ...env,
    profile,
    download,
    reports: { schultzJan, schultzFeb, schultzFebR2, fjellheimFeb },
  };
}

describe('the profile panel on the portal', () => {
  it('shows a customer their organisation’s agreements and issued reports only', async () => {
    const { profile, reports } = await site();
    const data = dataOf(await profile());
    expect(data.customers.map((c) => c.id)).toEqual(['schultz']);
    const [schultz] = data.customers;
    expect(schultz!.agreements.map((a) => a.id)).toEqual([
      'schultz-prod-silver-2024',
      'schultz-prod-gold',
      'schultz-nonprod',
      'schultz-mobile',
    ]);
    expect(schultz!.agreements.find((a) => a.id === 'schultz-prod-gold')).toMatchObject({
      name: expect.any(String),
      product: 'ihlp',
      environments: ['Production'],
      validFrom: '2025-07-01',
      validTo: null,
      obligations: expect.arrayContaining([
        expect.objectContaining({
          goal: 'reaction',
          targets: expect.arrayContaining([
            expect.objectContaining({ target: expect.stringMatching(/business/) }),
          ]),
        }),
      ]),
    });
    // Newest month first, and in a month the latest revision first.
    expect(schultz!.reports.map((r) => [r.reportId, r.period, r.revision])).toEqual([
      [reports.schultzFebR2, '2026-02', 2],
      [reports.schultzFeb, '2026-02', 1],
      [reports.schultzJan, '2026-01', 1],
    ]);
    expect(schultz!.reports[0]).toMatchObject({
      agreement: { id: 'schultz-prod-gold' },
      issuedAt: expect.any(String),
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const text = JSON.stringify(data);
    for (const word of ['fjellheim', 'Fjellheim', reports.fjellheimFeb]) {
      expect(text).not.toContain(word);
    }
  });

  it('shows the other customer theirs, and never an internal goal', async () => {
    const { profile, reports } = await site();
    const data = dataOf(await profile(INGRID));
    expect(data.customers.map((c) => c.id)).toEqual(['fjellheim']);
    expect(data.customers[0]!.reports.map((r) => r.reportId)).toEqual([reports.fjellheimFeb]);
    for (const person of [METTE, INGRID]) {
      const text = JSON.stringify(dataOf(await profile(person)));
      // fjellheim-prod and schultz-prod-gold both carry the 2nd-line pick-up OLA.
      for (const word of ['second-line-pickup', '2nd line']) expect(text).not.toContain(word);
    }
  });

  it('costs one Jira request: who is asking; the rest is the app’s own storage', async () => {
    const { profile, sim } = await site();
    const before = sim.jira.requestLog.length;
    dataOf(await profile());
    expect(sim.jira.requestLog.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/api/3/myself',
    ]);
  });

  it('gives staff who are no customer’s contact nothing, and says why', async () => {
    const { profile } = await site();
    expect(dataOf(await profile(staff()))).toEqual({ customers: [], notice: NOT_A_CONTACT });
  });

  it('refuses an anonymous visitor both the profile and a download', async () => {
    const { profile, download, reports } = await site();
    expect(await profile(ANONYMOUS)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await download({ reportId: reports.schultzJan, format: 'csv' }, ANONYMOUS),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('downloads the customer’s report exactly as the administrator gets it', async () => {
    const { download, reports, sim } = await site();
    const admin = sim.forge.resolverContext(DEMO_USERS.admin);
    for (const format of ['csv', 'html'] as const) {
      const payload = { reportId: reports.schultzFeb, format };
      const mine = dataOf(await download(payload));
      const adminAnswer = await customerReportResolvers.downloadReport(
        payload,
        { accountId: DEMO_USERS.admin },
        admin,
      );
      expect(mine).toEqual(dataOf(adminAnswer as { ok: true; data: ReportDownload }));
    }
  });

  it('answers another customer’s report as it answers a report that does not exist', async () => {
    const { download, reports } = await site();
    const theirs = await download({ reportId: reports.fjellheimFeb, format: 'html' });
    const missingId = randomUUID();
    const missing = await download({ reportId: missingId, format: 'html' });
    expect(theirs).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const words = (answer: typeof theirs, id: string) =>
      !answer.ok && answer.error.message.replace(id, '<id>');
    expect(words(theirs, reports.fjellheimFeb)).toBe(words(missing, missingId));
    // Staff on the portal speak for no customer: no report is theirs to download there.
    expect(await download({ reportId: reports.schultzJan, format: 'csv' }, staff())).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('names each problem of a bad download request', async () => {
    const { download } = await site();
    expect(await download({ reportId: 'x', format: 'pdf' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.format', message: 'must be csv or html' },
          { path: '$.reportId', message: 'must be the id of an issued report' },
        ],
      },
    });
    expect(await download(['x'])).toMatchObject({ ok: false, error: { errors: [{ path: '$' }] } });
  });
});

describe('hostile input to the download', () => {
  it('answers every payload with a refusal that names the field, never "failed"', async () => {
    const { download, reports, sim } = await site();
    const HOSTILE: unknown[] = [null, 0, 'x'.repeat(2 * 1024 * 1024), [], { a: null }, ['x']];
    for (const value of HOSTILE) {
      for (const payload of [
        value,
        { reportId: value, format: 'csv' },
        { reportId: reports.schultzJan, format: value },
      ]) {
        const answer = await download(payload);
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
      }
    }
    expect(sim.forge.log.filter((entry) => entry.message === 'resolver failed')).toEqual([]);
  });
});
