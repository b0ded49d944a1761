import example from '../../examples/contract.json';
import { testDatabase } from '../../test/support/testDatabase';
import { JiraClient } from '../jira/jiraClient';
import { ContractRepository } from '../storage/contractRepository';
import { MemoryStore } from '../storage/memoryStore';
import type { SqlDatabase } from '../storage/sql/schema';
import { customerReportResolvers as resolvers } from './customerReports';
import type { ResolverCall, ResolverContext } from './resolverKit';
import type {
  DeliverySettingsView,
  IssueReportOutcome,
  IssuedReportSummary,
  IssuedReportView,
  ReportDownload,
  ReportList,
} from './views';

const ADMIN: ResolverCall = { accountId: 'admin-1' };
let db: SqlDatabase;
let admin: boolean;
let ctx: ResolverContext;
/** What the app asked Jira to write, as `METHOD path`. */
let writes: string[];

/** Jira as the app: SUP-12 exists, no other issue; comments and notifications are accepted. */
const appJira = () =>
  new JiraClient(
    async (request) => {
      if (request.method === 'GET') {
        return request.path === '/rest/api/3/issue/SUP-12'
          ? { status: 200, headers: {}, body: { id: '10012', key: 'SUP-12', fields: {} } }
          : { status: 404, headers: {}, body: { errorMessages: ['Issue does not exist'] } };
      }
      writes.push(`${request.method} ${request.path}`);
      return request.path.endsWith('/comment')
        ? { status: 201, headers: {}, body: { id: String(writes.length) } }
        : { status: 204, headers: {}, body: undefined };
    },
    { sleep: async () => undefined },
  );

beforeEach(async () => {
  db = await testDatabase();
  const contracts = new ContractRepository(new MemoryStore());
  await contracts.save(example, { savedBy: 'admin', savedAt: '2026-01-01T00:00:00.000Z' });
  admin = true;
  writes = [];
  // Only what these resolvers use: the stores, the contract, the clock and Jira.
  ctx = {
    sql: db,
    store: new MemoryStore(),
    jira: appJira(),
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

  it('saves delivery settings, delivers what is issued, and lists each revision with its delivery', async () => {
    expect(await call('getDeliverySettings', { agreement: 'schultz-prod-gold' })).toMatchObject({
      ok: true,
      data: { settings: { schedule: 'monthly', deliveryIssue: null } },
    });
    const settings = {
      schedule: 'onDemand',
      deliveryIssue: 'SUP-12',
      recipients: { users: ['acc-customer'], groups: [], reporter: true, watchers: true },
    };
    const saved = await call<DeliverySettingsView>('saveDeliverySettings', {
      agreement: 'schultz-prod-gold',
      settings,
    });
    expect(saved).toEqual({ ok: true, data: { agreement: 'schultz-prod-gold', settings } });
    expect(await call('getDeliverySettings', { agreement: 'schultz-prod-gold' })).toEqual(saved);

    // Issued for internal checking: nothing is posted.
    const quiet = await call<IssueReportOutcome>('issueReport', {
      agreement: 'schultz-prod-gold',
      period: '2026-09',
      notify: false,
    });
    expect(quiet).toMatchObject({ ok: true, data: { issued: true, summary: { delivery: null } } });
    expect(writes).toEqual([]);

    const issued = await call<IssueReportOutcome>('issueReport', {
      agreement: 'schultz-prod-gold',
      period: '2026-10',
    });
    expect(issued).toMatchObject({
      ok: true,
      data: {
        summary: {
          delivery: {
            status: 'delivered',
            issueKey: 'SUP-12',
            recipientCount: 3,
            attempts: 1,
            deliveredAt: '2026-11-15T12:00:00.000Z',
          },
        },
      },
    });
    expect(writes).toEqual([
      'POST /rest/api/3/issue/SUP-12/comment',
      'POST /rest/api/3/issue/SUP-12/notify',
    ]);

    // September, issued quietly, is delivered when asked; a delivered revision is not.
    if (!quiet.ok) throw new Error('not issued');
    const september = quiet.data.summary.reportId;
    expect(await call<IssuedReportSummary>('retryDelivery', { reportId: september })).toMatchObject(
      { ok: true, data: { delivery: { status: 'delivered' } } },
    );
    expect(await call('retryDelivery', { reportId: september })).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'Revision 1 of 2026-09 is delivered already.' },
    });
    const list = await call<ReportList>('listReports', {});
    if (!list.ok) throw new Error('list failed');
    expect(list.data.reports.map((r) => [r.period, r.delivery?.status])).toEqual([
      ['2026-10', 'delivered'],
      ['2026-09', 'delivered'],
    ]);
    expect(await call('getReport', { reportId: september })).toMatchObject({
      ok: true,
      data: { summary: { delivery: { status: 'delivered', issueKey: 'SUP-12' } } },
    });
  });

  it('refuses delivery settings with the path and reason of each problem', async () => {
    expect(
      await call('saveDeliverySettings', {
        agreement: 'nope',
        settings: { schedule: 'weekly', recipients: { users: [''] } },
        extra: true,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.agreement', message: 'must be the id of an agreement' },
          { path: '$.settings.schedule', message: 'must be one of monthly, onDemand' },
          {
            path: '$.settings.recipients.users[0]',
            message: 'must be a name or id of 1 to 128 characters',
          },
          { path: '$.extra', message: 'is not a field of the request' },
        ],
      },
    });
    expect(
      await call('saveDeliverySettings', {
        agreement: 'schultz-prod-gold',
        settings: { deliveryIssue: 'SUP-99', recipients: { reporter: true } },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          {
            path: '$.settings.deliveryIssue',
            message: 'SUP-99 does not exist, or the app cannot see it',
          },
        ],
      },
    });
    expect(await call('getDeliverySettings', { agreement: 'nope' })).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.agreement' }] },
    });
    expect(
      await call('issueReport', { agreement: 'schultz-prod-gold', period: '2026-10', notify: 1 }),
    ).toMatchObject({ ok: false, error: { errors: [{ path: '$.notify' }] } });
    // Nothing to deliver to: the agreement has no delivery issue.
    const issued = await call<IssueReportOutcome>('issueReport', {
      agreement: 'schultz-prod-gold',
      period: '2026-10',
    });
    if (!issued.ok) throw new Error('not issued');
    expect(await call('retryDelivery', { reportId: issued.data.summary.reportId })).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(writes).toEqual([]);
  });
});
