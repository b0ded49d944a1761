import example from '../../examples/contract.json';
import { testDatabase } from '../../test/support/testDatabase';
import { ContractRepository } from '../storage/contractRepository';
import { MemoryStore } from '../storage/memoryStore';
import type { SqlDatabase } from '../storage/sql/schema';
import { customerReportResolvers as resolvers } from './customerReports';
import type { ResolverCall, ResolverContext } from './resolverKit';
import type { IssueReportOutcome, IssuedReportView, ReportDownload, ReportList } from './views';

const ADMIN: ResolverCall = { accountId: 'admin-1' };
let db: SqlDatabase;
let admin: boolean;
let ctx: ResolverContext;

beforeEach(async () => {
  db = await testDatabase();
  const contracts = new ContractRepository(new MemoryStore());
  await contracts.save(example, { savedBy: 'admin', savedAt: '2026-01-01T00:00:00.000Z' });
  admin = true;
  // Only what these resolvers use: the store, the contract, the clock and Jira's permission answer.
  ctx = {
    sql: db,
    contracts,
    now: () => Date.parse('2026-11-15T12:00:00Z'),
    log: () => undefined,
    jiraAsUser: { myPermissions: async () => ({ ADMINISTER: admin }) },
  } as unknown as ResolverContext;
});

afterEach(() => db.destroy());

const call = <T>(name: keyof typeof resolvers, payload: unknown) =>
  resolvers[name](payload, ADMIN, ctx) as Promise<
    { ok: true; data: T } | { ok: false; error: { code: string; errors?: unknown } }
  >;

describe('customer report resolvers', () => {
  it('issue, list, get and download a report', async () => {
    const issued = await call<IssueReportOutcome>('issueReport', {
      agreement: 'schultz-prod-gold',
      period: '2026-10',
    });
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(issued.data.issued).toBe(true);
    expect(issued.data.summary).toMatchObject({
      agreement: { id: 'schultz-prod-gold' },
      customer: { id: 'schultz', name: 'Schultz A/S' },
      period: '2026-10',
      periodStart: '2026-09-30T22:00:00.000Z',
      periodEnd: '2026-10-31T23:00:00.000Z',
      revision: 1,
      contractVersion: 1,
      issuedBy: 'admin-1',
      changeNote: null,
    });
    const { reportId } = issued.data.summary;

    const again = await call<IssueReportOutcome>('issueReport', {
      agreement: 'schultz-prod-gold',
      period: '2026-10',
    });
    expect(again).toMatchObject({ ok: true, data: { issued: false, unchanged: true } });

    const list = await call<ReportList>('listReports', {});
    if (!list.ok) throw new Error('list failed');
    expect(list.data.reports.map((r) => r.reportId)).toEqual([reportId]);
    expect(list.data.agreements.find((a) => a.id === 'fjellheim-prod')?.timeZone).toBe(
      'Europe/Oslo',
    );

    const got = await call<IssuedReportView>('getReport', { reportId });
    expect(got).toMatchObject({
      ok: true,
      data: { report: { casesCreated: 0, period: { key: '2026-10' } } },
    });

    const csv = await call<ReportDownload>('downloadReport', { reportId, format: 'csv' });
    expect(csv).toMatchObject({
      ok: true,
      data: { fileName: 'schultz-prod-gold-2026-10-r1.csv', mimeType: 'text/csv' },
    });
    const html = await call<ReportDownload>('downloadReport', { reportId, format: 'html' });
    expect(html).toMatchObject({ ok: true, data: { mimeType: 'text/html' } });
  });

  it('refuses everyone but Jira administrators, on every resolver', async () => {
    admin = false;
    for (const name of Object.keys(resolvers) as (keyof typeof resolvers)[]) {
      const answer = await call(name, { agreement: 'schultz-prod-gold', period: '2026-10' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.selectFrom('issued_reports').selectAll().execute()).toEqual([]);
  });

  it('refuses bad payloads with the path of each problem', async () => {
    expect(await call('issueReport', { agreement: 'nope', period: '2026-13' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.agreement', message: 'must be the id of an agreement' },
          { path: '$.period', message: 'must be a month YYYY-MM' },
        ],
      },
    });
    // November has not ended in Copenhagen on 15 November; the gold agreement began in July 2025.
    for (const period of ['2026-11', '2025-06']) {
      expect(await call('issueReport', { agreement: 'schultz-prod-gold', period })).toMatchObject({
        ok: false,
        error: { code: 'invalid', errors: [{ path: '$.period' }] },
      });
    }
    expect(await call('downloadReport', { reportId: 'x', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.format' }, { path: '$.reportId' }] },
    });
    expect(await call('listReports', { agreement: 7 })).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.agreement' }] },
    });
    expect(await call('getReport', [])).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$' }] },
    });
    expect(
      await call('getReport', { reportId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });
});
