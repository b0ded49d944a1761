import { createHash } from 'node:crypto';
import { fakeReviewSources } from '../../test/support/reviewSources';
import { testDatabase } from '../../test/support/testDatabase';
import { listReviewPacks } from '../storage/review/reviewPacks';
import type { SqlDatabase } from '../storage/sql/schema';
import { managementReviewResolversWith } from './managementReview';
import type {
  IssuedReviewSummary,
  IssuedReviewsView,
  ReviewDownload,
  ReviewDraft,
} from './managementReviewViews';
import type { ResolverCall, ResolverContext } from './resolverKit';

const NOW = Date.parse('2026-01-10T09:00:00Z');
const resolvers = managementReviewResolversWith(() => fakeReviewSources());
type Answer<T> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string; errors?: unknown } };

type Viewer = 'admin' | 'staff' | 'customer';
let db: SqlDatabase;
const contextOf = (viewer: Viewer) =>
  ({
    sql: db,
    now: () => NOW,
    log: () => undefined,
    jiraAsUser: {
      myself: async () => ({
        accountId: `acc-${viewer}`,
        accountType: viewer === 'customer' ? 'customer' : 'atlassian',
        timeZone: 'Europe/Copenhagen',
      }),
      myPermissions: async () => ({ ADMINISTER: viewer === 'admin' }),
      // `GET /user/bulk`: Jira knows the admin only.
      call: async (
        _route: string,
        _params: unknown,
        options: { query: { accountId: string[] } },
      ) => ({
        status: 200,
        headers: {},
        body: {
          isLast: true,
          values: options.query.accountId
            .filter((id) => id === 'acc-admin')
            .map((accountId) => ({ accountId, displayName: 'Astrid Admin' })),
        },
      }),
    },
  }) as unknown as ResolverContext;
const call = <T>(name: string, payload: unknown, viewer: Viewer = 'admin') =>
  resolvers[name]!(
    payload,
    { accountId: `acc-${viewer}` } as ResolverCall,
    contextOf(viewer),
  ) as Promise<Answer<T>>;
const data = <T>(answer: Answer<T>): T => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
};

const AUDITS = {
  audits: [
    {
      kind: 'external',
      title: 'Certification audit',
      heldOn: '2025-09-01',
      auditor: 'DNV',
      majorFindings: 0,
      minorFindings: 1,
      observations: 0,
      summary: 'One minor finding.',
    },
  ],
  conclusion: 'Effective.',
};

describe('management review resolvers', () => {
  beforeAll(async () => (db = await testDatabase()));
  afterAll(() => db.destroy());

  it('previews a draft of the last 12 whole months in the viewer’s time zone, for staff', async () => {
    const draft = data(await call<ReviewDraft>('previewManagementReview', {}, 'staff'));
    expect(draft.pack.period).toMatchObject({
      from: '2025-01',
      to: '2025-12',
      timeZone: 'Europe/Copenhagen',
    });
    expect(draft.latestIssued).toBeNull();
    expect(await listReviewPacks(db)).toEqual([]);
  });

  it('lets only administrators issue, and stores nothing for anyone else', async () => {
    const staff = await call('issueManagementReview', { auditResults: AUDITS }, 'staff');
    expect(staff).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only Jira administrators can issue management reviews.',
      },
    });
    expect(await call('issueManagementReview', { auditResults: AUDITS }, 'customer')).toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );
    expect(await listReviewPacks(db)).toEqual([]);
  });

  it('refuses a portal customer every read', async () => {
    for (const [name, payload] of [
      ['previewManagementReview', {}],
      ['listManagementReviews', {}],
      [
        'downloadManagementReview',
        { packId: '00000000-0000-0000-0000-000000000000', format: 'csv' },
      ],
    ] as const)
      expect(await call(name, payload, 'customer')).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
  });

  it('names each problem of a bad request by its path, and stores nothing', async () => {
    const answer = await call('issueManagementReview', {
      from: '2024-01',
      to: '2026-01',
      auditResults: { audits: [{ ...AUDITS.audits[0], kind: 'friendly' }] },
      colour: 'red',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.colour', message: 'is not a field of the request' },
          { path: '$.to', message: 'a review covers at most 24 months' },
        ],
      },
    });
    const future = await call('issueManagementReview', {
      from: '2025-03',
      to: '2026-02',
      auditResults: { audits: [{ ...AUDITS.audits[0], kind: 'friendly' }] },
    });
    expect(future).toMatchObject({
      ok: false,
      error: {
        errors: [
          { path: '$.to', message: 'must not be after the current month, 2026-01' },
          {
            path: '$.auditResults.audits[0].kind',
            message: 'must be one of internal, external',
          },
        ],
      },
    });
    expect(await listReviewPacks(db)).toEqual([]);
  });

  it('issues revisions, lists them and gives each as JSON, CSV and print-ready HTML', async () => {
    const first = data(
      await call<IssuedReviewSummary>('issueManagementReview', { auditResults: AUDITS }),
    );
    expect(first).toMatchObject({
      from: '2025-01',
      to: '2025-12',
      revision: 1,
      issuedBy: 'acc-admin',
    });
    const second = data(
      await call<IssuedReviewSummary>('issueManagementReview', {
        from: '2025-01',
        to: '2025-12',
        auditResults: AUDITS,
      }),
    );
    expect(second.revision).toBe(2);
    const draft = data(await call<ReviewDraft>('previewManagementReview', {}, 'staff'));
    expect(draft.latestIssued).toMatchObject({ packId: second.packId, revision: 2 });
    expect(draft.names['acc-admin']).toBe('Astrid Admin');
    const list = data(await call<IssuedReviewsView>('listManagementReviews', {}, 'staff'));
    expect(list.reviews.map((p) => p.revision)).toEqual([2, 1]);
    // The issuer by name, for display; the summaries keep the account id, as issued.
    expect(list.names).toEqual({ 'acc-admin': 'Astrid Admin' });
    expect(list.reviews[0]!.issuedBy).toBe('acc-admin');

    const json = data(
      await call<ReviewDownload>(
        'downloadManagementReview',
        { packId: first.packId, format: 'json' },
        'staff',
      ),
    );
    expect(json.fileName).toBe('management-review-2025-01-2025-12-r1.json');
    expect(createHash('sha256').update(json.content, 'utf8').digest('hex')).toBe(first.contentHash);
    expect(JSON.parse(json.content)).toMatchObject({ auditResults: AUDITS });
    const csv = data(
      await call<ReviewDownload>(
        'downloadManagementReview',
        { packId: first.packId, format: 'csv' },
        'staff',
      ),
    );
    expect(csv).toMatchObject({ mimeType: 'text/csv' });
    expect(csv.content).toContain('Review,,,Revision,1');
    const html = data(
      await call<ReviewDownload>(
        'downloadManagementReview',
        { packId: first.packId, format: 'html' },
        'staff',
      ),
    );
    expect(html.content).toContain('Revision 1, issued 10 January 2026 by acc-admin');
  });

  it('refuses a bad download request and answers an unknown pack as not found', async () => {
    expect(
      await call('downloadManagementReview', { packId: 'x', format: 'pdf', extra: 1 }, 'staff'),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.extra', message: 'is not a field of the request' },
          { path: '$.format', message: 'must be one of json, csv, html' },
          { path: '$.packId', message: 'must be the id of an issued review pack' },
        ],
      },
    });
    expect(
      await call(
        'downloadManagementReview',
        { packId: '00000000-0000-0000-0000-000000000000', format: 'csv' },
        'staff',
      ),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await call('listManagementReviews', { page: 2 }, 'staff')).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.page' }] },
    });
  });
});
